using PerfEval.Rules.Definitions;
using PerfEval.Rules.Engine;
using PerfEval.Rules.Explanations;

namespace PerfEval.Rules.Checks;

/// <summary>Checks of the scores written on the form: self-scores against points and total, the stated grade.</summary>
public static partial class Chk
{
    /// <summary>
    /// The self-scores add up to the stated 综合得分: those of the rubric self-score table (评分表自评) when the report has one,
    /// else those of the indicator table of a project report. A department's indicator table holds its annual work targets,
    /// only part of the score, so it is not summed.
    /// </summary>
    /// <param name="input">Input.</param>
    /// <param name="tolerance">Rounding tolerance (points).</param>
    public static List<Finding> IndicatorScoresTotal(RubricInput input, decimal tolerance)
    {
        ArgumentNullException.ThrowIfNull(input);
        var f = new List<Finding>();
        var r = input.Report;
        if (r.StatedTotalScore is not { } stated)
        {
            return f;
        }

        var table = (r.RubricSelfScores ?? []).Where(x => x?.SelfScore is not null).Select(x => x.SelfScore!.Value).ToList();
        var (scores, what) = table.Count > 0 ? (table, "评分表各指标自评得分之和")
            : r.Department is null ? ([.. r.Indicators.Where(i => i?.SelfScore is not null).Select(i => i.SelfScore!.Value)], "各指标自评得分之和")
            : (new List<decimal>(), "");
        if (scores.Count > 0)
        {
            Compare(f, "indicatorScoresTotal", "statedTotalScore", stated, scores.Sum(), tolerance, (w, s) => $"综合得分填 {w} 分，但{what}为 {s} 分");
        }

        return f;
    }

    /// <summary>The stated grade is a grade at all (优秀 counts as 优) and matches the band of the stated total.</summary>
    /// <param name="input">Input.</param>
    /// <param name="tolerance">Unused (kept for a uniform signature).</param>
    public static List<Finding> StatedGrade(RubricInput input, decimal tolerance)
    {
        ArgumentNullException.ThrowIfNull(input);
        var f = new List<Finding>();
        var r = input.Report;
        if (string.IsNullOrWhiteSpace(r.StatedGrade))
        {
            return f;
        }

        var grades = string.Join("/", input.GradeBands.Select(b => b.Grade));
        var stated = GradeBand.Parse(input.GradeBands, r.StatedGrade);
        var expected = r.StatedTotalScore is { } total ? GradeBand.Find(input.GradeBands, total) : null;
        if (stated is null)
        {
            f.Add(new(FindingSeverity.Error, "statedGrade",
                $"评价等次「{r.StatedGrade}」不是有效等次（应为 {grades}）" + (expected is null ? "" : $"，按综合得分 {Zh.N(r.StatedTotalScore!.Value)} 应为「{expected.Grade}」"),
                "statedGrade"));
        }
        else if (expected is not null && expected.Grade != stated.Grade)
        {
            f.Add(new(FindingSeverity.Error, "statedGrade",
                $"评价等次「{r.StatedGrade}」与综合得分 {Zh.N(r.StatedTotalScore!.Value)} 不符，应为「{expected.Grade}」（{Zh.N(expected.Min)}–{Zh.N(expected.Max)}）", "statedGrade"));
        }

        return f;
    }

    /// <summary>0 ≤ self-score ≤ points on every row of the indicator table and of the rubric self-score table.</summary>
    /// <param name="input">Input.</param>
    /// <param name="tolerance">Unused.</param>
    public static List<Finding> SelfScoreWithinPoints(RubricInput input, decimal tolerance)
    {
        ArgumentNullException.ThrowIfNull(input);
        var f = new List<Finding>();
        foreach (var (path, name, points, self, _) in ScoredRows(input.Report))
        {
            if (self is not { } s)
            {
                continue;
            }

            if (points is not { } p)
            {
                f.Add(new(FindingSeverity.Warning, path + ".points", $"「{name}」自评 {Zh.N(s)} 分，但分值未填写，无法核对", "selfScoreWithinPoints"));
            }
            else if (s > p || s < 0)
            {
                f.Add(new(FindingSeverity.Error, path + ".selfScore", $"「{name}」自评得分 {Zh.N(s)} 超出分值范围 0–{Zh.N(p)}", "selfScoreWithinPoints"));
            }
        }

        return f;
    }

    /// <summary>A row scored below its points states a deviation reason (偏差原因 / 扣分原因).</summary>
    /// <param name="input">Input.</param>
    /// <param name="tolerance">Unused.</param>
    public static List<Finding> DeviationReason(RubricInput input, decimal tolerance)
    {
        ArgumentNullException.ThrowIfNull(input);
        var f = new List<Finding>();
        foreach (var (path, name, points, self, reason) in ScoredRows(input.Report))
        {
            if (self is { } s && points is { } p && s < p && string.IsNullOrWhiteSpace(reason.Text))
            {
                f.Add(new(FindingSeverity.Error, $"{path}.{reason.Field}", $"「{name}」自评得分 {Zh.N(s)} 低于分值 {Zh.N(p)}，须填写{reason.Label}", "deviationReason"));
            }
        }

        return f;
    }

    /// <summary>Every self-scored row of both tables with its path, name, points, self-score and reason field.</summary>
    private static IEnumerable<(string Path, string Name, decimal? Points, decimal? Self, (string Field, string Label, string? Text) Reason)> ScoredRows(
        Model.ReportDocument r)
    {
        for (var i = 0; i < r.Indicators.Count; i++)
        {
            if (r.Indicators[i] is not { } row || RowScoring.IsGroupMember(r.Indicators, i))
            {
                continue;
            }

            var end = RowScoring.GroupEnd(r.Indicators, i);
            if (end == i + 1)
            {
                yield return ($"indicators[{i}]", row.Level3, row.Points, row.SelfScore, ("deviationReason", "偏差原因", row.DeviationReason));
                continue;
            }

            // A merged 分值 group: its self-scores together against its one 分值, any row's reason counts.
            var group = r.Indicators.GetRange(i, end - i);
            var scores = group.Where(g => g.SelfScore is not null).Select(g => g.SelfScore!.Value).ToList();
            yield return ($"indicators[{i}]", string.Join("、", group.Select(g => g.Level3)), row.Points, scores.Count == 0 ? null : scores.Sum(),
                ("deviationReason", "偏差原因", group.Select(g => g.DeviationReason).FirstOrDefault(t => !string.IsNullOrWhiteSpace(t))));
        }

        var table = r.RubricSelfScores ?? [];
        for (var i = 0; i < table.Count; i++)
        {
            if (table[i] is { } row)
            {
                yield return ($"rubricSelfScores[{i}]", row.Level3, row.Points, row.SelfScore, ("reason", "扣分原因", row.Reason));
            }
        }
    }
}
