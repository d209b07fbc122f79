namespace PerfEval.Host.Features.Workflow.Submission;

/// <summary>One reason a report may not be submitted yet: the field (JSON path in the report), the message people read, and the rule that found it.</summary>
public sealed record SubmissionError(string Field, string Message, string? Rule = null);

/// <summary>
/// Decides whether a report may leave the draft stage. The rules library plugs in its consistency checks here;
/// the default only insists on the facts every report needs.
/// </summary>
public interface ISubmissionGate
{
    /// <summary>The errors that block submission; empty when the report may be submitted.</summary>
    Task<IReadOnlyList<SubmissionError>> GetBlockingErrorsAsync(Report report, CancellationToken cancellationToken);
}
