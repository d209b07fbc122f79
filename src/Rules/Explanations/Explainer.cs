using PerfEval.Rules.Definitions;
using PerfEval.Rules.Engine;
using PerfEval.Rules.Templates;

namespace PerfEval.Rules.Explanations;

/// <summary>
/// Writes the plain-Chinese explanation (扣分原因) of a scored indicator and the findings it raises. Runs after the
/// rule expression produced the score, on the same input, so both scoring paths explain identically.
/// </summary>
internal static class Explainer
{
    public static string Explain(IndicatorDefinition i, RubricInput input, decimal score, decimal factor, List<Finding> findings)
    {
        var p = i.Parameters;
        var pts = i.Points * factor;
        var s = score * factor;
        var got = $"得 {Zh.S(s)}/{Zh.N(pts)} 分";
        var full = s >= pts;
        // Only scored indicators get here: what they need is present (ResultBuilder explains the rest).
        var answer = input.Answer(i.Key);

        switch (i.Template)
        {
            case TemplateKind.Ratio or TemplateKind.BudgetExecution:
            {
                var (a, t, u) = Values(i, input);
                // Rates between two grid amounts (到位率, 预算执行率) read better as a percentage of the two amounts.
                var asRate = i.Template == TemplateKind.BudgetExecution || (p.Actual?.StartsWith("funding.", StringComparison.Ordinal) ?? false);
                var rate = Fn.Ratio(a, t) * 100m;
                var what = asRate
                    ? $"{i.Name} {Zh.N(rate)}%（{Measures.Label(p.Actual ?? "funding.spent")} {Zh.U(a, u)} / {Measures.Label(p.Target ?? "funding.planned")} {Zh.U(t, u)}）"
                    : $"{i.Name} {Zh.U(a, u)}";
                // The unit's explanation (the answer's reason, written under the funding grid) clears the finding.
                if (i.Template == TemplateKind.BudgetExecution && rate < (p.ExplainBelow ?? 90m) && string.IsNullOrWhiteSpace(answer?.Reason))
                {
                    findings.Add(new(FindingSeverity.Warning, "funding.spent.total", $"预算执行率 {Zh.N(rate)}% 低于 {Zh.N(p.ExplainBelow ?? 90m)}%，须说明原因", i.Key));
                }

                if (asRate)
                {
                    return full ? $"{what}，达到 100%，得满分 {Zh.N(pts)} 分" : $"{what}，未达到 100%，按比率{got}";
                }

                return full ? $"{what} 达到目标 {Zh.U(t, u)}，得满分 {Zh.N(pts)} 分" : $"{what} 低于目标 {Zh.U(t, u)}，按完成比例{got}{Said(answer, full)}";
            }

            case TemplateKind.ReverseRatio:
            {
                var (a, t, u) = Values(i, input);
                return full ? $"{i.Name} {Zh.U(a, u)} 未超过目标 {Zh.U(t, u)}，得满分 {Zh.N(pts)} 分"
                    : $"{i.Name} {Zh.U(a, u)} 超过目标 {Zh.U(t, u)}，按{(p.Formula == "targetOverActual" ? "目标/实际" : "超出比例")}扣分，{got}";
            }

            case TemplateKind.Equal:
            {
                var (a, t, u) = Values(i, input);
                return full ? $"{i.Name} {Zh.U(a, u)} 等于目标 {Zh.U(t, u)}，得满分 {Zh.N(pts)} 分"
                    : $"{i.Name} {Zh.U(a, u)} 不等于目标 {Zh.U(t, u)}（允差 {Zh.N(p.Tolerance ?? 0)}），{got}";
            }

            case TemplateKind.Tiers:
            {
                var (a, _, u) = Values(i, input);
                var tier = p.Tiers!.FirstOrDefault(x => x.Contains(a));
                return $"{i.Name} {Zh.U(a, u)}，属于「{(tier is null ? "无" : StandardText.Interval(tier, u))}」档，{got}{Said(answer, full)}";
            }

            case TemplateKind.PerPointDeduction:
            {
                var (a, t, u) = Values(i, input);
                var beyond = p.Direction == "below" ? t - a : a - t;
                return beyond <= 0
                    ? $"{i.Name} {Zh.U(a, u)} {(p.Direction == "below" ? "不低于" : "不超过")} {Zh.U(t, u)}，得满分 {Zh.N(pts)} 分"
                    : $"{i.Name} {Zh.U(a, u)} {(p.Direction == "below" ? "低于" : "超过")} {Zh.U(t, u)} {Zh.U(beyond, "")}{(u == "%" ? " 个百分点" : u)}，每{(u == "%" ? "个百分点" : "单位")}扣 {Zh.N(p.PerUnit ?? 0)} 分，{got}{Said(answer, full)}";
            }

            case TemplateKind.Checklist:
            {
                var missing = p.Items!.Where(x => answer?.Checked.Contains(x.Id) != true).ToList();
                var parts = new List<string>();
                foreach (var item in p.Items!)
                {
                    var o = Judging.Item(answer, item.Id, item.Points);
                    Refusals(i, input, o.Refusals, findings);
                    if (o.Notes.Count > 0)
                    {
                        parts.Add($"{item.Label}{string.Join("；", o.Notes)}");
                    }
                }

                if (missing.Count > 0)
                {
                    parts.Insert(0, $"未满足：{string.Join("、", missing.Select(x => $"{x.Label}（{Zh.N(x.Points * factor)} 分）"))}");
                }

                return parts.Count == 0 ? $"{i.Name} 各评分要点均满足，得满分 {Zh.N(pts)} 分" : $"{i.Name} {string.Join("；", parts)}，{got}{Said(answer, full)}";
            }

            case TemplateKind.Choice:
            {
                var o = p.Options!.FirstOrDefault(x => x.Id == answer?.Choice);
                if (o is null && answer is not null)
                {
                    findings.Add(new(FindingSeverity.Error, input.AnswerPath(i.Key) + ".choice", $"「{i.Name}」选项「{answer.Choice}」不在评分标准中", i.Key));
                }

                return o is null ? $"{i.Name} 未选择有效选项，{got}" : $"{i.Name} 评定为「{o.Label}」，{got}{Said(answer, full)}";
            }

            case TemplateKind.PerViolationDeduction:
            {
                var n = Fn.Count(input, i.Key);
                return n == 0 ? $"{i.Name} 未发现问题，得满分 {Zh.N(pts)} 分" : $"{i.Name} 发现 {Zh.N(n)} 起问题，每起扣 {Zh.N(p.PerUnit ?? 0)} 分，{got}{Said(answer, full)}";
            }

            case TemplateKind.JudgmentRange:
            {
                var o = p.Deductions is { Count: > 0 } items
                    ? Judging.Deducted(answer, i.Points, items)
                    : Judging.Judged(answer, p.Min ?? 0m, p.Max ?? i.Points);
                Refusals(i, input, o.Refusals, findings);
                var detail = o.Notes.Count > 0 ? string.Join("；", o.Notes) + "，" : "";
                return full && o.Refusals.Count == 0 ? $"{i.Name} 经评审{(detail.Length > 0 ? "：" + detail : "未发现扣分情形，")}得满分 {Zh.N(pts)} 分"
                    : $"{i.Name} 经评审：{detail}{got}" + (o.Refusals.Count > 0 ? "（" + string.Join("；", o.Refusals) + "）" : "");
            }

            case TemplateKind.QualitativeBands:
            {
                var o = Judging.Banded(answer, i.Points, p.Bands ?? [.. RowScoring.DefaultBands]);
                Refusals(i, input, o.Refusals, findings);
                return $"{i.Name} {string.Join("；", o.Notes)}，{got}" + (o.Refusals.Count > 0 ? "（" + string.Join("；", o.Refusals) + "）" : "");
            }

            default:
                return full ? $"{i.Name} 按自定义表达式得满分 {Zh.N(pts)} 分" : $"{i.Name} 按自定义表达式{got}，扣 {Zh.S(pts - s)} 分";
        }
    }

    private static string Said(Model.IndicatorAssessment? answer, bool full) =>
        full || string.IsNullOrWhiteSpace(answer?.Reason) ? "" : "；说明：" + answer!.Reason!.Trim();

    private static void Refusals(IndicatorDefinition i, RubricInput input, List<string> refusals, List<Finding> findings)
    {
        foreach (var r in refusals)
        {
            findings.Add(new(FindingSeverity.Error, input.AnswerPath(i.Key), $"「{i.Name}」{r}", i.Key));
        }
    }

    private static (decimal Actual, decimal Target, string Unit) Values(IndicatorDefinition i, RubricInput input)
    {
        var p = i.Parameters;
        var actualName = p.Actual ?? (i.Template == TemplateKind.BudgetExecution ? "funding.spent" : "answer.actual");
        var a = Measures.Value(actualName, input, i.Key);
        var t = p.Target is not null ? Measures.Value(p.Target, input, i.Key)
            : p.TargetValue ?? Measures.Value(i.Template == TemplateKind.BudgetExecution ? "funding.planned" : "answer.target", input, i.Key);
        return (a, t, p.Unit ?? Measures.Unit(actualName));
    }
}
