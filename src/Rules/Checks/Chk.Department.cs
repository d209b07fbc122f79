using PerfEval.Rules.Engine;
using PerfEval.Rules.Model;

namespace PerfEval.Rules.Checks;

/// <summary>
/// Checks of the department tables (部门整体支出). Blank template rows (局机关 / 二级机构 left empty while only the 汇总 row is
/// filled) are skipped, and a sum takes the cells that are written: a blank never makes a sum wrong.
/// </summary>
public static partial class Chk
{
    private sealed record Column<TRow>(string Field, string Label, Func<TRow, decimal?> Get);

    private static readonly Column<StaffingRow>[] StaffingColumns =
    [
        new("approvedPosts", "编制数", r => r.ApprovedPosts), new("actualHeadcount", "实有人数", r => r.ActualHeadcount),
    ];

    private static readonly Column<RevenueRow>[] RevenueColumns =
    [
        new("total", "收入合计", r => r.Total), new("carriedOver", "上年结转", r => r.CarriedOver), new("generalBudget", "公共财政拨款", r => r.GeneralBudget),
        new("governmentFund", "政府性基金拨款", r => r.GovernmentFund), new("specialAccountNonTax", "纳入专户管理的非税收入拨款", r => r.SpecialAccountNonTax),
        new("other", "其他收入", r => r.Other),
    ];

    private static readonly Column<DepartmentExpenditureRow>[] ExpenditureColumns =
    [
        new("total", "支出合计", r => r.Total), new("basic", "基本支出", r => r.Basic), new("personnel", "人员支出", r => r.Personnel),
        new("public", "公用支出", r => r.Public), new("project", "项目支出", r => r.Project), new("yearBalance", "当年结余", r => r.YearBalance),
        new("accumulatedBalance", "累计结余", r => r.AccumulatedBalance),
    ];

    private static readonly Column<ThreePublicRow>[] ThreePublicColumns =
    [
        new("total", "合计", r => r.Total), new("reception", "公务接待费", r => r.Reception), new("vehicleOperation", "公务用车运行维护费", r => r.VehicleOperation),
        new("vehiclePurchase", "公务用车购置费", r => r.VehiclePurchase), new("overseasTravel", "因公出国（境）费", r => r.OverseasTravel),
        new("budget", "年初预算数", r => r.Budget), new("lastYear", "上年实际数", r => r.LastYear),
    ];

    private static readonly Column<FixedAssetRow>[] FixedAssetColumns =
    [
        new("total", "合计", r => r.Total), new("inUse", "在用", r => r.InUse), new("leased", "出租", r => r.Leased), new("other", "其他", r => r.Other),
    ];

    /// <summary>Department tables: the 合计 (汇总) row equals the sum of the institution rows that are filled, column by column.</summary>
    /// <param name="input">Input.</param>
    /// <param name="tolerance">Rounding tolerance.</param>
    public static List<Finding> DepartmentSummaries(RubricInput input, decimal tolerance)
    {
        ArgumentNullException.ThrowIfNull(input);
        var f = new List<Finding>();
        if (input.Report.Department is not { } d)
        {
            return f;
        }

        ColumnSums(f, "department.staffing", "人员编制", d.Staffing, tolerance, StaffingColumns);
        ColumnSums(f, "department.revenue", "收入", d.Revenue, tolerance, RevenueColumns);
        ColumnSums(f, "department.expenditure", "支出", d.Expenditure, tolerance, ExpenditureColumns);
        ColumnSums(f, "department.threePublic", "\"三公\"经费", d.ThreePublic, tolerance, ThreePublicColumns);
        ColumnSums(f, "department.fixedAssets", "固定资产", d.FixedAssets, tolerance, FixedAssetColumns);
        return f;
    }

    /// <summary>
    /// Department tables: within each row (the 合计 row included) the total equals its parts — 收入合计 = 上年结转 + 公共财政拨款 +
    /// 政府性基金拨款 + 纳入专户管理的非税收入拨款 + 其他收入; 支出合计 = 基本支出 + 项目支出; 基本支出 = 人员支出 + 公用支出;
    /// "三公"经费合计 = its four items; 固定资产合计 = 在用 + 出租 + 其他.
    /// </summary>
    /// <param name="input">Input.</param>
    /// <param name="tolerance">Rounding tolerance.</param>
    public static List<Finding> DepartmentRowTotals(RubricInput input, decimal tolerance)
    {
        ArgumentNullException.ThrowIfNull(input);
        var f = new List<Finding>();
        if (input.Report.Department is not { } d)
        {
            return f;
        }

        RowTotals(f, "department.revenue", "收入", d.Revenue, tolerance, r => r.Institution, RevenueColumns[0], RevenueColumns[1..]);
        RowTotals(f, "department.expenditure", "支出", d.Expenditure, tolerance, r => r.Institution, ExpenditureColumns[0], [ExpenditureColumns[1], ExpenditureColumns[4]]);
        RowTotals(f, "department.expenditure", "支出", d.Expenditure, tolerance, r => r.Institution, ExpenditureColumns[1], ExpenditureColumns[2..4]);
        RowTotals(f, "department.threePublic", "\"三公\"经费", d.ThreePublic, tolerance, r => r.Institution, ThreePublicColumns[0], ThreePublicColumns[1..5]);
        RowTotals(f, "department.fixedAssets", "固定资产", d.FixedAssets, tolerance, r => r.Institution, FixedAssetColumns[0], FixedAssetColumns[1..]);
        return f;
    }

    private static void ColumnSums<TRow>(List<Finding> f, string path, string table, InstitutionTable<TRow> t, decimal tolerance,
        IReadOnlyList<Column<TRow>> columns) where TRow : class
    {
        if (t.Summary is not { } summary)
        {
            return;
        }

        var filled = t.Rows.Where(r => r is not null && columns.Any(c => c.Get(r) is not null)).ToList();
        foreach (var c in columns)
        {
            if (c.Get(summary) is not { } stated)
            {
                continue;
            }

            var (sum, blank) = SumWritten(filled, c.Get);
            if (sum is { } s)
            {
                Compare(f, "departmentSummaries", $"{path}.summary.{c.Field}", stated, s, tolerance,
                    (w, x) => $"{table}表合计行「{c.Label}」为 {w}，但各行之和为 {x}" + (blank > 0 ? $"（{blank} 行未填写此项，未计入）" : ""));
            }
        }
    }

    private static void RowTotals<TRow>(List<Finding> f, string path, string table, InstitutionTable<TRow> t, decimal tolerance,
        Func<TRow, string> name, Column<TRow> total, IReadOnlyList<Column<TRow>> parts) where TRow : class
    {
        for (var i = 0; i < t.Rows.Count; i++)
        {
            if (t.Rows[i] is { } row)
            {
                RowTotal(f, $"{path}.rows[{i}]", table, row, name(row), tolerance, total, parts);
            }
        }

        if (t.Summary is { } summary)
        {
            RowTotal(f, $"{path}.summary", table, summary, string.IsNullOrWhiteSpace(name(summary)) ? "合计" : name(summary), tolerance, total, parts);
        }
    }

    private static void RowTotal<TRow>(List<Finding> f, string path, string table, TRow row, string name, decimal tolerance,
        Column<TRow> total, IReadOnlyList<Column<TRow>> parts)
    {
        if (total.Get(row) is not { } stated)
        {
            return;
        }

        decimal? sum = null;
        var unwritten = new List<string>();
        foreach (var p in parts)
        {
            if (p.Get(row) is { } v)
            {
                sum = (sum ?? 0m) + v;
            }
            else
            {
                unwritten.Add(p.Label);
            }
        }

        if (sum is { } s)
        {
            Compare(f, "departmentRowTotals", $"{path}.{total.Field}", stated, s, tolerance,
                (w, x) => $"{table}表「{name}」行{total.Label} {w}，但{string.Join(" + ", parts.Select(p => p.Label))} = {x}"
                    + (unwritten.Count > 0 ? $"（未填写的{string.Join("、", unwritten)}未计入）" : ""));
        }
    }

    /// <summary>The sum of the cells written in <paramref name="rows"/> (null when none is) and how many rows leave the cell blank.</summary>
    private static (decimal? Sum, int Blank) SumWritten<TRow>(IEnumerable<TRow> rows, Func<TRow, decimal?> get)
    {
        decimal? sum = null;
        var blank = 0;
        foreach (var r in rows)
        {
            if (get(r) is { } v)
            {
                sum = (sum ?? 0m) + v;
            }
            else
            {
                blank++;
            }
        }

        return (sum, blank);
    }
}
