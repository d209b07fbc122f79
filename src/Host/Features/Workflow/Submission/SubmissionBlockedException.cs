namespace PerfEval.Host.Features.Workflow.Submission;

/// <summary>Submission refused while the report has blocking errors (409 with the errors listed).</summary>
public sealed class SubmissionBlockedException(IReadOnlyList<SubmissionError> errors, int currentVersion)
    : Exception("报告尚有 " + errors.Count + " 处需要更正，不能提交：" + string.Join("；", errors.Select(e => e.Message)))
{
    public IReadOnlyList<SubmissionError> Errors { get; } = errors;

    public int CurrentVersion { get; } = currentVersion;
}
