using System.Text.RegularExpressions;
using PerfEval.Rules.Definitions;
using PerfEval.Rules.Engine;
using PerfEval.Rules.Explanations;
using PerfEval.Rules.Model;

namespace PerfEval.Rules.Checks;

/// <summary>
/// Consistency check functions callable from check rules (registered with RulesEngine via <c>ReSettings.CustomTypes</c>).
/// Each returns the findings for one check; a difference within the tolerance is a warning (rounding), above it an error.
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

    /// <summary>结余 = 实际到位 − 实际支出 (on the row totals).</summary>
    /// <param name="input">Input.</param>
    /// <param name="tolerance">Rounding tolerance (万元).</param>
    public static List<Finding> FundingBalance(RubricInput input, decimal tolerance)
    {
        ArgumentNullException.ThrowIfNull(input);
        var f = new List<Finding>();
        var g = input.Report.Funding;
        var expected = g.Arrived.TotalOrSum - g.Spent.TotalOrSum;
        Compare(f, "fundingBalance", "funding.balance.total", g.Balance.TotalOrSum, expected, tolerance,
            (w, s) => $"结余填 {w} 万元，但实际到位 {Zh.N(g.Arrived.TotalOrSum)} − 实际支出 {Zh.N(g.Spent.TotalOrSum)} = {s} 万元");
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

        var spent = input.Report.Funding.Spent.TotalOrSum;
        if (spent != 0)
        {
            var sumWan = MoneyUnits.ToWanYuan(sum, t.Unit);
            Compare(f, "expenditureTotal", "expenditure.lines", sumWan, spent, tolerance,
                (w, s) => $"支出明细各行之和 {(t.Unit == MoneyUnit.Yuan ? $"{Zh.N(sum)} 元（= {w} 万元）" : $"{w} 万元")}与资金表实际支出 {s} 万元不符"
                    + (t.Unit == MoneyUnit.WanYuan && sum == spent * 10_000m ? "（疑似把元当作万元填写）" : ""));
        }

        return f;
    }

    /// <summary>Department tables: the 合计 row equals the sum of the institution rows, column by column.</summary>
    /// <param name="input">Input.</param>
    /// <param name="tolerance">Rounding tolerance.</param>
    public static List<Finding> DepartmentSummaries(RubricInput input, decimal tolerance)
    {
        ArgumentNullException.ThrowIfNull(input);
        var f = new List<Finding>();
        var d = input.Report.Department;
        if (d is null)
        {
            return f;
        }

        Sum(f, "department.staffing", "人员编制", d.Staffing, tolerance, ("approvedPosts", "编制数", r => r.ApprovedPosts), ("actualHeadcount", "实有人数", r => r.ActualHeadcount));
        Sum(f, "department.revenue", "收入", d.Revenue, tolerance, ("total", "收入合计", r => r.Total), ("carriedOver", "上年结转", r => r.CarriedOver),
            ("generalBudget", "公共财政拨款", r => r.GeneralBudget), ("governmentFund", "政府基金拨款", r => r.GovernmentFund),
            ("specialAccountNonTax", "纳入专户管理的非税收入拨款", r => r.SpecialAccountNonTax), ("other", "其他收入", r => r.Other));
        Sum(f, "department.expenditure", "支出", d.Expenditure, tolerance, ("total", "支出合计", r => r.Total), ("basic", "基本支出", r => r.Basic),
            ("personnel", "人员支出", r => r.Personnel), ("public", "公用支出", r => r.Public), ("project", "项目支出", r => r.Project),
            ("yearBalance", "当年结余", r => r.YearBalance), ("accumulatedBalance", "累计结余", r => r.AccumulatedBalance));
        Sum(f, "department.threePublic", "\"三公\"经费", d.ThreePublic, tolerance, ("total", "合计", r => r.Total), ("reception", "公务接待费", r => r.Reception),
            ("vehicleOperation", "公务用车运行维护费", r => r.VehicleOperation), ("vehiclePurchase", "公务用车购置费", r => r.VehiclePurchase),
            ("overseasTravel", "因公出国（境）费", r => r.OverseasTravel));
        Sum(f, "department.fixedAssets", "固定资产", d.FixedAssets, tolerance, ("total", "合计", r => r.Total), ("inUse", "在用", r => r.InUse),
            ("leased", "出租", r => r.Leased), ("other", "其他", r => r.Other));

        // 基本支出 = 人员支出 + 公用支出, row by row.
        for (var i = 0; i < d.Expenditure.Rows.Count; i++)
        {
            var r = d.Expenditure.Rows[i];
            if (r.Basic is { } basic && (r.Personnel is not null || r.Public is not null))
            {
                Compare(f, "departmentSummaries", $"department.expenditure.rows[{i}].basic", basic, (r.Personnel ?? 0) + (r.Public ?? 0), tolerance,
                    (w, s) => $"{r.Institution} 基本支出 {w}，但人员支出 + 公用支出 = {s}");
            }
        }

        return f;
    }

    /// <summary>The indicator table's self-scores add up to the stated 综合得分.</summary>
    /// <param name="input">Input.</param>
    /// <param name="tolerance">Rounding tolerance (points).</param>
    public static List<Finding> IndicatorScoresTotal(RubricInput input, decimal tolerance)
    {
        ArgumentNullException.ThrowIfNull(input);
        var f = new List<Finding>();
        var r = input.Report;
        var scored = r.Indicators.Where(i => i.SelfScore is not null).ToList();
        if (scored.Count == 0 || r.StatedTotalScore is not { } stated)
        {
            return f;
        }

        Compare(f, "indicatorScoresTotal", "statedTotalScore", stated, scored.Sum(i => i.SelfScore!.Value), tolerance,
            (w, s) => $"综合得分填 {w} 分，但各指标自评得分之和为 {s} 分");
        return f;
    }

    /// <summary>The stated grade is a grade at all (优秀 counts as 优) and matches the band of the stated total.</summary>
    /// <param name="input">Input.</param>
    /// <param name="tolerance">Unused (kept for a uniform signature).</param>
    public static List<Finding> StatedGrade(RubricInput input, decimal tolerance)
    {
        ArgumentNullException.ThrowIfNull(input);
        var f = new List<Finding>();
        var r = input.Report;
        if (string.IsNullOrWhiteSpace(r.StatedGrade))
        {
            return f;
        }

        var grades = string.Join("/", input.GradeBands.Select(b => b.Grade));
        var stated = GradeBand.Parse(input.GradeBands, r.StatedGrade);
        var expected = r.StatedTotalScore is { } total ? GradeBand.Find(input.GradeBands, total) : null;
        if (stated is null)
        {
            f.Add(new(FindingSeverity.Error, "statedGrade",
                $"评价等次「{r.StatedGrade}」不是有效等次（应为 {grades}）" + (expected is null ? "" : $"，按综合得分 {Zh.N(r.StatedTotalScore!.Value)} 应为「{expected.Grade}」"),
                "statedGrade"));
        }
        else if (expected is not null && expected.Grade != stated.Grade)
        {
            f.Add(new(FindingSeverity.Error, "statedGrade",
                $"评价等次「{r.StatedGrade}」与综合得分 {Zh.N(r.StatedTotalScore!.Value)} 不符，应为「{expected.Grade}」（{Zh.N(expected.Min)}–{Zh.N(expected.Max)}）", "statedGrade"));
        }

        return f;
    }

    /// <summary>0 ≤ self-score ≤ points on every indicator row.</summary>
    /// <param name="input">Input.</param>
    /// <param name="tolerance">Unused.</param>
    public static List<Finding> SelfScoreWithinPoints(RubricInput input, decimal tolerance)
    {
        ArgumentNullException.ThrowIfNull(input);
        var f = new List<Finding>();
        var rows = input.Report.Indicators;
        for (var i = 0; i < rows.Count; i++)
        {
            if (rows[i].SelfScore is { } s && (s > rows[i].Points || s < 0))
            {
                f.Add(new(FindingSeverity.Error, $"indicators[{i}].selfScore",
                    $"「{rows[i].Level3}」自评得分 {Zh.N(s)} 超出分值范围 0–{Zh.N(rows[i].Points)}", "selfScoreWithinPoints"));
            }
        }

        return f;
    }

    /// <summary>A row scored below its points states a deviation reason.</summary>
    /// <param name="input">Input.</param>
    /// <param name="tolerance">Unused.</param>
    public static List<Finding> DeviationReason(RubricInput input, decimal tolerance)
    {
        ArgumentNullException.ThrowIfNull(input);
        var f = new List<Finding>();
        var rows = input.Report.Indicators;
        for (var i = 0; i < rows.Count; i++)
        {
            if (rows[i].SelfScore is { } s && s < rows[i].Points && string.IsNullOrWhiteSpace(rows[i].DeviationReason))
            {
                f.Add(new(FindingSeverity.Error, $"indicators[{i}].deviationReason",
                    $"「{rows[i].Level3}」自评得分 {Zh.N(s)} 低于分值 {Zh.N(rows[i].Points)}，须填写偏差原因", "deviationReason"));
            }
        }

        return f;
    }

    /// <summary>Start ≤ end, and sign-off dates not before the start.</summary>
    /// <param name="input">Input.</param>
    /// <param name="tolerance">Unused.</param>
    public static List<Finding> Dates(RubricInput input, decimal tolerance)
    {
        ArgumentNullException.ThrowIfNull(input);
        var f = new List<Finding>();
        var b = input.Report.Basic;
        if (b.StartDate is { } s && b.EndDate is { } e && s > e)
        {
            f.Add(new(FindingSeverity.Error, "basic.endDate", $"项目结束时间 {e:yyyy-MM-dd} 早于起始时间 {s:yyyy-MM-dd}", "dates"));
        }

        if (b.StartDate is { } start && b.ReportDate is { } rd && rd < start)
        {
            f.Add(new(FindingSeverity.Error, "basic.reportDate", $"报告日期 {rd:yyyy-MM-dd} 早于项目起始时间 {start:yyyy-MM-dd}", "dates"));
        }

        return f;
    }

    /// <summary>Phone numbers look like a landline (0730-8228080, 07782109280) or a mobile (13812345678).</summary>
    /// <param name="input">Input.</param>
    /// <param name="tolerance">Unused.</param>
    public static List<Finding> PhoneShape(RubricInput input, decimal tolerance)
    {
        ArgumentNullException.ThrowIfNull(input);
        var f = new List<Finding>();
        foreach (var (field, label, value) in new[] { ("basic.phone", "联系电话", input.Report.Basic.Phone), ("preparer.phone", "填报人电话", input.Report.Preparer.Phone) })
        {
            if (!string.IsNullOrWhiteSpace(value) && LocalPhoneRegex().IsMatch(value.Trim()))
            {
                f.Add(new(FindingSeverity.Warning, field, $"{label}「{value}」缺少区号", "phoneShape"));
            }
            else if (!string.IsNullOrWhiteSpace(value) && !PhoneRegex().IsMatch(value.Trim()))
            {
                f.Add(new(FindingSeverity.Error, field, $"{label}「{value}」格式不正确（应为 区号-号码 或 11 位手机号）", "phoneShape"));
            }
        }

        return f;
    }

    /// <summary>The postcode has 6 digits.</summary>
    /// <param name="input">Input.</param>
    /// <param name="tolerance">Unused.</param>
    public static List<Finding> PostcodeShape(RubricInput input, decimal tolerance)
    {
        ArgumentNullException.ThrowIfNull(input);
        var f = new List<Finding>();
        var p = input.Report.Basic.Postcode;
        if (!string.IsNullOrWhiteSpace(p) && !PostcodeRegex().IsMatch(p.Trim()))
        {
            f.Add(new(FindingSeverity.Error, "basic.postcode", $"邮编「{p}」应为 6 位数字", "postcodeShape"));
        }

        return f;
    }

    private static decimal MoneyUnitsTolerance(decimal toleranceWanYuan, MoneyUnit unit) =>
        unit == MoneyUnit.Yuan ? toleranceWanYuan * 10_000m : toleranceWanYuan;

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

    private static void Sum<TRow>(List<Finding> f, string path, string table, InstitutionTable<TRow> t, decimal tolerance,
        params (string Field, string Label, Func<TRow, decimal?> Get)[] columns) where TRow : class
    {
        if (t.Summary is null || t.Rows.Count == 0)
        {
            return;
        }

        foreach (var (field, label, get) in columns)
        {
            if (get(t.Summary) is { } stated)
            {
                Compare(f, "departmentSummaries", $"{path}.summary.{field}", stated, t.Rows.Sum(r => get(r) ?? 0m), tolerance,
                    (w, s) => $"{table}表合计行「{label}」为 {w}，但各行之和为 {s}");
            }
        }
    }

    private static void Sum<TRow>(List<Finding> f, string path, string table, InstitutionTable<TRow> t, decimal tolerance,
        params (string Field, string Label, Func<TRow, int?> Get)[] columns) where TRow : class =>
        Sum(f, path, table, t, tolerance, [.. columns.Select(c => (c.Field, c.Label, (Func<TRow, decimal?>)(r => c.Get(r))))]);

    [GeneratedRegex(@"^(0\d{2,3}-?\d{7,8}(-\d{1,6})?|1[3-9]\d{9})$")]
    private static partial Regex PhoneRegex();

    [GeneratedRegex(@"^\d{7,8}$")]
    private static partial Regex LocalPhoneRegex();

    [GeneratedRegex(@"^\d{6}$")]
    private static partial Regex PostcodeRegex();
}
