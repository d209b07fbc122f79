using PerfEval.Host.Domain;
using PerfEval.Host.Features.Workflow.Submission;
using PerfEval.Host.Infrastructure;
using PerfEval.Rules;

namespace PerfEval.Host.Features.Scoring.Submission;

/// <summary>
/// Blocks submission while the report lacks its required facts, has consistency findings of severity error
/// (warnings — rounding differences within tolerance — do not block), or cannot be evaluated by its rubric.
/// Fields are JSON paths from the report root (<c>content.funding.balance.total</c>).
/// </summary>
public sealed class ChecksSubmissionGate(ReportScoring scoring) : ISubmissionGate
{
    public async Task<IReadOnlyList<SubmissionError>> GetBlockingErrorsAsync(Report report, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(report);
        var errors = new List<SubmissionError>(await new RequiredFactsSubmissionGate().GetBlockingErrorsAsync(report, cancellationToken));
        var findings = await scoring.CheckAsync(report.Content, cancellationToken);
        errors.AddRange(findings.Where(f => f.Severity == FindingSeverity.Error)
            .Select(f => new SubmissionError("content." + f.Field, f.Rule is null ? f.Message : $"{f.Message}（{f.Rule}）")));
        try
        {
            var (ruleSet, weights) = await scoring.ResolveAsync(report.Kind, report.Content, report.Round, cancellationToken);
            _ = await scoring.ScoreAsync(ruleSet, weights, report.Content, cancellationToken);
        }
        catch (BadInputException e)
        {
            errors.Add(new SubmissionError(e.Field == "content" ? "content" : "round." + e.Field, e.Message));
        }
        catch (NotFoundException)
        {
            // No published rubric for this report: nothing to score against, the checks above still apply.
        }

        return errors;
    }
}

/// <summary>Scores the report on submission (and whenever it has no score yet) so the history row carries the score.</summary>
public sealed class ScoreOnStepRecorder(ReportScoring scoring, ILogger<ScoreOnStepRecorder> logger) : IStepScoreRecorder
{
    public async Task RecordAsync(Report report, bool submitting, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(report);
        if (report.Stage == ReportStages.Accepted || (!submitting && report.ScoredTotal is not null))
        {
            return;
        }

        try
        {
            var (ruleSet, weights) = await scoring.ResolveAsync(report.Kind, report.Content, report.Round, cancellationToken);
            ReportScoring.Store(report, await scoring.ScoreAsync(ruleSet, weights, report.Content, cancellationToken));
        }
        catch (Exception e) when (e is BadInputException or NotFoundException or ConflictException)
        {
            // A step is never refused for want of a score (the submission gate refuses unscorable reports).
            logger.LogWarning("Report {ReportId} not scored at this step: {Reason}", report.Id, e.Message);
        }
    }
}
