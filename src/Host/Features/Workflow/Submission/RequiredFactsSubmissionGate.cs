using PerfEval.Host.Domain;

namespace PerfEval.Host.Features.Workflow.Submission;

/// <summary>The gate when no rules module is registered: refuses only while required facts are missing.</summary>
public sealed class RequiredFactsSubmissionGate : ISubmissionGate
{
    public Task<IReadOnlyList<SubmissionError>> GetBlockingErrorsAsync(Report report, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(report);
        return Task.FromResult(RequiredFacts.Missing(report.Kind, report.Content));
    }
}
