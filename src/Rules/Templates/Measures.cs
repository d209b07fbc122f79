using PerfEval.Rules.Engine;

namespace PerfEval.Rules.Templates;

/// <summary>
/// The vocabulary of measured values a template may use as <c>actual</c> or <c>target</c>: each name maps to an
/// expression fragment over the input model (validated like any expression) and to the C# evaluation used by
/// explanations. An editor offers exactly these names.
/// </summary>
public static class Measures
{
    private sealed record Measure(string Label, string Unit, Func<string, string> Expression, Func<RubricInput, string, decimal> Value);

    private static readonly Dictionary<string, Measure> All = new(StringComparer.Ordinal)
    {
        ["answer.actual"] = new("实际值", "", k => $"Fn.Actual(input, {Lit(k)})", (i, k) => Fn.Actual(i, k)),
        ["answer.target"] = new("目标值", "", k => $"Fn.Target(input, {Lit(k)})", (i, k) => Fn.Target(i, k)),
        ["funding.planned"] = new("计划安排资金", "万元", _ => "input.Report.Funding.Planned.TotalOrSum", (i, _) => i.Report.Funding.Planned.TotalOrSum),
        ["funding.arrived"] = new("实际到位资金", "万元", _ => "input.Report.Funding.Arrived.TotalOrSum", (i, _) => i.Report.Funding.Arrived.TotalOrSum),
        ["funding.spent"] = new("实际支出", "万元", _ => "input.Report.Funding.Spent.TotalOrSum", (i, _) => i.Report.Funding.Spent.TotalOrSum),
        ["funding.balance"] = new("结余", "万元", _ => "input.Report.Funding.Balance.TotalOrSum", (i, _) => i.Report.Funding.Balance.TotalOrSum),
        ["department.staffingRate"] = new("财政供养人员控制率", "%", _ => "Fn.StaffingRate(input)", (i, _) => Fn.StaffingRate(i)),
        ["department.threePublicChangeRate"] = new("\"三公经费\"变动率", "%", _ => "Fn.ThreePublicChangeRate(input)", (i, _) => Fn.ThreePublicChangeRate(i)),
        ["department.threePublicControlRate"] = new("\"三公经费\"控制率", "%", _ => "Fn.ThreePublicControlRate(input)", (i, _) => Fn.ThreePublicControlRate(i)),
    };

    /// <summary>The measure names, for an editor's drop-down.</summary>
    public static IReadOnlyCollection<string> Names => All.Keys;

    /// <summary>Whether <paramref name="name"/> is a known measure.</summary>
    /// <param name="name">Measure name.</param>
    public static bool IsKnown(string? name) => name is not null && All.ContainsKey(name);

    /// <summary>The Chinese label of a measure (e.g. 实际到位资金).</summary>
    /// <param name="name">Measure name.</param>
    public static string Label(string name) => All.TryGetValue(name, out var m) ? m.Label : name;

    /// <summary>The unit of a measure (万元, %), or "" when it comes from the answer.</summary>
    /// <param name="name">Measure name.</param>
    public static string Unit(string name) => All.TryGetValue(name, out var m) ? m.Unit : "";

    /// <summary>The expression fragment of a measure for an indicator.</summary>
    /// <param name="name">Measure name.</param>
    /// <param name="key">Indicator key.</param>
    /// <exception cref="ArgumentException">Unknown measure.</exception>
    public static string Expression(string name, string key) =>
        All.TryGetValue(name, out var m) ? m.Expression(key) : throw new ArgumentException($"未知的取值项「{name}」", nameof(name));

    internal static decimal Value(string name, RubricInput input, string key) => All[name].Value(input, key);

    internal static string Lit(string s) => "\"" + s.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";
}
