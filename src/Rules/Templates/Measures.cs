using PerfEval.Rules.Engine;
using PerfEval.Rules.Model;

namespace PerfEval.Rules.Templates;

/// <summary>
/// The vocabulary of measured values a template may use as <c>actual</c> or <c>target</c>: each name maps to an
/// expression fragment over the input model (validated like any expression), to the C# evaluation used by
/// explanations, and to the check that the report holds the value at all (blank is not zero). An editor offers
/// exactly these names.
/// </summary>
public static class Measures
{
    private delegate bool GapCheck(RubricInput input, string key, List<Gap>? into);

    private sealed record Measure(string Label, string Unit, Func<string, string> Expression, Func<RubricInput, string, decimal> Value, GapCheck Gaps);

    private static readonly Dictionary<string, Measure> All = new(StringComparer.Ordinal)
    {
        ["answer.actual"] = new("实际值", "", k => $"Fn.Actual(input, {Lit(k)})", (i, k) => Fn.Actual(i, k),
            (i, k, into) => i.Answer(k)?.Actual is null && Add(into, i.AnswerPath(k) + ".actual", "评分资料中的实际值")),
        ["answer.target"] = new("目标值", "", k => $"Fn.Target(input, {Lit(k)})", (i, k) => Fn.Target(i, k),
            (i, k, into) => i.Answer(k)?.Target is null && Add(into, i.AnswerPath(k) + ".target", "评分资料中的目标值")),
        ["funding.planned"] = Funding("计划安排资金", "planned", "input.Report.Funding.Planned.TotalOrSum", g => g.Planned),
        ["funding.arrived"] = Funding("实际到位资金", "arrived", "input.Report.Funding.Arrived.TotalOrSum", g => g.Arrived),
        ["funding.spent"] = Funding("实际支出", "spent", "input.Report.Funding.Spent.TotalOrSum", g => g.Spent),
        ["funding.balance"] = Funding("结余", "balance", "input.Report.Funding.Balance.TotalOrSum", g => g.Balance),
        ["department.staffingRate"] = new("财政供养人员控制率", "%", _ => "Fn.StaffingRate(input)", (i, _) => Fn.StaffingRate(i), (i, _, into) =>
        {
            var (actual, approved) = DepartmentMeasures.StaffingFigures(i.Report);
            var gap = !actual && Add(into, "department.staffing.summary.actualHeadcount", "人员编制表的实有人数");
            return (!approved && Add(into, "department.staffing.summary.approvedPosts", "人员编制表的编制数（须大于 0）")) || gap;
        }),
        ["department.threePublicChangeRate"] = new("\"三公经费\"变动率", "%", _ => "Fn.ThreePublicChangeRate(input)", (i, _) => Fn.ThreePublicChangeRate(i), (i, _, into) =>
        {
            var (total, _, lastYear) = DepartmentMeasures.ThreePublicFigures(i.Report);
            var gap = !total && Add(into, "department.threePublic.summary.total", "\"三公\"经费表的本年合计");
            return (!lastYear && Add(into, "department.threePublic.summary.lastYear", "\"三公\"经费表的上年实际数")) || gap;
        }),
        ["department.threePublicControlRate"] = new("\"三公经费\"控制率", "%", _ => "Fn.ThreePublicControlRate(input)", (i, _) => Fn.ThreePublicControlRate(i), (i, _, into) =>
        {
            var (total, budget, _) = DepartmentMeasures.ThreePublicFigures(i.Report);
            var gap = !total && Add(into, "department.threePublic.summary.total", "\"三公\"经费表的本年合计");
            return (!budget && Add(into, "department.threePublic.summary.budget", "\"三公\"经费表的年初预算数")) || gap;
        }),
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

    /// <summary>Whether the report lacks what the measure reads; the gaps are added to <paramref name="into"/> when given.</summary>
    internal static bool Gaps(string name, RubricInput input, string key, List<Gap>? into) =>
        All.TryGetValue(name, out var m) && m.Gaps(input, key, into);

    internal static string Lit(string s) => "\"" + s.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";

    private static Measure Funding(string label, string row, string expression, Func<FundingGrid, FundingRow> get) =>
        new(label, "万元", _ => expression, (i, _) => get(i.Report.Funding).TotalOrSum,
            (i, _, into) => get(i.Report.Funding).IsBlank && Add(into, $"funding.{row}.total", "资金表的" + label));

    private static bool Add(List<Gap>? into, string field, string what)
    {
        into?.Add(new Gap(field, what));
        return true;
    }
}

/// <summary>Something an indicator needs that the report does not hold: the field (JSON path) and what it is, in words.</summary>
/// <param name="Field">JSON path into the report.</param>
/// <param name="What">What is missing, e.g. 人员编制表的实有人数.</param>
internal sealed record Gap(string Field, string What);
