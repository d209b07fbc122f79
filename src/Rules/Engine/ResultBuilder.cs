using PerfEval.Rules.Definitions;
using PerfEval.Rules.Explanations;
using PerfEval.Rules.Loading;
using PerfEval.Rules.Templates;

namespace PerfEval.Rules.Engine;

/// <summary>
/// Turns the raw rule outputs (one decimal per indicator rule) into a <see cref="ScoreResult"/>; shared by both scoring
/// paths. Before anything is added up, each indicator's <see cref="IndicatorStatus"/> is decided: an indicator that is
/// not assessable, 不适用 or out of range contributes 0 whatever its expression gave (see <see cref="Assess"/>).
/// </summary>
internal static class ResultBuilder
{
    private const decimal Epsilon = 0.000000001m;

    /// <summary>Refuses what neither scoring path may score: a checks rule set, or a rubric of the other report kind.</summary>
    public static void Guard(LoadedRuleSet ruleSet, Model.ReportDocument report, ScoreOptions? options)
    {
        ArgumentNullException.ThrowIfNull(ruleSet);
        ArgumentNullException.ThrowIfNull(report);
        if (ruleSet.Kind != RubricKind.Scoring)
        {
            throw new ArgumentException($"规则集 {ruleSet.Id} 是校验规则集，不能用于评分", nameof(ruleSet));
        }

        if (options?.ReportKind is { } kind && ruleSet.Definition.WhyNotFor(kind) is { } why)
        {
            throw new ArgumentException(why, nameof(options));
        }
    }

    public static decimal[] Factors(LoadedRuleSet rs, ScoreOptions? options)
    {
        var groups = rs.Definition.Groups;
        var weights = options?.Level1Weights;
        if (weights is null)
        {
            return rs.UnitFactors;
        }

        if (weights.Count != groups.Count)
        {
            throw new ArgumentException($"一级指标权重应有 {groups.Count} 个（{string.Join("、", groups.Select(g => g.Name))}），给出了 {weights.Count} 个", nameof(options));
        }

        if (weights.Sum() != 100m || weights.Any(w => w < 0))
        {
            throw new ArgumentException($"一级指标权重之和应为 100 且不能为负，给出的是 {string.Join(",", weights.Select(Zh.N))}（合计 {Zh.N(weights.Sum())}）", nameof(options));
        }

        var factors = new decimal[groups.Count];
        for (var g = 0; g < groups.Count; g++)
        {
            factors[g] = groups[g].Points == 0 ? 1m : weights[g] / groups[g].Points;
        }

        return factors;
    }

    /// <summary>Rounds to 2 decimals and drops trailing zeros (98, not 98.00).</summary>
    public static decimal Round(decimal v) => TrimZeros(v.Scale > 2 ? Math.Round(v, 2, MidpointRounding.AwayFromZero) : v);

    // Same result as v / 1.000…m (the usual way to drop trailing zeros) without a full decimal division per
    // indicator, which was a large share of a batch re-score. v has at most 2 decimals here.
    private static decimal TrimZeros(decimal v)
    {
        if (v.Scale == 0)
        {
            return v;
        }

        if (v is > 1_000_000_000_000m or < -1_000_000_000_000m)
        {
            return v / 1.000000000000000000000000000000000m;
        }

        var cents = (long)(v * 100m);
        return cents % 100 == 0 ? cents / 100 : cents % 10 == 0 ? Scaled(cents / 10, 1) : Scaled(cents, 2);
    }

    private static decimal Scaled(long units, byte scale)
    {
        var magnitude = (ulong)Math.Abs(units);
        return new decimal((int)(uint)magnitude, (int)(uint)(magnitude >> 32), 0, units < 0, scale);
    }

    /// <summary>
    /// Decides each indicator's status, sets the output of every indicator that is not <see cref="IndicatorStatus.Scored"/>
    /// to 0, and returns each indicator's factor: its level-1 factor, rescaled when indicators are 不适用 under
    /// <see cref="NotApplicablePolicy.Rescale"/> (0 for those indicators).
    /// </summary>
    public static IndicatorStatus[] Assess(LoadedRuleSet rs, RubricInput input, decimal[] outputs, decimal[] groupFactors, out decimal[] factors)
    {
        var status = new IndicatorStatus[outputs.Length];
        factors = new decimal[outputs.Length];
        var rescale = false;
        for (var n = 0; n < outputs.Length; n++)
        {
            var i = rs.Indicators[n].Indicator!;
            factors[n] = groupFactors[rs.IndicatorLevel1[n]];
            var s = StatusOf(i, input, outputs[n]);
            status[n] = s;
            if (s != IndicatorStatus.Scored)
            {
                outputs[n] = 0m;
            }

            rescale |= s == IndicatorStatus.NotApplicable && rs.Definition.NotApplicable == NotApplicablePolicy.Rescale;
        }

        if (rescale)
        {
            Rescale(rs, status, factors, groupFactors);
        }

        return status;
    }

    private static IndicatorStatus StatusOf(IndicatorDefinition i, RubricInput input, decimal output)
    {
        if (input.Answer(i.Key) is { NotApplicable: true })
        {
            return i.AllowNotApplicable ? IndicatorStatus.NotApplicable : IndicatorStatus.NotAssessable;
        }

        if (Assessability.HasGaps(i, input, null))
        {
            return IndicatorStatus.NotAssessable;
        }

        // Decimal division leaves 50.000…001 where a category is scaled (50/30 × 30): a range check on 9 decimals.
        return output < -Epsilon || output > i.Points + Epsilon ? IndicatorStatus.OutOfRange : IndicatorStatus.Scored;
    }

    /// <summary>
    /// 不适用 under the rescale policy: the other indicators of the level-1 group are scaled by P / (P − points left
    /// out); a level-1 group left out entirely passes its weight to all other groups in proportion.
    /// </summary>
    private static void Rescale(LoadedRuleSet rs, IndicatorStatus[] status, decimal[] factors, decimal[] groupFactors)
    {
        var groups = rs.Definition.Groups;
        var excluded = new decimal[groups.Count];
        for (var n = 0; n < status.Length; n++)
        {
            if (status[n] == IndicatorStatus.NotApplicable)
            {
                excluded[rs.IndicatorLevel1[n]] += rs.Indicators[n].Indicator!.Points;
            }
        }

        decimal weight = 0m, lost = 0m;
        for (var g = 0; g < groups.Count; g++)
        {
            var w = groups[g].Points * groupFactors[g];
            weight += w;
            if (groups[g].Points > 0 && excluded[g] >= groups[g].Points)
            {
                lost += w;
            }
        }

        var global = lost > 0 && weight > lost ? weight / (weight - lost) : 1m;
        for (var n = 0; n < status.Length; n++)
        {
            var g = rs.IndicatorLevel1[n];
            factors[n] = status[n] == IndicatorStatus.NotApplicable ? 0m
                : factors[n] * (excluded[g] > 0 && excluded[g] < groups[g].Points ? groups[g].Points / (groups[g].Points - excluded[g]) : 1m) * global;
        }
    }

    /// <summary>Whether a level-1 group's indicators were rescaled (its subtotal then sums unrounded products, so full marks stay full).</summary>
    private static bool[] Rescaled(LoadedRuleSet rs, decimal[] factors, decimal[] groupFactors)
    {
        var rescaled = new bool[rs.Definition.Groups.Count];
        for (var n = 0; n < factors.Length; n++)
        {
            var g = rs.IndicatorLevel1[n];
            rescaled[g] |= factors[n] != groupFactors[g];
        }

        return rescaled;
    }

    public static decimal Total(LoadedRuleSet rs, RubricInput input, decimal[] outputs, decimal[] groupFactors)
    {
        var status = Assess(rs, input, outputs, groupFactors, out var factors);
        if (Array.IndexOf(status, IndicatorStatus.NotApplicable) >= 0)
        {
            var subtotals = Subtotals(rs, outputs, factors, Rescaled(rs, factors, groupFactors));
            var sum = 0m;
            foreach (var s in subtotals)
            {
                sum += s;
            }

            return Round(sum);
        }

        var total = 0m;
        for (var n = 0; n < outputs.Length; n++)
        {
            total += Round(outputs[n] * factors[n]);
        }

        return Round(total);
    }

    /// <summary>Level-1 subtotals: the sum of rounded indicator scores, or of unrounded products in a rescaled group.</summary>
    private static decimal[] Subtotals(LoadedRuleSet rs, decimal[] outputs, decimal[] factors, bool[] rescaled)
    {
        var subtotals = new decimal[rs.Definition.Groups.Count];
        for (var n = 0; n < outputs.Length; n++)
        {
            var g = rs.IndicatorLevel1[n];
            subtotals[g] += rescaled[g] ? outputs[n] * factors[n] : Round(outputs[n] * factors[n]);
        }

        for (var g = 0; g < subtotals.Length; g++)
        {
            subtotals[g] = Round(subtotals[g]);
        }

        return subtotals;
    }

    public static ScoreResult Build(LoadedRuleSet rs, RubricInput input, decimal[] outputs, decimal[] groupFactors)
    {
        var d = rs.Definition;
        var raw = (decimal[])outputs.Clone();
        var status = Assess(rs, input, outputs, groupFactors, out var factors);
        var findings = new List<Finding>();
        var results = new List<IndicatorResult>();
        var groupPoints = new decimal[d.Groups.Count];
        for (var n = 0; n < rs.Indicators.Count; n++)
        {
            var i = rs.Indicators[n].Indicator!;
            var g = rs.IndicatorLevel1[n];
            var l1 = d.Groups[g];
            var l2 = rs.IndicatorLevel2[n];
            var factor = factors[n];
            var score = Round(outputs[n] * factor);
            groupPoints[g] += i.Points * factor;
            if (i.Template == TemplateKind.IndicatorRows && status[n] == IndicatorStatus.Scored)
            {
                AddRows(input, i, l1, factor, results, findings);
                continue;
            }

            var path = l2 is null ? $"{l1.Name}/{i.Name}" : $"{l1.Name}/{l2.Name}/{i.Name}";
            var pts = Round(i.Points * factor);
            if (status[n] != IndicatorStatus.Scored)
            {
                var why = Unscored(rs, i, input, status[n], raw[n], pts, findings);
                results.Add(new IndicatorResult(path, i.Key, pts, 0m, SelfScore(input, i, l2).Score, false, why, status[n]));
                continue;
            }

            var (self, selfField) = SelfScore(input, i, l2);
            var explanation = Explainer.Explain(i, input, outputs[n], factor, findings);
            results.Add(Result(path, i.Key, pts, score, self, selfField, factor, explanation, findings));
        }

        RowScoring.CheckCoverage(rs, input.Report, findings);
        var subtotals = Subtotals(rs, outputs, factors, Rescaled(rs, factors, groupFactors));
        var level1 = d.Groups.Select((g, k) => new Level1Subtotal(g.Key, g.Name, Round(groupPoints[k]), subtotals[k])).ToList();
        var total = Round(subtotals.Sum());
        return new ScoreResult(d.Id, d.Version, total, d.GradeOf(total), level1, results, findings);
    }

    /// <summary>The explanation and error findings of an indicator that scores 0 because it could not be scored as written.</summary>
    private static string Unscored(LoadedRuleSet rs, IndicatorDefinition i, RubricInput input, IndicatorStatus status, decimal raw, decimal pts,
        List<Finding> findings)
    {
        var answer = input.Answer(i.Key);
        var path = input.AnswerPath(i.Key);
        switch (status)
        {
            case IndicatorStatus.NotApplicable:
            {
                var reason = answer?.Reason?.Trim();
                if (string.IsNullOrEmpty(reason))
                {
                    findings.Add(new(FindingSeverity.Error, path + ".reason", $"「{i.Name}」标记为不适用，须说明理由", i.Key));
                }

                var said = string.IsNullOrEmpty(reason) ? "" : $"（{reason}）";
                return rs.Definition.NotApplicable == NotApplicablePolicy.Rescale
                    ? $"{i.Name} 不适用{said}，不计分，其分值按同一一级指标下其他指标的比例折算"
                    : $"{i.Name} 不适用{said}，按评分标准计 0/{Zh.N(i.Points)} 分";
            }

            case IndicatorStatus.OutOfRange:
                findings.Add(new(FindingSeverity.Error, path,
                    $"「{i.Name}」的评分规则算得 {Zh.N(raw)} 分，超出 0–{Zh.N(i.Points)} 分，不予采用（计 0 分），请财政局检查该评分规则", i.Key));
                return $"{i.Name} 的评分规则算得 {Zh.N(raw)} 分，超出分值 {Zh.N(i.Points)}，不予采用，得 0/{Zh.N(pts)} 分";
            default:
            {
                if (answer is { NotApplicable: true })
                {
                    findings.Add(new(FindingSeverity.Error, path + ".notApplicable", $"「{i.Name}」不允许标记为不适用，须按评分标准填写评分资料", i.Key));
                    return $"{i.Name} 不允许标记为不适用，无法评分，得 0/{Zh.N(pts)} 分";
                }

                var gaps = new List<Gap>();
                Assessability.HasGaps(i, input, gaps);
                foreach (var gap in gaps)
                {
                    findings.Add(new(FindingSeverity.Error, gap.Field, $"「{i.Name}」缺少{gap.What}，无法评分", i.Key));
                }

                return $"{i.Name} 缺少{string.Join("、", gaps.Select(x => x.What))}，无法评分，得 0/{Zh.N(pts)} 分";
            }
        }
    }

    private static void AddRows(RubricInput input, IndicatorDefinition i, IndicatorGroup l1, decimal factor,
        List<IndicatorResult> results, List<Finding> findings)
    {
        var p = i.Parameters;
        var filter = RowScoring.RowFilter.Of(p);
        var rows = RowScoring.Score(input, i.Key, i.Points * factor, filter, p.Formula ?? "linear", p.Otherwise ?? "zero", p.Tolerance ?? 0m, explain: true);
        if (rows.Count == 0)
        {
            // No row of the report's own table belongs here: nothing to score the category with, never full or silently empty.
            findings.Add(new(FindingSeverity.Error, "indicators", $"指标表中没有属于「{l1.Name}」的指标（{filter.Describe()}），该类无法评分", i.Key));
            results.Add(new IndicatorResult(l1.Name, i.Key, Round(i.Points * factor), 0m, null, false,
                $"指标表中没有属于「{l1.Name}」的指标，无法评分，得 0/{Zh.N(i.Points * factor)} 分", IndicatorStatus.NotAssessable));
            return;
        }

        foreach (var r in rows)
        {
            foreach (var refusal in r.Refusals)
            {
                findings.Add(new(FindingSeverity.Error, $"indicators[{r.Index}]", $"「{r.Row.Level3}」{refusal}", i.Key));
            }

            var path = $"{r.Row.Level1}/{r.Row.Level2}/{r.Row.Level3}";
            var rowFactor = r.Row.Points is { } rp and not 0 ? r.Points / rp : 1m;
            var self = r.GroupSize > 1 ? r.GroupSelfScore : r.Row.SelfScore;
            var result = Result(path, $"{i.Key}#{r.Index}", Round(r.Points), Round(r.Score), r.Assessable ? self : null,
                $"indicators[{r.Index}].selfScore", rowFactor, r.Explanation!, findings);
            results.Add(r.Assessable ? result : result with { Status = IndicatorStatus.NotAssessable });
        }
    }

    /// <summary>The self-score is compared on the same scale as the score (× <paramref name="factor"/> when weights were rescaled).</summary>
    private static IndicatorResult Result(string path, string key, decimal points, decimal score, decimal? self, string? selfField, decimal factor,
        string explanation, List<Finding> findings)
    {
        var disagrees = self is { } s && Math.Abs(Round(s * factor) - score) >= 0.01m;
        if (disagrees)
        {
            var scaled = factor == 1m ? "" : $"（折算后 {Zh.S(self!.Value * factor)} 分）";
            findings.Add(new(FindingSeverity.Warning, selfField ?? "indicators",
                $"「{path}」单位自评 {Zh.N(self!.Value)} 分{scaled}，按评分标准为 {Zh.S(score)} 分，两者不一致", key));
            explanation += $"；单位自评 {Zh.N(self.Value)} 分{scaled}，与评分不一致";
        }

        return new IndicatorResult(path, key, points, score, self, disagrees, explanation);
    }

    /// <summary>
    /// The unit's self-score for a rubric indicator and the field it comes from: the rubric self-score table row with its
    /// key or its 三级指标 name, else (reports whose 指标表 is their score table) the indicator-table row naming it. Names are
    /// compared without regard to quote styles, full/half-width forms or spaces; a row under the same 二级指标 is preferred.
    /// </summary>
    private static (decimal? Score, string? Field) SelfScore(RubricInput input, IndicatorDefinition i, IndicatorGroup? l2)
    {
        var table = input.Report.RubricSelfScores ?? [];
        if (table.Count > 0)
        {
            var byKey = table.FindIndex(r => r?.Key is { } k && string.Equals(k.Trim(), i.Key, StringComparison.Ordinal));
            var at = byKey >= 0 ? byKey : Best(table, r => r?.Level3, r => r?.Level2, i.Name, l2?.Name);
            return at is { } n ? (table[n].SelfScore, $"rubricSelfScores[{n}].selfScore") : (null, null);
        }

        var rows = input.Report.Indicators;
        return Best(rows, r => r?.Level3, r => r?.Level2, i.Name, l2?.Name) is { } m ? (rows[m].SelfScore, $"indicators[{m}].selfScore") : (null, null);
    }

    private static int? Best<T>(List<T> rows, Func<T, string?> level3, Func<T, string?> level2, string name, string? group)
    {
        var key = TextKey.Of(name);
        var groupKey = group is null ? null : TextKey.Of(group);
        int? match = null;
        for (var n = 0; n < rows.Count; n++)
        {
            if (TextKey.Of(level3(rows[n])) != key)
            {
                continue;
            }

            if (groupKey is null || TextKey.Of(level2(rows[n])) == groupKey)
            {
                return n;
            }

            match ??= n;
        }

        return match;
    }
}
