using PerfEval.Host.Features.Scoring.Document;

namespace PerfEval.Host.Features.Reports.Form;

/// <summary>The live score as the form shows it, from the <see cref="ScoreDocument"/> query (the same one the scoring code uses).</summary>
public static class LiveScoring
{
    public static LiveCheck ToLiveCheck(DocumentScore result)
    {
        ArgumentNullException.ThrowIfNull(result);
        if (result.Score is not { } score)
        {
            return new LiveCheck { Findings = ToUi(result.Checks), Unavailable = result.Unavailable, Rubric = result.Rubric };
        }

        var title = string.IsNullOrWhiteSpace(result.Rubric?.Title) ? score.RuleSetId : result.Rubric.Title;
        return new LiveCheck
        {
            Findings = ToUi(score.Checks.Concat(score.Findings)),
            Total = score.Total,
            Grade = score.Grade,
            RuleSet = ScoreText.FormatRuleSetVersion(title, score.RuleSetVersion),
            Rubric = result.Rubric,
            Scores = [.. score.Indicators.Select(i => new UiIndicatorScore(i.Key, i.Path, i.Points, i.Score, i.SelfScore, i.Explanation, i.Disagrees, i.Status))],
        };
    }

    private static List<UiFinding> ToUi(IEnumerable<Finding> findings) =>
        [.. findings
            .Select(f => new UiFinding(LiveCheck.SectionOf(f.Field), f.Field, f.Severity == FindingSeverity.Error, f.Message, f.Rule))
            .DistinctBy(f => (f.Path, f.Message))];
}
