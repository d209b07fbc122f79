using PerfEval.Host.Features.RuleSets;

namespace PerfEval.Host.Features.Scoring.Score;

/// <summary>
/// Scores a stored report (visible to the caller, else 404) with the rule-set version its round pins and the
/// round's level-1 weights, and stores total, grade, rule-set id and version on the report.
/// An accepted report that already has a score is re-scored with the version it was scored with and the result
/// is only returned (<c>stored: false</c>): publishing a new version never changes an accepted report's score.
/// </summary>
public sealed record ScoreReport(UserContext User, Guid ReportId) : ICommand<ReportScore>;

public sealed class ScoreReportHandler(PerfEvalDbContext db, ReportAccess access, ReportScoring scoring, RuleSetStore store)
    : ICommandHandler<ScoreReport, ReportScore>
{
    public async ValueTask<ReportScore> Handle(ScoreReport command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        var report = await access.GetVisibleAsync(command.User, command.ReportId, cancellationToken, track: true);
        var frozen = report.Stage == ReportStages.Accepted && report.ScoredRuleSetId is not null && report.ScoredRuleSetVersion is not null;
        var (ruleSet, weights) = await scoring.ResolveAsync(report.Kind, report.Content, report.Round, cancellationToken);
        if (frozen)
        {
            ruleSet = await store.ResolveAsync(report.ScoredRuleSetId!, report.ScoredRuleSetVersion, allowDraft: false, cancellationToken);
        }

        var score = await scoring.ScoreAsync(ruleSet, weights, report.Kind, report.Content, cancellationToken);
        if (frozen)
        {
            return score;
        }

        // The score is derived data, not the form: the report's version (ETag) does not move, but it still guards
        // the write, so a score computed from a form someone just changed is not stored.
        ReportScoring.Store(report, score);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw new ConflictException(ScoringText.ScoreReportHandle);
        }

        return score with { Stored = true };
    }
}
