using System.Globalization;
using PerfEval.Rules.Definitions;
using PerfEval.Rules.Templates;

namespace PerfEval.Host.Features.RubricEditor.Editor;

/// <summary>A one-line Chinese description of an indicator's scoring (for the side-by-side version diff).</summary>
public static class IndicatorSummary
{
    public static string Describe(IndicatorDefinition i)
    {
        ArgumentNullException.ThrowIfNull(i);
        var p = i.Parameters;
        var detail = i.Template switch
        {
            TemplateKind.Tiers => string.Join("；", (p.Tiers ?? []).Select(t => $"{t} {N(t.Score)} 分")),
            TemplateKind.Checklist => string.Join("；", (p.Items ?? []).Select(x => $"{x.Label} {N(x.Points)} 分")),
            TemplateKind.Choice => string.Join("；", (p.Options ?? []).Select(x => $"{x.Label} {N(x.Points)} 分")),
            TemplateKind.JudgmentRange when p.Deductions is { Count: > 0 } d => string.Join("；", d.Select(x => $"{x.Label} 扣 {N(x.Min)}–{N(x.Max)}")),
            TemplateKind.JudgmentRange => $"评审给分 {N(p.Min ?? 0)}–{N(p.Max ?? i.Points)}",
            TemplateKind.QualitativeBands => string.Join("；", (p.Bands ?? []).Select(b => $"{b.Id} {N(b.LowerPercent)}–{N(b.UpperPercent)}%")),
            TemplateKind.PerViolationDeduction => $"每次扣 {N(p.PerUnit ?? 0)} 分",
            TemplateKind.PerPointDeduction => $"{Measure(p.Actual)} {(p.Direction == "above" ? "高于" : "低于")} {Target(p)} 每单位扣 {N(p.PerUnit ?? 0)} 分",
            TemplateKind.Ratio or TemplateKind.ReverseRatio or TemplateKind.Equal or TemplateKind.BudgetExecution =>
                $"{Measure(p.Actual)} / {Target(p)}" + (p.Tolerance is { } tol ? $"，允差 {N(tol)}" : ""),
            TemplateKind.Advanced => i.Expression ?? "",
            _ => "",
        };
        return $"{i.Name} {N(i.Points)} 分 · {RubricText.TemplateLabel(i.Template)}" + (detail.Length > 0 ? $"：{detail}" : "");
    }

    public static string Describe(IndicatorGroup g)
    {
        ArgumentNullException.ThrowIfNull(g);
        return $"{g.Name} {N(g.Points)} 分";
    }

    private static string Measure(string? name) => name is null ? "—" : Measures.Label(name);

    private static string Target(TemplateParameters p) => p.Target is not null ? Measure(p.Target) : p.TargetValue is { } v ? N(v) : "—";

    private static string N(decimal d) => d.ToString("0.##", CultureInfo.InvariantCulture);
}
