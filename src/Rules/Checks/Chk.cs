using PerfEval.Rules.Engine;
using PerfEval.Rules.Explanations;
using PerfEval.Rules.Model;

namespace PerfEval.Rules.Checks;

/// <summary>
/// Consistency check functions callable from check rules (registered with RulesEngine via <c>ReSettings.CustomTypes</c>).
/// Each returns the findings for one check; a difference within the tolerance is a warning (rounding), above it an error.
/// Blank is not zero: a blank cell is never compared as 0 and never makes a sum wrong (a sum takes the cells written).
/// </summary>
public static partial class Chk
{
    /// <summary>Each funding row's total equals the sum of its sources.</summary>
    /// <param name="input">Input.</param>
    /// <param name="tolerance">Rounding tolerance (万元).</param>
    public static List<Finding> FundingRowSums(RubricInput input, decimal tolerance)
    {
        ArgumentNullException.ThrowIfNull(input);
        var f = new List<Finding>();
        var g = input.Report.Funding;
        foreach (var (name, label, row) in new[] { ("planned", "计划安排", g.Planned), ("arrived", "实际到位", g.Arrived), ("spent", "实际支出", g.Spent), ("balance", "结余", g.Balance) })
        {
            var anySource = row.Central ?? row.Provincial ?? row.City ?? row.County ?? row.Other;
            if (row.Total is { } total && anySource is not null)
            {
                Compare(f, "fundingRowSums", $"funding.{name}.total", total, row.SumOfSources, tolerance,
                    (w, s) => $"资金表「{label}」合计 {w} 万元，但各来源之和为 {s} 万元");
            }
        }

        return f;
    }

    /// <summary>
    /// 结余 = 实际到位 − 实际支出 (on the row totals). Skipped while 到位 or 支出 is blank; a blank 结余 is a warning asking
    /// for the figure (0 when nothing is left), never read as 0.
    /// </summary>
    /// <param name="input">Input.</param>
    /// <param name="tolerance">Rounding tolerance (万元).</param>
    public static List<Finding> FundingBalance(RubricInput input, decimal tolerance)
    {
        ArgumentNullException.ThrowIfNull(input);
        var f = new List<Finding>();
        var g = input.Report.Funding;
        if (g.Arrived.Amount is not { } arrived || g.Spent.Amount is not { } spent)
        {
            return f;
        }

        var expected = arrived - spent;
        if (g.Balance.Amount is not { } balance)
        {
            f.Add(new(FindingSeverity.Warning, "funding.balance.total",
                $"结余未填写：实际到位 {Zh.N(arrived)} − 实际支出 {Zh.N(spent)} = {Zh.N(expected)} 万元，" + (expected == 0 ? "没有结余请填 0" : $"请填写结余 {Zh.N(expected)} 万元"),
                "fundingBalance"));
            return f;
        }

        Compare(f, "fundingBalance", "funding.balance.total", balance, expected, tolerance,
            (w, s) => $"结余填 {w} 万元，但实际到位 {Zh.N(arrived)} − 实际支出 {Zh.N(spent)} = {s} 万元");
        return f;
    }

    /// <summary>支出明细 lines add up to the stated total and to the grid's 实际支出, converting 元 to 万元.</summary>
    /// <param name="input">Input.</param>
    /// <param name="tolerance">Rounding tolerance (万元).</param>
    public static List<Finding> ExpenditureTotal(RubricInput input, decimal tolerance)
    {
        ArgumentNullException.ThrowIfNull(input);
        var f = new List<Finding>();
        var t = input.Report.Expenditure;
        var withActual = t.Lines.Where(l => l.Actual is not null).ToList();
        if (withActual.Count == 0)
        {
            return f;
        }

        var unit = MoneyUnits.Label(t.Unit);
        var sum = withActual.Sum(l => l.Actual!.Value);
        if (t.StatedActualTotal is { } stated)
        {
            Compare(f, "expenditureTotal", "expenditure.statedActualTotal", stated, sum, MoneyUnitsTolerance(tolerance, t.Unit),
                (w, s) => $"支出明细合计填 {w} {unit}，但各行实际支出之和为 {s} {unit}");
        }

        if (input.Report.Funding.Spent.Amount is { } spent and not 0)
        {
            var sumWan = MoneyUnits.ToWanYuan(sum, t.Unit);
            Compare(f, "expenditureTotal", "expenditure.lines", sumWan, spent, tolerance,
                (w, s) => $"支出明细各行之和 {(t.Unit == MoneyUnit.Yuan ? $"{Zh.N(sum)} 元（= {w} 万元）" : $"{w} 万元")}与资金表实际支出 {s} 万元不符"
                    + (t.Unit == MoneyUnit.WanYuan && sum == spent * 10_000m ? "（疑似把元当作万元填写）" : ""));
        }

        return f;
    }

    private static decimal MoneyUnitsTolerance(decimal toleranceWanYuan, MoneyUnit unit) =>
        unit == MoneyUnit.Yuan ? toleranceWanYuan * 10_000m : toleranceWanYuan;

    /// <summary>Adds an error (beyond the tolerance) or a rounding warning (within it) when <paramref name="written"/> differs from <paramref name="expected"/>.</summary>
    private static void Compare(List<Finding> f, string rule, string field, decimal written, decimal expected, decimal tolerance, Func<string, string, string> message)
    {
        var diff = Math.Abs(written - expected);
        if (diff == 0)
        {
            return;
        }

        var severity = diff <= tolerance ? FindingSeverity.Warning : FindingSeverity.Error;
        var text = message(Zh.N(written), Zh.N(expected)) + $"，相差 {Zh.N(diff)}" + (severity == FindingSeverity.Warning ? "（在允差内，可能是四舍五入）" : "");
        f.Add(new(severity, field, text, rule));
    }
}
