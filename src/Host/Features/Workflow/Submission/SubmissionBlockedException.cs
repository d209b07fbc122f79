namespace PerfEval.Host.Features.Workflow.Submission;

/// <summary>Submission refused while the report has blocking errors (409 with the errors listed).</summary>
public sealed class SubmissionBlockedException(IReadOnlyList<SubmissionError> errors, int currentVersion)
    : Exception(Heading(errors.Count) + string.Join("；", errors.Select(e => e.Message)))
{
    /// <summary>The sentence the API's detail and the web page both open with, so both say the same thing.</summary>
    public static string Heading(int count) => WorkflowMessageText.FormatSubmissionBlockedExceptionHeading(count);

    public IReadOnlyList<SubmissionError> Errors { get; } = errors;

    public int CurrentVersion { get; } = currentVersion;
}
