using PerfEval.Host.Domain;
using PerfEval.Host.Features.RuleSets;
using PerfEval.Host.Features.Scoring;
using PerfEval.Host.Infrastructure;
using PerfEval.Rules.Loading;

namespace PerfEval.Host.Features.Review;

/// <summary>The rubric's indicator rows of a report (the computed column of the review) and the grade bands of that rubric.</summary>
public sealed class ReviewScoring(ReportScoring scoring, RuleSetStore store)
{
    /// <summary>The computed rows, the score they come from, and the rubric (accepted reports: the version they were scored with).</summary>
    /// <exception cref="ConflictException">The report cannot be scored.</exception>
    public async Task<(IReadOnlyList<IndicatorReview> Rows, ReportScore Score, LoadedRuleSet RuleSet)> ComputeAsync(Report report, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(report);
        try
        {
            var (ruleSet, weights) = await scoring.ResolveAsync(report.Kind, report.Content, report.Round, ct).ConfigureAwait(false);
            if (report.Stage == ReportStages.Accepted && report.ScoredRuleSetId is { } id && report.ScoredRuleSetVersion is { } v)
            {
                ruleSet = await store.ResolveAsync(id, v, allowDraft: false, ct).ConfigureAwait(false);
            }

            var score = await scoring.ScoreAsync(ruleSet, weights, report.Kind, report.Content, ct).ConfigureAwait(false);
            var rows = score.Indicators.Select(i => new IndicatorReview
            {
                Key = i.Key, Name = i.Path, Points = i.Points, SelfScore = i.SelfScore, ComputedScore = i.Score,
            }).ToList();
            return (rows, score, ruleSet);
        }
        catch (BadInputException e)
        {
            throw new ConflictException($"{ReviewText.NotScored}（{e.Message}）", report.Version);
        }
    }
}
