namespace PerfEval.Host.Features.Workflow.Submission;

/// <summary>The gate when no rules module is registered: refuses only while required facts are missing or a date is outside its field's rule.</summary>
public sealed class RequiredFactsSubmissionGate : ISubmissionGate
{
    public Task<IReadOnlyList<SubmissionError>> GetBlockingErrorsAsync(Report report, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(report);
        return Task.FromResult<IReadOnlyList<SubmissionError>>([.. RequiredFacts.Missing(report.Kind, report.Content), .. RequiredFacts.DateProblems(report.Content)]);
    }
}
