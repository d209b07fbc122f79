using System.Globalization;
using System.Text;
using PerfEval.Rules.Definitions;

namespace PerfEval.Rules.Templates;

/// <summary>Turns a template and its parameters into the RulesEngine expression of the rule's <c>OutputExpression</c>.</summary>
public static class ExpressionGenerator
{
    /// <summary>Generates the score expression of an indicator (for <see cref="TemplateKind.Advanced"/>, its raw expression).</summary>
    /// <param name="indicator">The indicator.</param>
    /// <returns>The expression.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="indicator"/> is null.</exception>
    /// <exception cref="ArgumentException">A parameter the template needs is missing (message names it).</exception>
    public static string Generate(IndicatorDefinition indicator)
    {
        ArgumentNullException.ThrowIfNull(indicator);
        var k = indicator.Key;
        var p = indicator.Parameters ?? new TemplateParameters();
        var pts = D(indicator.Points);
        switch (indicator.Template)
        {
            case TemplateKind.Ratio:
                return p.Cap == false
                    ? $"Fn.Ratio({A(p, k)}, {T(p, k)}) * {pts}"
                    : $"Math.Min(Fn.Ratio({A(p, k)}, {T(p, k)}), 1m) * {pts}";
            case TemplateKind.BudgetExecution:
                return $"Math.Min(Fn.Ratio({M(p.Actual ?? "funding.spent", k)}, {(p.Target is null && p.TargetValue is null ? M("funding.planned", k) : T(p, k))}), 1m) * {pts}";
            case TemplateKind.ReverseRatio:
            {
                var a = A(p, k);
                var t = T(p, k);
                return p.Formula == "targetOverActual"
                    ? $"{a} <= {t} ? {pts} : Fn.Ratio({t}, {a}) * {pts}"
                    : $"{a} <= {t} ? {pts} : Math.Max(0m, 1m - Fn.Ratio({a} - {t}, {t})) * {pts}";
            }

            case TemplateKind.Equal:
            {
                var a = A(p, k);
                var t = T(p, k);
                var otherwise = p.Otherwise == "proportional" ? $"Fn.Ratio(Math.Min({a}, {t}), Math.Max({a}, {t})) * {pts}" : "0m";
                return $"Math.Abs({a} - {t}) <= {D(p.Tolerance ?? 0m)} ? {pts} : {otherwise}";
            }

            case TemplateKind.Tiers:
            {
                var a = A(p, k);
                var tiers = Need(p.Tiers, "tiers", k);
                var sb = new StringBuilder();
                foreach (var tier in tiers)
                {
                    var conds = new List<string>();
                    if (tier.Lower is { } lo)
                    {
                        conds.Add($"{a} {(tier.LowerInclusive ? ">=" : ">")} {D(lo)}");
                    }

                    if (tier.Upper is { } hi)
                    {
                        conds.Add($"{a} {(tier.UpperInclusive ? "<=" : "<")} {D(hi)}");
                    }

                    sb.Append(conds.Count == 0 ? "true" : string.Join(" && ", conds)).Append(" ? ").Append(D(tier.Score)).Append(" : ");
                }

                return sb.Append("0m").ToString();
            }

            case TemplateKind.PerPointDeduction:
            {
                var a = A(p, k);
                var t = T(p, k);
                var beyond = p.Direction == "below" ? $"{t} - {a}" : $"{a} - {t}";
                return $"Math.Max(0m, {pts} - Math.Max(0m, {beyond}) * {D(Need(p.PerUnit, "perUnit", k))})";
            }

            case TemplateKind.Checklist:
                return string.Join(" + ", Need(p.Items, "items", k).Select(i => $"Fn.Item(input, {Measures.Lit(k)}, {Measures.Lit(i.Id)}, {D(i.Points)})"));
            case TemplateKind.Choice:
            {
                var sb = new StringBuilder();
                foreach (var o in Need(p.Options, "options", k))
                {
                    sb.Append($"Fn.Choice(input, {Measures.Lit(k)}) == {Measures.Lit(o.Id)} ? {D(o.Points)} : ");
                }

                return sb.Append("0m").ToString();
            }

            case TemplateKind.PerViolationDeduction:
                return $"Math.Max(0m, {pts} - Fn.Count(input, {Measures.Lit(k)}) * {D(Need(p.PerUnit, "perUnit", k))})";
            case TemplateKind.JudgmentRange:
                return p.Deductions is { Count: > 0 } items
                    ? $"Fn.Deducted(input, {Measures.Lit(k)}, {pts}, {Measures.Lit(DeductionSpec(items))})"
                    : $"Fn.Judged(input, {Measures.Lit(k)}, {D(p.Min ?? 0m)}, {D(p.Max ?? indicator.Points)})";
            case TemplateKind.QualitativeBands:
                return $"Fn.Banded(input, {Measures.Lit(k)}, {pts}, {Measures.Lit(BandSpec(p.Bands ?? [.. Engine.RowScoring.DefaultBands]))})";
            case TemplateKind.IndicatorRows:
                // Without the finer filter the expression stays as earlier versions stored it (a stored version must regenerate).
                var keywords = Measures.Lit(string.Join('|', Need(p.Keywords, "keywords", k)));
                var filter = p.MatchLevel2 == true || p.ExcludeKeywords is { Count: > 0 }
                    ? $"{(p.MatchLevel2 == true ? "true" : "false")}, {Measures.Lit(string.Join('|', p.ExcludeKeywords ?? []))}, "
                    : "";
                return $"Fn.Rows(input, {Measures.Lit(k)}, {pts}, {keywords}, {filter}"
                    + $"{Measures.Lit(p.Formula ?? "linear")}, {Measures.Lit(p.Otherwise ?? "zero")}, {D(p.Tolerance ?? 0m)})";
            case TemplateKind.Advanced:
                return string.IsNullOrWhiteSpace(indicator.Expression)
                    ? throw new ArgumentException($"{k}: 高级模板必须填写表达式")
                    : indicator.Expression.Trim();
            default:
                throw new ArgumentException($"{k}: 未知模板 {indicator.Template}");
        }
    }

    /// <summary>A decimal literal in RulesEngine syntax (e.g. <c>0.5m</c>).</summary>
    /// <param name="value">Value.</param>
    public static string D(decimal value) =>
        (value < 0 ? "(" : "") + value.ToString("0.############", CultureInfo.InvariantCulture) + "m" + (value < 0 ? ")" : "");

    internal static string DeductionSpec(IEnumerable<DeductionRange> items) =>
        string.Join(';', items.Select(i => $"{i.Id}:{i.Min.ToString(CultureInfo.InvariantCulture)}:{i.Max.ToString(CultureInfo.InvariantCulture)}"));

    internal static string BandSpec(IEnumerable<QualitativeBand> bands) =>
        string.Join(';', bands.Select(b => $"{b.Id}:{b.LowerPercent.ToString(CultureInfo.InvariantCulture)}:{b.UpperPercent.ToString(CultureInfo.InvariantCulture)}"));

    private static string A(TemplateParameters p, string key) => M(p.Actual ?? "answer.actual", key);

    private static string T(TemplateParameters p, string key) =>
        p.Target is not null ? M(p.Target, key) : p.TargetValue is { } v ? D(v) : M("answer.target", key);

    private static string M(string name, string key) =>
        Measures.IsKnown(name) ? Measures.Expression(name, key) : throw new ArgumentException($"{key}: 未知的取值项「{name}」（可用：{string.Join("、", Measures.Names)}）");

    private static T Need<T>(T? value, string name, string key) where T : class =>
        value ?? throw new ArgumentException($"{key}: 模板缺少参数 {name}");

    private static decimal Need(decimal? value, string name, string key) =>
        value ?? throw new ArgumentException($"{key}: 模板缺少参数 {name}");
}
