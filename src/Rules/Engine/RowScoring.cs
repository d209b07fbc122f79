using PerfEval.Rules.Definitions;
using PerfEval.Rules.Explanations;
using PerfEval.Rules.Loading;
using PerfEval.Rules.Model;

namespace PerfEval.Rules.Engine;

/// <summary>
/// Rubric C: scores the report's own indicator table rows of one level-1 category by their comparators and
/// scales them to the category's points (Σ row points → category points).
/// </summary>
internal static class RowScoring
{
    // Assessable is false when the row lacks what it needs (分值, a numeric target or actual, a judgment): it scores 0 and blocks submission.
    // A merged 分值 group (SharesPoints) is one result: Index/Row are its first row, GroupSize > 1, GroupSelfScore the sum of its self-scores.
    internal sealed record RowResult(int Index, IndicatorRow Row, decimal Points, decimal Score, string? Explanation, List<string> Refusals, bool Assessable,
        int GroupSize = 1, decimal? GroupSelfScore = null);

    /// <summary>The default qualitative bands: 达成 [80,100], 部分达成 [60,80), 未达成 [0,60).</summary>
    internal static readonly QualitativeBand[] DefaultBands =
    [
        new() { Id = "达成", LowerPercent = 80, UpperPercent = 100 },
        new() { Id = "部分达成", LowerPercent = 60, UpperPercent = 80 },
        new() { Id = "未达成", LowerPercent = 0, UpperPercent = 60 },
    ];

    /// <summary>Which rows of the report's indicator table make up one category.</summary>
    internal sealed record RowFilter(IReadOnlyList<string> Keywords, IReadOnlyList<string> Exclude, bool MatchLevel2)
    {
        // Whether each word is plain (TextKey.IsPlain), decided once per filter instead of once per row.
        private readonly bool[] _plainKeywords = [.. Keywords.Select(TextKey.IsPlain)];
        private readonly bool[] _plainExclude = [.. Exclude.Select(TextKey.IsPlain)];

        public static RowFilter Of(TemplateParameters p) => new(p.Keywords ?? [], p.ExcludeKeywords ?? [], p.MatchLevel2 ?? false);

        public bool Belongs(IndicatorRow row) =>
            (ContainsAny(row.Level1, Keywords, _plainKeywords) || (MatchLevel2 && ContainsAny(row.Level2, Keywords, _plainKeywords)))
            && !ContainsAny(row.Level1, Exclude, _plainExclude) && !ContainsAny(row.Level2, Exclude, _plainExclude);

        /// <summary>Whether a row's 分值 counts towards this category's weights: rows without one cannot be weighted.</summary>
        public static bool Weighted(IndicatorRow row) => row.Points is > 0;

        /// <summary>How the filter reads in a message: 一级指标含「产出」, 二级指标含…, 不含….</summary>
        public string Describe()
        {
            var text = $"{(MatchLevel2 ? "一级或二级指标" : "一级指标")}含「{string.Join("」或「", Keywords)}」";
            return Exclude.Count == 0 ? text : $"{text}，且一级、二级指标均不含「{string.Join("」或「", Exclude)}」";
        }

        private static bool ContainsAny(string? text, IReadOnlyList<string> words, bool[] plainWords)
        {
            if (string.IsNullOrEmpty(text) || words.Count == 0)
            {
                return false;
            }

            int plainText = -1; // unknown until a word is not found as written
            for (var n = 0; n < words.Count; n++)
            {
                var w = words[n];
                if (text.Contains(w, StringComparison.Ordinal))
                {
                    return true;
                }

                if (plainText < 0)
                {
                    plainText = TextKey.IsPlain(text) ? 1 : 0;
                }

                if (!(plainText == 1 && plainWords[n]) && TextKey.Contains(text, w))
                {
                    return true;
                }
            }

            return false;
        }
    }

    /// <summary>
    /// Rubric C: warns about rows with points that no category takes (they score nowhere) or that several take (they
    /// score twice), naming the row and the categories — the unit sees why a row did not count. A row naming a level-1
    /// group the rubric scores another way (预算执行率 from the funding grid) is covered by that group.
    /// </summary>
    public static void CheckCoverage(LoadedRuleSet rs, ReportDocument report, List<Finding> findings)
    {
        var categories = new List<(string Name, string Key, RowFilter Filter)>();
        for (var n = 0; n < rs.Indicators.Count; n++)
        {
            if (rs.Indicators[n].Indicator is { Template: TemplateKind.IndicatorRows } i)
            {
                categories.Add((rs.Definition.Groups[rs.IndicatorLevel1[n]].Name, i.Key, RowFilter.Of(i.Parameters)));
            }
        }

        if (categories.Count == 0)
        {
            return;
        }

        var rowGroups = categories.Select(c => c.Name).ToHashSet(StringComparer.Ordinal);
        var otherGroups = rs.Definition.Groups.Where(g => !rowGroups.Contains(g.Name))
            .Select(g => g.Name.EndsWith("指标", StringComparison.Ordinal) ? g.Name[..^2] : g.Name)
            .Where(n => n.Length > 0).ToList();

        var rows = report.Indicators;
        for (var r = 0; r < rows.Count; r++)
        {
            if (rows[r] is not { } row || !RowFilter.Weighted(row))
            {
                continue;
            }

            var takers = categories.Where(c => c.Filter.Belongs(row)).ToList();
            var coveredElsewhere = otherGroups.Any(n => (row.Level1 ?? "").Contains(n, StringComparison.Ordinal) || (row.Level3 ?? "").Contains(n, StringComparison.Ordinal));
            if (takers.Count == 0 && !coveredElsewhere)
            {
                findings.Add(new(FindingSeverity.Warning, $"indicators[{r}].level1",
                    $"「{row.Level3}」（一级指标「{row.Level1}」，二级指标「{row.Level2}」）不属于评分标准的任何一类（{string.Join("；", categories.Select(c => $"{c.Name}：{c.Filter.Describe()}"))}），未计分", rs.Id));
            }
            else if (takers.Count > 1)
            {
                findings.Add(new(FindingSeverity.Warning, $"indicators[{r}].level1",
                    $"「{row.Level3}」同时计入「{string.Join("」和「", takers.Select(c => c.Name))}」，被重复计分", takers[1].Key));
            }
        }
    }

    /// <summary>
    /// The category's score without explanations: the same rows, weights and arithmetic, in the same order, as the sum of
    /// <see cref="Score"/>'s row scores — without building a result per row (the batch path of both scoring paths).
    /// </summary>
    public static decimal Total(RubricInput input, string key, decimal points, RowFilter filter, string formula, string otherwise, decimal tolerance)
    {
        var rows = input.Report.Indicators;
        var count = rows.Count;
        Span<bool> picked = count <= 256 ? stackalloc bool[count] : new bool[count];
        var rowPoints = 0m;
        for (var i = 0; i < count; i++)
        {
            if (rows[i] is { } r && filter.Belongs(r) && !IsGroupMember(rows, i))
            {
                picked[i] = true;
                rowPoints += RowFilter.Weighted(r) ? r.Points!.Value : 0m;
            }
        }

        var factor = rowPoints <= 0 ? 0m : points / rowPoints;
        var sum = 0m;
        for (var i = 0; i < count; i++)
        {
            if (!picked[i])
            {
                continue;
            }

            var row = rows[i];
            if (!RowFilter.Weighted(row))
            {
                sum += 0m;
                continue;
            }

            if (GroupEnd(rows, i) is var end && end > i + 1)
            {
                // A merged 分值 group: rare, so the explaining path's arithmetic is reused as it is.
                sum += ScoreGroup(input, key, rows, i, end, factor, points, rowPoints, formula, otherwise, tolerance, explain: false).Score;
                continue;
            }

            sum += RawScore(input, key, i, row, row.Points!.Value, formula, otherwise, tolerance) * factor;
        }

        return sum;
    }

    /// <summary>A row's unscaled score, as <see cref="ScoreRow"/> computes it (no texts).</summary>
    private static decimal RawScore(RubricInput input, string key, int index, IndicatorRow row, decimal p, string formula, string otherwise, decimal tolerance)
    {
        if (row.Comparator == Comparator.Qualitative)
        {
            return Qualitative(input.Answer($"{key}#{index}"), row, p, explain: false).Score;
        }

        if (row.ActualValue is not { } a || row.TargetValue is not { } t)
        {
            return 0m;
        }

        switch (row.Comparator)
        {
            case Comparator.AtLeast:
                return t <= 0 ? (a >= t ? p : 0m) : Math.Min(a / t, 1m) * p;
            case Comparator.AtMost:
                if (a <= t)
                {
                    return p;
                }

                return formula == "targetOverActual"
                    ? (a <= 0 ? 0m : t / a * p)
                    : (t <= 0 ? 0m : Math.Max(0m, 1m - (a - t) / t) * p);
            default:
                return Math.Abs(a - t) <= tolerance ? p
                    : otherwise == "proportional" ? Fn.Ratio(Math.Min(a, t), Math.Max(a, t)) * p : 0m;
        }
    }

    public static List<RowResult> Score(RubricInput input, string key, decimal points, RowFilter filter,
        string formula, string otherwise, decimal tolerance, bool explain = false)
    {
        var rows = input.Report.Indicators;
        var picked = new List<int>();
        var rowPoints = 0m;
        for (var i = 0; i < rows.Count; i++)
        {
            if (rows[i] is { } r && filter.Belongs(r) && !IsGroupMember(rows, i))
            {
                picked.Add(i);
                rowPoints += RowFilter.Weighted(r) ? r.Points!.Value : 0m;
            }
        }

        var factor = rowPoints <= 0 ? 0m : points / rowPoints;
        var results = new List<RowResult>(picked.Count);
        foreach (var i in picked)
        {
            var row = rows[i];
            if (GroupEnd(rows, i) is var end && end > i + 1 && RowFilter.Weighted(row))
            {
                results.Add(ScoreGroup(input, key, rows, i, end, factor, points, rowPoints, formula, otherwise, tolerance, explain));
                continue;
            }

            if (!RowFilter.Weighted(row))
            {
                // A row without 分值 cannot be weighted against the others: never guess its weight.
                results.Add(new(i, row, 0m, 0m, explain ? $"{row.Level3} 未填写分值（或分值不大于 0），无法评分" : null,
                    ["未填写分值，无法评分"], false));
                continue;
            }

            var rp = row.Points!.Value;
            var (raw, why, refusals, assessable) = ScoreRow(input, $"{key}#{i}", row, rp, formula, otherwise, tolerance, explain);
            var scaledPoints = rp * factor;
            var score = raw * factor;
            string? text = null;
            if (explain)
            {
                text = why + (factor != 1m ? $"（按本类权重折算：{Zh.N(rp)} 分 × {Zh.N(points)}/{Zh.N(rowPoints)}，得 {Zh.S(score)}/{Zh.N(scaledPoints)} 分）" : "");
            }

            results.Add(new(i, row, scaledPoints, score, text, refusals, assessable));
        }

        return results;
    }

    /// <summary>Whether row <paramref name="i"/> shares the 分值 of a row above it (a merged cell): it is scored with that group.</summary>
    internal static bool IsGroupMember(List<IndicatorRow> rows, int i) =>
        rows[i] is { SharesPoints: true } && i > 0 && rows[i - 1] is not null;

    /// <summary>One past the last row of the merged 分值 group that starts at <paramref name="start"/>.</summary>
    internal static int GroupEnd(List<IndicatorRow> rows, int start)
    {
        var end = start + 1;
        while (end < rows.Count && rows[end] is { SharesPoints: true })
        {
            end++;
        }

        return end;
    }

    /// <summary>
    /// A merged 分值 over several rows is scored as one: the group's points × the mean completion of its rows (each row is
    /// scored by its comparator on an equal share, for the arithmetic only — the stored 分值 stays one). A group whose rows are
    /// all 定性 without a review counts the unit's self-scores of the group against the group's points.
    /// </summary>
    private static RowResult ScoreGroup(RubricInput input, string key, List<IndicatorRow> rows, int start, int end, decimal factor,
        decimal points, decimal rowPoints, string formula, string otherwise, decimal tolerance, bool explain)
    {
        var head = rows[start];
        var groupPoints = head.Points!.Value;
        var n = end - start;
        var names = string.Join("、", Enumerable.Range(start, n).Select(k => rows[k].Level3));
        var selfScores = Enumerable.Range(start, n).Select(k => rows[k].SelfScore).Where(v => v is not null).Select(v => v!.Value).ToList();
        decimal? groupSelf = selfScores.Count == 0 ? null : selfScores.Sum();
        var refusals = new List<string>();
        var whys = new List<string>();
        decimal raw;
        var assessable = true;
        if (Enumerable.Range(start, n).All(k => rows[k].Comparator == Comparator.Qualitative && input.Answer($"{key}#{k}") is null))
        {
            var synthetic = new IndicatorRow
            {
                Level1 = head.Level1, Level2 = head.Level2, Level3 = names, Comparator = Comparator.Qualitative,
                Points = groupPoints, SelfScore = groupSelf, DeviationReason = Enumerable.Range(start, n).Select(k => rows[k].DeviationReason).FirstOrDefault(r => !string.IsNullOrWhiteSpace(r)),
            };
            var (qs, qwhy, qrefusals) = Qualitative(null, synthetic, groupPoints, explain);
            raw = qs;
            whys.Add(qwhy);
            refusals.AddRange(qrefusals);
            assessable = qrefusals.Count == 0;
        }
        else
        {
            raw = 0m;
            var share = groupPoints / n;
            for (var k = start; k < end; k++)
            {
                var (s, why, r, a) = ScoreRow(input, $"{key}#{k}", rows[k], share, formula, otherwise, tolerance, explain);
                raw += s;
                whys.Add(why);
                refusals.AddRange(r);
                assessable &= a;
            }
        }

        var score = raw * factor;
        string? text = null;
        if (explain)
        {
            text = $"「{names}」共用分值 {Zh.N(groupPoints)}（合并单元格），按一组计分，得 {Zh.S(raw)}/{Zh.N(groupPoints)} 分：{string.Join("；", whys.Where(w => w.Length > 0))}"
                + (factor != 1m ? $"（按本类权重折算：{Zh.N(groupPoints)} 分 × {Zh.N(points)}/{Zh.N(rowPoints)}，得 {Zh.S(score)}/{Zh.N(groupPoints * factor)} 分）" : "");
        }

        return new(start, head, groupPoints * factor, score, text, refusals, assessable, n, groupSelf);
    }

    private static (decimal Score, string Why, List<string> Refusals, bool Assessable) ScoreRow(RubricInput input, string answerKey, IndicatorRow row,
        decimal p, string formula, string otherwise, decimal tolerance, bool explain)
    {
        var name = row.Level3;
        if (row.Comparator == Comparator.Qualitative)
        {
            var (qs, qwhy, qrefusals) = Qualitative(input.Answer(answerKey), row, p, explain);
            return (qs, qwhy, qrefusals, qrefusals.Count == 0 || qs > 0);
        }

        if (row.ActualValue is not { } a || row.TargetValue is not { } t)
        {
            var missing = row.TargetValue is null && row.ActualValue is null ? "数值型的指标值和实际完成值"
                : row.TargetValue is null ? "数值型的指标值" : "数值型的实际完成值";
            return (0m, explain ? $"{name} 缺少{missing}，无法评分，得 0/{Zh.N(p)} 分" : "", [$"缺少{missing}，无法评分"], false);
        }

        var u = row.Unit;
        switch (row.Comparator)
        {
            case Comparator.AtLeast:
            {
                var s = t <= 0 ? (a >= t ? p : 0m) : Math.Min(a / t, 1m) * p;
                var why = !explain ? "" : s >= p
                    ? $"{name} {Zh.U(a, u)} 达到目标 {Zh.U(t, u)}，得满分 {Zh.N(p)} 分"
                    : $"{name} {Zh.U(a, u)} 低于目标 {Zh.U(t, u)}，按完成比例得 {Zh.S(s)}/{Zh.N(p)} 分";
                return (s, why, [], true);
            }

            case Comparator.AtMost:
            {
                decimal s;
                if (a <= t)
                {
                    s = p;
                }
                else if (formula == "targetOverActual")
                {
                    s = a <= 0 ? 0m : t / a * p;
                }
                else
                {
                    s = t <= 0 ? 0m : Math.Max(0m, 1m - (a - t) / t) * p;
                }

                var why = !explain ? "" : s >= p
                    ? $"{name} {Zh.U(a, u)} 未超过目标 {Zh.U(t, u)}，得满分 {Zh.N(p)} 分"
                    : $"{name} {Zh.U(a, u)} 超过目标 {Zh.U(t, u)}，按超出比例扣分，得 {Zh.S(s)}/{Zh.N(p)} 分";
                return (s, why, [], true);
            }

            default:
            {
                decimal s = Math.Abs(a - t) <= tolerance ? p
                    : otherwise == "proportional" ? Fn.Ratio(Math.Min(a, t), Math.Max(a, t)) * p : 0m;
                var why = !explain ? "" : s >= p
                    ? $"{name} {Zh.U(a, u)} 等于目标 {Zh.U(t, u)}，得满分 {Zh.N(p)} 分"
                    : $"{name} {Zh.U(a, u)} 不等于目标 {Zh.U(t, u)}（允差 {Zh.N(tolerance)}），得 {Zh.S(s)}/{Zh.N(p)} 分";
                return (s, why, [], true);
            }
        }
    }

    private static (decimal Score, string Why, List<string> Refusals) Qualitative(IndicatorAssessment? answer, IndicatorRow row, decimal p, bool explain)
    {
        if (answer is not null)
        {
            var o = Judging.Banded(answer, p, DefaultBands);
            var why = !explain ? "" : $"{row.Level3}（定性）{string.Join("；", o.Notes)}，得 {Zh.S(o.Score)}/{Zh.N(p)} 分"
                + (o.Refusals.Count > 0 ? "；" + string.Join("；", o.Refusals) : "");
            return (o.Score, why, o.Refusals);
        }

        // Not reviewed yet: the unit's self-score stands when it is a possible score; the reviewer may override it.
        if (row.SelfScore is { } self && self >= 0 && self <= p)
        {
            var band = DefaultBands.First(b => self >= p * b.LowerPercent / 100m);
            // A missing deviation reason is reported by the consistency check (deviationReason), not twice.
            var refusals = new List<string>();
            var why = !explain ? "" : $"{row.Level3}（定性）未经评审，采用单位自评分 {Zh.N(self)}（{band.Id}），得 {Zh.S(self)}/{Zh.N(p)} 分"
                + (self < p ? "；" + (string.IsNullOrWhiteSpace(row.DeviationReason) ? "未说明偏差原因" : "偏差原因：" + row.DeviationReason!.Trim()) : "");
            return (self, why, refusals);
        }

        return (0m, explain ? $"{row.Level3}（定性）未评审且无有效自评分，无法评分，得 0/{Zh.N(p)} 分" : "", ["定性指标缺少评审得分或有效的自评分，无法评分"]);
    }
}
