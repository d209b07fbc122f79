using PerfEval.Rules.Definitions;
using PerfEval.Rules.Explanations;
using PerfEval.Rules.Loading;

namespace PerfEval.Rules.Engine;

/// <summary>Turns the raw rule outputs (one decimal per indicator rule) into a <see cref="ScoreResult"/>; shared by both scoring paths.</summary>
internal static class ResultBuilder
{
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

    public static decimal Total(LoadedRuleSet rs, decimal[] outputs, decimal[] factors)
    {
        var total = 0m;
        var l1 = rs.IndicatorLevel1;
        for (var n = 0; n < outputs.Length; n++)
        {
            total += Round(outputs[n] * factors[l1[n]]);
        }

        return Round(total);
    }

    public static ScoreResult Build(LoadedRuleSet rs, RubricInput input, decimal[] outputs, decimal[] factors)
    {
        var d = rs.Definition;
        var findings = new List<Finding>();
        var results = new List<IndicatorResult>();
        var subtotals = new decimal[d.Groups.Count];
        for (var n = 0; n < rs.Indicators.Count; n++)
        {
            var rule = rs.Indicators[n];
            var i = rule.Indicator!;
            var g = rs.IndicatorLevel1[n];
            var l1 = d.Groups[g];
            var l2 = rs.IndicatorLevel2[n];
            var factor = factors[g];
            var score = Round(outputs[n] * factor);
            subtotals[g] += score;
            if (i.Template == TemplateKind.IndicatorRows)
            {
                AddRows(input, i, l1, factor, results, findings);
                continue;
            }

            var path = l2 is null ? $"{l1.Name}/{i.Name}" : $"{l1.Name}/{l2.Name}/{i.Name}";
            var (self, selfIndex) = SelfScore(input, i, l2);
            var explanation = Explainer.Explain(i, input, outputs[n], factor, findings);
            results.Add(Result(path, i.Key, Round(i.Points * factor), score, self, selfIndex, factor, explanation, findings));
        }

        RowScoring.CheckCoverage(rs, input.Report, findings);
        var level1 = d.Groups.Select((g, k) => new Level1Subtotal(g.Key, g.Name, Round(g.Points * factors[k]), subtotals[k])).ToList();
        var total = Round(subtotals.Sum());
        for (var g = 0; g < subtotals.Length; g++)
        {
            subtotals[g] = Round(subtotals[g]);
        }

        return new ScoreResult(d.Id, d.Version, total, d.GradeOf(total), level1, results, findings);
    }

    private static void AddRows(RubricInput input, IndicatorDefinition i, IndicatorGroup l1, decimal factor,
        List<IndicatorResult> results, List<Finding> findings)
    {
        var p = i.Parameters;
        var filter = RowScoring.RowFilter.Of(p);
        var rows = RowScoring.Score(input, i.Key, i.Points * factor, filter, p.Formula ?? "linear", p.Otherwise ?? "zero", p.Tolerance ?? 0m, explain: true);
        if (rows.Count == 0)
        {
            findings.Add(new(FindingSeverity.Warning, "indicators", $"指标表中没有属于「{l1.Name}」的指标（{filter.Describe()}），该类得 0 分", i.Key));
            results.Add(new IndicatorResult(l1.Name, i.Key, Round(i.Points * factor), 0m, null, false, $"指标表中没有属于「{l1.Name}」的指标，得 0/{Zh.N(i.Points * factor)} 分"));
            return;
        }

        foreach (var r in rows)
        {
            foreach (var refusal in r.Refusals)
            {
                findings.Add(new(FindingSeverity.Error, $"indicators[{r.Index}]", $"「{r.Row.Level3}」{refusal}", i.Key));
            }

            var path = $"{r.Row.Level1}/{r.Row.Level2}/{r.Row.Level3}";
            var rowFactor = r.Row.Points == 0 ? 1m : r.Points / r.Row.Points;
            results.Add(Result(path, $"{i.Key}#{r.Index}", Round(r.Points), Round(r.Score), r.Row.SelfScore, r.Index, rowFactor, r.Explanation!, findings));
        }
    }

    /// <summary>The self-score is compared on the same scale as the score (× <paramref name="factor"/> when weights were rescaled).</summary>
    private static IndicatorResult Result(string path, string key, decimal points, decimal score, decimal? self, int? selfIndex, decimal factor,
        string explanation, List<Finding> findings)
    {
        var disagrees = self is { } s && Math.Abs(Round(s * factor) - score) >= 0.01m;
        if (disagrees)
        {
            var scaled = factor == 1m ? "" : $"（折算后 {Zh.S(self!.Value * factor)} 分）";
            findings.Add(new(FindingSeverity.Warning, selfIndex is { } ix ? $"indicators[{ix}].selfScore" : "indicators",
                $"「{path}」单位自评 {Zh.N(self!.Value)} 分{scaled}，按评分标准为 {Zh.S(score)} 分，两者不一致", key));
            explanation += $"；单位自评 {Zh.N(self.Value)} 分{scaled}，与评分不一致";
        }

        return new IndicatorResult(path, key, points, score, self, disagrees, explanation);
    }

    private static (decimal? Score, int? Index) SelfScore(RubricInput input, IndicatorDefinition i, IndicatorGroup? l2)
    {
        var rows = input.Report.Indicators;
        int? match = null;
        for (var n = 0; n < rows.Count; n++)
        {
            if (rows[n].Level3 == i.Name && (l2 is null || rows[n].Level2 == l2.Name || match is null))
            {
                match = n;
                if (l2 is null || rows[n].Level2 == l2.Name)
                {
                    break;
                }
            }
        }

        return match is { } m ? (rows[m].SelfScore, m) : (null, null);
    }
}
