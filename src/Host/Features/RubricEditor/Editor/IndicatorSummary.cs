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
            TemplateKind.Tiers => string.Join("；", (p.Tiers ?? []).Select(t => RubricText.FormatIndicatorSummaryDescribe(t, N(t.Score)))),
            TemplateKind.Checklist => string.Join("；", (p.Items ?? []).Select(x => RubricText.FormatIndicatorSummaryDescribe2(x.Label, N(x.Points)))),
            TemplateKind.Choice => string.Join("；", (p.Options ?? []).Select(x => RubricText.FormatIndicatorSummaryDescribe3(x.Label, N(x.Points)))),
            TemplateKind.JudgmentRange when p.Deductions is { Count: > 0 } d => string.Join("；", d.Select(x => RubricText.FormatIndicatorSummaryDescribe4(x.Label, N(x.Min), N(x.Max)))),
            TemplateKind.JudgmentRange => RubricText.FormatIndicatorSummaryDescribe5(N(p.Min ?? 0), N(p.Max ?? i.Points)),
            TemplateKind.QualitativeBands => string.Join("；", (p.Bands ?? []).Select(b => $"{b.Id} {N(b.LowerPercent)}–{N(b.UpperPercent)}%")),
            TemplateKind.PerViolationDeduction => RubricText.FormatIndicatorSummaryDescribe6(N(p.PerUnit ?? 0)),
            TemplateKind.PerPointDeduction => RubricText.FormatIndicatorSummaryDescribe7(Measure(p.Actual), (p.Direction == "above" ? RubricText.Above : RubricText.Below), Target(p), N(p.PerUnit ?? 0)),
            TemplateKind.Ratio or TemplateKind.ReverseRatio or TemplateKind.Equal or TemplateKind.BudgetExecution =>
                $"{Measure(p.Actual)} / {Target(p)}" + (p.Tolerance is { } tol ? RubricText.FormatIndicatorSummaryDescribe8(N(tol)) : ""),
            TemplateKind.Advanced => i.Expression ?? "",
            _ => "",
        };
        return RubricText.FormatIndicatorSummaryDescribe9(i.Name, N(i.Points), RubricText.TemplateLabel(i.Template)) + (detail.Length > 0 ? $"：{detail}" : "");
    }

    public static string Describe(IndicatorGroup g)
    {
        ArgumentNullException.ThrowIfNull(g);
        return RubricText.FormatIndicatorSummaryDescribe10(g.Name, N(g.Points));
    }

    private static string Measure(string? name) => name is null ? "—" : Measures.Label(name);

    private static string Target(TemplateParameters p) => p.Target is not null ? Measure(p.Target) : p.TargetValue is { } v ? N(v) : "—";

    private static string N(decimal d) => d.ToString("0.##", CultureInfo.InvariantCulture);
}
