using PerfEval.Host.Domain;
using PerfEval.Host.Features.Workflow.Submission;
using PerfEval.Rules;
using PerfEval.Rules.Checks;

namespace PerfEval.Host.Features.Scoring;

/// <summary>
/// Submission gate with the consistency checks: the facts every report needs, plus every check finding of
/// severity Error (warnings never block). The same findings the form shows while typing.
/// </summary>
public sealed class ConsistencySubmissionGate(RuleSetCatalog catalog) : ISubmissionGate
{
    private readonly RequiredFactsSubmissionGate _required = new();

    public async Task<IReadOnlyList<SubmissionError>> GetBlockingErrorsAsync(Report report, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(report);
        var errors = new List<SubmissionError>(await _required.GetBlockingErrorsAsync(report, cancellationToken));
        if (catalog.Get(RuleSetCatalog.Checks) is { } checks)
        {
            errors.AddRange(ConsistencyChecker.Check(checks, report.Content)
                .Where(f => f.Severity == FindingSeverity.Error)
                .Select(f => new SubmissionError("content." + f.Field, f.Message)));
        }

        return errors;
    }
}
