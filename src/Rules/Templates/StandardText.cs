using System.Globalization;
using System.Text.RegularExpressions;
using PerfEval.Rules.Definitions;
using PerfEval.Rules.Explanations;

namespace PerfEval.Rules.Templates;

/// <summary>
/// The 评分标准 text people read, written from a template's parameters so that it always says what the rule does
/// (a changed weight or tier changes the text), and the check that a hand-written text still fits its parameters.
/// </summary>
public static partial class StandardText
{
    private static readonly string[] Circled = ["①", "②", "③", "④", "⑤", "⑥", "⑦", "⑧", "⑨", "⑩"];

    /// <summary>The scoring standard of <paramref name="indicator"/> in plain Chinese, from its template and parameters.</summary>
    /// <param name="indicator">The indicator.</param>
    /// <exception cref="ArgumentNullException"><paramref name="indicator"/> is null.</exception>
    public static string Generate(IndicatorDefinition indicator)
    {
        ArgumentNullException.ThrowIfNull(indicator);
        var p = indicator.Parameters ?? new TemplateParameters();
        var pts = Zh.N(indicator.Points);
        var unit = p.Unit ?? "";
        switch (indicator.Template)
        {
            case TemplateKind.Ratio:
                return $"{ActualLabel(p, "answer.actual")} / {TargetLabel(p, "answer.target")} × {pts}" + (p.Cap == false ? "" : $"，最高 {pts} 分");
            case TemplateKind.BudgetExecution:
                return $"执行率 = {ActualLabel(p, "funding.spent")} / {TargetLabel(p, "funding.planned")}；得分 = min(执行率, 100%) × {pts}；"
                    + $"执行率低于 {Zh.N(p.ExplainBelow ?? 90m)}% 须说明原因";
            case TemplateKind.ReverseRatio:
            {
                var (a, t) = (ActualLabel(p, "answer.actual"), TargetLabel(p, "answer.target"));
                return $"{a}不超过{t}得 {pts} 分；超过的，" + (p.Formula == "targetOverActual"
                    ? $"得 {t} / {a} × {pts} 分"
                    : $"按超出比例扣分，得 (1 − 超出部分 / {t}) × {pts} 分，扣完为止");
            }

            case TemplateKind.Equal:
            {
                var tol = p.Tolerance is > 0 ? $"（允差 {Zh.N(p.Tolerance.Value)}{unit}）" : "";
                return $"{ActualLabel(p, "answer.actual")}等于{TargetLabel(p, "answer.target")}{tol}得 {pts} 分；否则"
                    + (p.Otherwise == "proportional" ? $"按 较小值 / 较大值 × {pts} 计分" : "得 0 分");
            }

            case TemplateKind.Tiers:
                return $"{ActualLabel(p, "answer.actual")}：" + string.Join("；", (p.Tiers ?? [])
                    .OrderByDescending(x => x.Lower ?? decimal.MinValue).ThenByDescending(x => x.Upper ?? decimal.MaxValue)
                    .Select(x => $"{Interval(x, unit)} 得 {Zh.N(x.Score)} 分"));
            case TemplateKind.PerPointDeduction:
            {
                var below = p.Direction == "below";
                var step = unit == "%" ? "1 个百分点" : "1" + unit;
                var threshold = p.TargetValue is { } v ? Zh.N(v) + unit : TargetLabel(p, "answer.target");
                return $"{ActualLabel(p, "answer.actual")}{(below ? "不低于" : "不超过")} {threshold} 得 {pts} 分；"
                    + $"每{(below ? "低" : "超过")} {step}扣 {Zh.N(p.PerUnit ?? 0m)} 分，扣完为止";
            }

            case TemplateKind.Checklist:
                return string.Join(" ", (p.Items ?? []).Select((x, n) =>
                    $"{(n < Circled.Length ? Circled[n] : $"({n + 1})")}{x.Label} {Zh.N(x.Points)} 分{(string.IsNullOrWhiteSpace(x.Evidence) ? "" : $"（需佐证：{x.Evidence}）")}"));
            case TemplateKind.Choice:
                return string.Join(" / ", (p.Options ?? []).Select(o => $"{o.Label} {Zh.N(o.Points)} 分"));
            case TemplateKind.PerViolationDeduction:
                return $"每发现一起问题扣 {Zh.N(p.PerUnit ?? 0m)} 分，扣完为止" + (p.Cases is { Count: > 0 } cases ? $"（{string.Join("、", cases)}）" : "");
            case TemplateKind.JudgmentRange:
                return p.Deductions is { Count: > 0 } items
                    ? $"满分 {pts} 分，发现以下情形的扣分：" + string.Join("；", items.Select(x => $"{x.Label} 扣 {(x.Min == x.Max ? Zh.N(x.Min) : $"{Zh.N(x.Min)}–{Zh.N(x.Max)}")} 分"))
                        + "；扣完为止，每项须说明理由"
                    : $"评审判定，得分在 {Zh.N(p.Min ?? 0m)}–{Zh.N(p.Max ?? indicator.Points)} 分之间；低于满分须说明理由";
            case TemplateKind.QualitativeBands:
                return string.Join("；", (p.Bands ?? [.. Engine.RowScoring.DefaultBands]).Select(b =>
                    $"{b.Id} 得分为分值的 {Zh.N(b.LowerPercent)}%–{Zh.N(b.UpperPercent)}%（{Zh.N(indicator.Points * b.LowerPercent / 100m)}–{Zh.N(indicator.Points * b.UpperPercent / 100m)} 分）"))
                    + "；低于满分须说明理由";
            case TemplateKind.IndicatorRows:
                return $"按报告绩效指标表中{Engine.RowScoring.RowFilter.Of(p).Describe()}的指标逐项评分，合计折算为 {pts} 分："
                    + "正向（≥）按 min(实际/目标, 1) × 分值；"
                    + (p.Formula == "targetOverActual" ? "反向（≤）未超过目标得满分，超过的按 目标/实际 × 分值；" : "反向（≤）未超过目标得满分，超过的按 (1 − 超出/目标) × 分值，扣完为止；")
                    + (p.Otherwise == "proportional" ? "等于（=）相等得满分，否则按 较小/较大 × 分值；" : "等于（=）相等得满分，否则 0 分；")
                    + "定性按 达成 80–100%、部分达成 60–80%、未达成 0–60% 评定";
            default:
                return $"按自定义表达式评分，满分 {pts} 分";
        }
    }

    /// <summary>
    /// The numbers of a hand-written standard that the parameters no longer contain (e.g. "× 5" after the points became 4,
    /// "≥90%" after the tier moved to 85%): empty when the text fits, or when nothing is hand-written.
    /// </summary>
    /// <param name="indicator">The indicator.</param>
    /// <exception cref="ArgumentNullException"><paramref name="indicator"/> is null.</exception>
    public static IReadOnlyList<string> StaleNumbers(IndicatorDefinition indicator)
    {
        ArgumentNullException.ThrowIfNull(indicator);
        if (string.IsNullOrWhiteSpace(indicator.Standard) || indicator.Template == TemplateKind.Advanced)
        {
            return [];
        }

        var known = Numbers(Generate(indicator)).ToHashSet();
        var p = indicator.Parameters ?? new TemplateParameters();
        foreach (var text in (p.Items ?? []).Select(x => x.Label).Concat((p.Options ?? []).Select(x => x.Label))
                     .Concat((p.Deductions ?? []).Select(x => x.Label)).Concat(p.Cases ?? []).Append(indicator.Name))
        {
            known.UnionWith(Numbers(text));
        }

        known.UnionWith([0m, 1m, 100m]); // "每超 1 个百分点", "≤100%", "扣至 0" are the standard's own wording
        return [.. Numbers(indicator.Standard).Where(n => !known.Contains(n)).Distinct().Select(Zh.N)];
    }

    private static IEnumerable<decimal> Numbers(string? text) =>
        NumberRegex().Matches(text ?? "").Select(m => decimal.Parse(m.Value, CultureInfo.InvariantCulture));

    /// <summary>A tier as people write it: ≥90%, [80%, 90%), &lt;60%, =0%.</summary>
    internal static string Interval(Tier t, string unit)
    {
        string N(decimal v) => Zh.N(v) + unit;
        return (t.Lower, t.Upper) switch
        {
            (null, null) => "任何值",
            ({ } lo, null) => (t.LowerInclusive ? "≥" : ">") + N(lo),
            (null, { } hi) => (t.UpperInclusive ? "≤" : "<") + N(hi),
            ({ } lo, { } hi) when lo == hi => "=" + N(lo),
            ({ } lo, { } hi) => $"{(t.LowerInclusive ? "[" : "(")}{N(lo)}, {N(hi)}{(t.UpperInclusive ? "]" : ")")}",
        };
    }

    private static string ActualLabel(TemplateParameters p, string fallback) =>
        !string.IsNullOrWhiteSpace(p.ActualLabel) ? p.ActualLabel.Trim() : Measures.Label(p.Actual ?? fallback);

    private static string TargetLabel(TemplateParameters p, string fallback) =>
        !string.IsNullOrWhiteSpace(p.TargetLabel) ? p.TargetLabel.Trim()
        : p.Target is not null ? Measures.Label(p.Target)
        : p.TargetValue is { } v ? Zh.N(v) + (p.Unit ?? "")
        : Measures.Label(fallback);

    [GeneratedRegex(@"\d+(\.\d+)?")]
    private static partial Regex NumberRegex();
}
