namespace PerfEval.Host.Features.Workflow.Submission;

/// <summary>
/// Brings a report's rubric score up to date when a workflow step is taken, before the history row records
/// <c>Report.ScoredTotal</c> as the step's rule-set score. The rules module scores on submission; the default does nothing.
/// </summary>
public interface IStepScoreRecorder
{
    /// <summary>Updates the score columns of the tracked <paramref name="report"/> (saved with the step).</summary>
    /// <param name="report">The report, still in the stage the step leaves.</param>
    /// <param name="submitting">Whether the step leaves the start stage (submission).</param>
    /// <param name="cancellationToken">Cancellation.</param>
    Task RecordAsync(Report report, bool submitting, CancellationToken cancellationToken);

    /// <summary>The 评价等次 of a reviewer's <paramref name="score"/> under the grade bands of the report's rubric.</summary>
    /// <param name="report">The report.</param>
    /// <param name="score">The reviewed score.</param>
    /// <param name="cancellationToken">Cancellation.</param>
    Task<string?> GradeAsync(Report report, decimal score, CancellationToken cancellationToken);
}

/// <summary>Records nothing: the history keeps whatever score the report has.</summary>
public sealed class NoStepScoreRecorder : IStepScoreRecorder
{
    public Task RecordAsync(Report report, bool submitting, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>The 财政部 bands (no rubric to ask).</summary>
    public Task<string?> GradeAsync(Report report, decimal score, CancellationToken cancellationToken) =>
        Task.FromResult(PerfEval.Rules.Definitions.GradeBand.Find(PerfEval.Rules.Definitions.GradeBand.Defaults(), score)?.Grade);
}
