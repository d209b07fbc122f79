using PerfEval.Rules.Checks;
using PerfEval.Rules.Definitions;
using PerfEval.Rules.Explanations;
using PerfEval.Rules.Templates;

namespace PerfEval.Rules.Loading;

/// <summary>
/// Structural validation of a <see cref="RubricDefinition"/> (no compilation): weights roll up, grade bands cover
/// [0,100], template parameters are present and consistent, tiers have no gaps or overlaps, no template can score
/// above its points. Usable by an editor on every keystroke.
/// </summary>
public static class RubricValidator
{
    /// <summary>Every structural problem of <paramref name="definition"/>, naming the rule and the numbers.</summary>
    /// <param name="definition">The rule set.</param>
    /// <exception cref="ArgumentNullException"><paramref name="definition"/> is null.</exception>
    public static IReadOnlyList<RuleSetProblem> Validate(RubricDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(definition);
        var p = new List<RuleSetProblem>();
        if (string.IsNullOrWhiteSpace(definition.Id))
        {
            p.Add(new("rubric", "缺少规则集 id（WorkflowName）"));
        }

        ValidateBands(definition.GradeBands, p);
        var keys = new HashSet<string>(StringComparer.Ordinal) { RulesEngineJson.MetaRuleName };
        if (definition.Kind == RubricKind.Checks)
        {
            if (definition.Checks.Count == 0)
            {
                p.Add(new("rubric", "校验规则集没有任何校验规则"));
            }

            foreach (var c in definition.Checks)
            {
                Unique(c.Key, keys, p);
                if (!CheckKinds.IsKnown(c.Check))
                {
                    p.Add(new(c.Key, $"未知的校验项「{c.Check}」（可用：{string.Join("、", CheckKinds.Names)}）"));
                }

                if (c.Tolerance < 0)
                {
                    p.Add(new(c.Key, $"允差 {Zh.N(c.Tolerance)} 不能为负"));
                }
            }

            return p;
        }

        if (definition.Checks.Count > 0)
        {
            p.Add(new("rubric", "评分规则集不能包含校验规则"));
        }

        if (definition.Groups.Count == 0)
        {
            p.Add(new("rubric", "没有任何一级指标"));
        }

        var l1Sum = 0m;
        foreach (var l1 in definition.Groups)
        {
            Unique(l1.Key, keys, p);
            l1Sum += l1.Points;
            var childSum = l1.Children.Sum(c => c.Points) + l1.Indicators.Sum(i => i.Points);
            if (childSum != l1.Points)
            {
                p.Add(new(l1.Key, $"一级指标「{l1.Name}」分值 {Zh.N(l1.Points)}，但其下各指标分值之和为 {Zh.N(childSum)}"));
            }

            foreach (var l2 in l1.Children)
            {
                Unique(l2.Key, keys, p);
                var sum = l2.Indicators.Sum(i => i.Points);
                if (sum != l2.Points)
                {
                    p.Add(new(l2.Key, $"二级指标「{l2.Name}」分值 {Zh.N(l2.Points)}，但其下三级指标分值之和为 {Zh.N(sum)}"));
                }

                if (l2.Children.Count > 0)
                {
                    p.Add(new(l2.Key, "二级指标下不能再有指标组（三级指标即评分规则）"));
                }
            }
        }

        if (definition.Groups.Count > 0 && l1Sum != 100m)
        {
            p.Add(new("rubric", $"一级指标分值之和为 {Zh.N(l1Sum)}，应为 100（{string.Join(" + ", definition.Groups.Select(g => $"{g.Name} {Zh.N(g.Points)}"))}）"));
        }

        foreach (var i in definition.AllIndicators())
        {
            Unique(i.Key, keys, p);
            ValidateIndicator(i, p);
        }

        return p;
    }

    private static void Unique(string key, HashSet<string> keys, List<RuleSetProblem> p)
    {
        if (string.IsNullOrWhiteSpace(key))
        {
            p.Add(new("rubric", "有指标或指标组缺少 key"));
        }
        else if (!keys.Add(key))
        {
            p.Add(new(key, $"规则名 {key} 重复"));
        }
    }

    private static void ValidateBands(List<GradeBand> bands, List<RuleSetProblem> p)
    {
        if (bands.Count == 0)
        {
            p.Add(new("rubric", "缺少评价等次（gradeBands）"));
            return;
        }

        var sorted = bands.OrderBy(b => b.Min).ToList();
        if (sorted[0].Min != 0)
        {
            p.Add(new("rubric", $"评价等次从 {Zh.N(sorted[0].Min)} 开始，0–{Zh.N(sorted[0].Min)} 分没有等次"));
        }

        for (var i = 1; i < sorted.Count; i++)
        {
            if (sorted[i - 1].Max != sorted[i].Min || sorted[i - 1].MaxInclusive)
            {
                p.Add(new("rubric", $"评价等次「{sorted[i - 1].Grade}」[{Zh.N(sorted[i - 1].Min)},{Zh.N(sorted[i - 1].Max)}) 与「{sorted[i].Grade}」[{Zh.N(sorted[i].Min)},{Zh.N(sorted[i].Max)}) 之间有空档或重叠"));
            }
        }

        var top = sorted[^1];
        if (top.Max != 100 || !top.MaxInclusive)
        {
            p.Add(new("rubric", $"最高等次「{top.Grade}」应包含 100 分（maxInclusive）"));
        }
    }

    private static void ValidateIndicator(IndicatorDefinition i, List<RuleSetProblem> p)
    {
        var k = i.Key;
        var pa = i.Parameters ?? new TemplateParameters();
        if (i.Points <= 0)
        {
            p.Add(new(k, $"分值 {Zh.N(i.Points)} 必须大于 0"));
        }

        foreach (var m in new[] { pa.Actual, pa.Target })
        {
            if (m is not null && !Measures.IsKnown(m))
            {
                p.Add(new(k, $"未知的取值项「{m}」（可用：{string.Join("、", Measures.Names)}）"));
            }
        }

        switch (i.Template)
        {
            case TemplateKind.Ratio when pa.Cap == false:
                p.Add(new(k, $"正向比率未封顶（cap = false）时得分可能超过分值 {Zh.N(i.Points)}"));
                break;
            case TemplateKind.Equal when pa.Tolerance < 0:
                p.Add(new(k, "允差不能为负"));
                break;
            case TemplateKind.ReverseRatio when pa.Formula is not null and not "linear" and not "targetOverActual":
                p.Add(new(k, $"反向公式「{pa.Formula}」无效（linear 或 targetOverActual）"));
                break;
            case TemplateKind.Tiers:
                ValidateTiers(k, i.Points, pa.Tiers, p);
                break;
            case TemplateKind.PerPointDeduction or TemplateKind.PerViolationDeduction:
                if (pa.PerUnit is not > 0)
                {
                    p.Add(new(k, "缺少每点/每次扣分值 perUnit（须大于 0）"));
                }

                if (i.Template == TemplateKind.PerPointDeduction && pa.Target is null && pa.TargetValue is null)
                {
                    p.Add(new(k, "按点扣分缺少基准值（target 或 targetValue）"));
                }

                break;
            case TemplateKind.Checklist:
            {
                var items = pa.Items ?? [];
                var sum = items.Sum(x => x.Points);
                if (items.Count == 0)
                {
                    p.Add(new(k, "要点清单没有任何要点"));
                }
                else if (sum != i.Points)
                {
                    p.Add(new(k, sum > i.Points
                        ? $"要点分值之和 {Zh.N(sum)} 超过指标分值 {Zh.N(i.Points)}，得分可能超过分值"
                        : $"要点分值之和 {Zh.N(sum)} 小于指标分值 {Zh.N(i.Points)}，永远得不到满分"));
                }

                DuplicateIds(k, items.Select(x => x.Id), p);
                break;
            }

            case TemplateKind.Choice:
            {
                var options = pa.Options ?? [];
                if (options.Count == 0)
                {
                    p.Add(new(k, "选项模板没有任何选项"));
                }

                foreach (var o in options.Where(o => o.Points > i.Points || o.Points < 0))
                {
                    p.Add(new(k, $"选项「{o.Label}」得 {Zh.N(o.Points)} 分，超出 0–{Zh.N(i.Points)}"));
                }

                DuplicateIds(k, options.Select(x => x.Id), p);
                break;
            }

            case TemplateKind.JudgmentRange:
                foreach (var d in pa.Deductions ?? [])
                {
                    if (d.Min < 0 || d.Min > d.Max)
                    {
                        p.Add(new(k, $"扣分项「{d.Label}」范围 {Zh.N(d.Min)}–{Zh.N(d.Max)} 无效"));
                    }

                    if (d.Id.Contains(':', StringComparison.Ordinal) || d.Id.Contains(';', StringComparison.Ordinal))
                    {
                        p.Add(new(k, $"扣分项 id「{d.Id}」不能包含 : 或 ;"));
                    }
                }

                if ((pa.Max ?? i.Points) > i.Points || (pa.Min ?? 0) < 0 || (pa.Min ?? 0) > (pa.Max ?? i.Points))
                {
                    p.Add(new(k, $"评审得分范围 {Zh.N(pa.Min ?? 0)}–{Zh.N(pa.Max ?? i.Points)} 超出 0–{Zh.N(i.Points)}"));
                }

                break;
            case TemplateKind.QualitativeBands:
                foreach (var b in pa.Bands ?? [])
                {
                    if (b.LowerPercent < 0 || b.UpperPercent > 100 || b.LowerPercent >= b.UpperPercent)
                    {
                        p.Add(new(k, $"定性档次「{b.Id}」范围 {Zh.N(b.LowerPercent)}%–{Zh.N(b.UpperPercent)}% 无效（须在 0–100% 内）"));
                    }
                }

                break;
            case TemplateKind.IndicatorRows:
                if (pa.Keywords is not { Count: > 0 } || pa.Keywords.Any(string.IsNullOrWhiteSpace))
                {
                    p.Add(new(k, "指标表模板缺少一级指标关键词 keywords（不能为空）"));
                }

                if (pa.ExcludeKeywords?.Any(string.IsNullOrWhiteSpace) == true)
                {
                    p.Add(new(k, "排除关键词 excludeKeywords 不能为空字符串"));
                }

                foreach (var word in (pa.Keywords ?? []).Concat(pa.ExcludeKeywords ?? []).Where(w => w?.Contains('|', StringComparison.Ordinal) == true))
                {
                    p.Add(new(k, $"关键词「{word}」不能含「|」"));
                }

                foreach (var keyword in pa.Keywords ?? [])
                {
                    if ((pa.ExcludeKeywords ?? []).FirstOrDefault(x => !string.IsNullOrWhiteSpace(x) && keyword?.Contains(x, StringComparison.Ordinal) == true) is { } x)
                    {
                        p.Add(new(k, $"关键词「{keyword}」含排除词「{x}」：该类不会匹配任何指标"));
                    }
                }

                break;
            case TemplateKind.Advanced when string.IsNullOrWhiteSpace(i.Expression):
                p.Add(new(k, "高级模板必须填写表达式"));
                break;
        }
    }

    private static void DuplicateIds(string k, IEnumerable<string> ids, List<RuleSetProblem> p)
    {
        foreach (var g in ids.GroupBy(x => x).Where(g => g.Count() > 1 || string.IsNullOrWhiteSpace(g.Key)))
        {
            p.Add(new(k, $"要点/选项 id「{g.Key}」为空或重复"));
        }
    }

    /// <summary>Tiers must cover [0, +∞) (or (−∞, +∞)) without gaps or overlaps and no tier may score above the points.</summary>
    private static void ValidateTiers(string k, decimal points, List<Tier>? tiers, List<RuleSetProblem> p)
    {
        if (tiers is not { Count: > 0 })
        {
            p.Add(new(k, "分档模板没有任何档次"));
            return;
        }

        foreach (var t in tiers.Where(t => t.Score > points || t.Score < 0))
        {
            p.Add(new(k, $"档次 {t} 得 {Zh.N(t.Score)} 分，超出 0–{Zh.N(points)}"));
        }

        foreach (var t in tiers.Where(t => t.Lower is { } lo && t.Upper is { } hi && (lo > hi || (lo == hi && !(t.LowerInclusive && t.UpperInclusive)))))
        {
            p.Add(new(k, $"档次 {t} 是空区间"));
        }

        var sorted = tiers.OrderBy(t => t.Lower ?? decimal.MinValue).ThenBy(t => t.LowerInclusive ? 0 : 1).ToList();
        var first = sorted[0];
        if (first.Lower is { } min && (min > 0 || (min == 0 && !first.LowerInclusive)))
        {
            p.Add(new(k, $"分档有空档：低于 {Zh.N(min)} 的值（{(first.LowerInclusive ? "" : "含 ")}{Zh.N(min)}）没有档次"));
        }

        for (var n = 1; n < sorted.Count; n++)
        {
            var a = sorted[n - 1];
            var b = sorted[n];
            if (a.Upper is null || b.Lower is null)
            {
                p.Add(new(k, $"分档重叠：{a} 与 {b}"));
                continue;
            }

            if (a.Upper < b.Lower)
            {
                p.Add(new(k, $"分档有空档：{a} 与 {b} 之间的 {Zh.N(a.Upper.Value)}–{Zh.N(b.Lower.Value)} 没有档次"));
            }
            else if (a.Upper > b.Lower || (a.UpperInclusive && b.LowerInclusive))
            {
                p.Add(new(k, $"分档重叠：{a} 与 {b}"));
            }
            else if (!a.UpperInclusive && !b.LowerInclusive)
            {
                p.Add(new(k, $"分档有空档：{Zh.N(a.Upper.Value)} 不属于任何档次（{a} 与 {b}）"));
            }
        }

        if (sorted[^1].Upper is { } max)
        {
            p.Add(new(k, $"分档有空档：高于 {Zh.N(max)} 的值没有档次"));
        }
    }
}
