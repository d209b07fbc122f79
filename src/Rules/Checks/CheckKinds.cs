using PerfEval.Rules.Definitions;
using PerfEval.Rules.Templates;

namespace PerfEval.Rules.Checks;

/// <summary>The vocabulary of consistency checks a check rule set may use; each maps to a <see cref="Chk"/> function.</summary>
public static class CheckKinds
{
    private static readonly Dictionary<string, (string Method, string Label)> All = new(StringComparer.Ordinal)
    {
        ["fundingRowSums"] = ("FundingRowSums", "资金表各行合计 = 各来源之和"),
        ["fundingBalance"] = ("FundingBalance", "结余 = 实际到位 − 实际支出"),
        ["expenditureTotal"] = ("ExpenditureTotal", "支出明细合计 = 实际支出（元/万元换算）"),
        ["departmentSummaries"] = ("DepartmentSummaries", "部门表合计行 = 各行之和"),
        ["departmentRowTotals"] = ("DepartmentRowTotals", "部门表每行合计 = 其各项之和"),
        ["indicatorScoresTotal"] = ("IndicatorScoresTotal", "各指标自评得分之和 = 综合得分"),
        ["statedGrade"] = ("StatedGrade", "评价等次是有效等次且与综合得分相符"),
        ["selfScoreWithinPoints"] = ("SelfScoreWithinPoints", "自评得分不超过分值"),
        ["deviationReason"] = ("DeviationReason", "得分低于分值时须说明偏差原因"),
        ["dates"] = ("Dates", "日期有效（起始 ≤ 结束）"),
        ["phoneShape"] = ("PhoneShape", "联系电话格式"),
        ["postcodeShape"] = ("PostcodeShape", "邮编为 6 位数字"),
        ["narrativeDates"] = ("NarrativeDates", "综述中的日期真实存在"),
        ["narrativeAmounts"] = ("NarrativeAmounts", "综述中引用的金额与表格一致"),
    };

    /// <summary>The check names, for an editor.</summary>
    public static IReadOnlyCollection<string> Names => All.Keys;

    /// <summary>Whether <paramref name="name"/> is a known check.</summary>
    /// <param name="name">Check name.</param>
    public static bool IsKnown(string? name) => name is not null && All.ContainsKey(name);

    /// <summary>Chinese description of a check.</summary>
    /// <param name="name">Check name.</param>
    public static string Label(string name) => All.TryGetValue(name, out var v) ? v.Label : name;

    /// <summary>The RulesEngine expression of a check rule.</summary>
    /// <param name="check">The check.</param>
    /// <exception cref="ArgumentException">Unknown check name.</exception>
    public static string Expression(CheckDefinition check)
    {
        ArgumentNullException.ThrowIfNull(check);
        return All.TryGetValue(check.Check, out var v)
            ? $"Chk.{v.Method}(input, {ExpressionGenerator.D(check.Tolerance)})"
            : throw new ArgumentException($"{check.Key}: 未知的校验项「{check.Check}」（可用：{string.Join("、", All.Keys)}）");
    }
}
