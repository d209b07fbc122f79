using PerfEval.Host.Features.RuleSets;
using PerfEval.Host.Features.Scoring;

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

    /// <summary>
    /// What the rubric lets the reviewer give each judged indicator: a 评审判定 indicator its range (the rubric's [min, max],
    /// or 分值 less the largest deductions up to 分值), a 定性 indicator (a 定性分档 rule or a 定性 row of the report's own
    /// indicator table) its bands in points. Scaled like the row's 分值 when the round's weights rescale it. Other
    /// indicators are not listed (0–分值).
    /// </summary>
    /// <param name="ruleSet">The rubric the rows come from.</param>
    /// <param name="content">The report (its own indicator table's comparators).</param>
    /// <param name="rows">The computed rows.</param>
    public static IReadOnlyDictionary<string, ReviewLimits> Limits(LoadedRuleSet ruleSet, ReportDocument content, IReadOnlyList<IndicatorReview> rows)
    {
        ArgumentNullException.ThrowIfNull(ruleSet);
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(rows);
        var indicators = ruleSet.Definition.AllIndicators().ToDictionary(i => i.Key, StringComparer.Ordinal);
        var limits = new Dictionary<string, ReviewLimits>(StringComparer.Ordinal);
        foreach (var row in rows)
        {
            var hash = row.Key.IndexOf('#', StringComparison.Ordinal);
            if (hash > 0)
            {
                // A row of the report's own table: 定性 rows are judged in the default bands.
                if (int.TryParse(row.Key.AsSpan(hash + 1), System.Globalization.CultureInfo.InvariantCulture, out var n)
                    && n >= 0 && n < content.Indicators.Count && content.Indicators[n].Comparator == Comparator.Qualitative)
                {
                    limits[row.Key] = Banded(row.Points, QualitativeBand.Defaults());
                }

                continue;
            }

            if (!indicators.TryGetValue(row.Key, out var i) || i.Points <= 0m)
            {
                continue;
            }

            var factor = row.Points / i.Points;
            var p = i.Parameters;
            switch (i.Template)
            {
                case TemplateKind.QualitativeBands:
                    limits[row.Key] = Banded(row.Points, p.Bands is { Count: > 0 } bands ? bands : QualitativeBand.Defaults());
                    break;
                case TemplateKind.JudgmentRange when p.Deductions is { Count: > 0 } items:
                    limits[row.Key] = new(Math.Max(0m, row.Points - (items.Sum(d => d.Max) * factor)), row.Points, []);
                    break;
                case TemplateKind.JudgmentRange:
                    limits[row.Key] = new((p.Min ?? 0m) * factor, (p.Max ?? i.Points) * factor, []);
                    break;
                default:
                    break;
            }
        }

        return limits;
    }

    private static ReviewLimits Banded(decimal points, IEnumerable<QualitativeBand> bands) =>
        new(0m, points, [.. bands.Select(b => new ReviewBand(b.Id, points * b.LowerPercent / 100m, points * b.UpperPercent / 100m, b.UpperPercent >= 100m))]);
}
