using PerfEval.Rules.Model;

namespace PerfEval.Rules.Engine;

/// <summary>
/// Rates computed from the department tables (部门整体支出). Each figure prefers the 合计 row, else sums the filled
/// institution rows; a figure nobody wrote is <c>null</c> (blank is not zero), and a rate needing it is <c>null</c> too.
/// </summary>
internal static class DepartmentMeasures
{
    /// <summary>在职人数 / 编制数 × 100; null without both figures or with 0 approved posts.</summary>
    public static decimal? StaffingRate(ReportDocument report)
    {
        var t = report.Department?.Staffing;
        if (t is null || Figure(t, r => r.ActualHeadcount) is not { } actual || Figure(t, r => r.ApprovedPosts) is not { } approved || approved <= 0)
        {
            return null;
        }

        return actual * 100m / approved;
    }

    /// <summary>
    /// (本年 − 上年) / 上年 × 100; null without both figures. A department that spent nothing last year and something
    /// this year counts as a 100 % increase (the rate itself is undefined); nothing in both years is 0 %.
    /// </summary>
    public static decimal? ThreePublicChangeRate(ReportDocument report)
    {
        var t = report.Department?.ThreePublic;
        if (t is null || Figure(t, r => r.Total) is not { } total || Figure(t, r => r.LastYear) is not { } lastYear)
        {
            return null;
        }

        return lastYear > 0 ? (total - lastYear) * 100m / lastYear : total > 0 ? 100m : 0m;
    }

    /// <summary>
    /// 实际 / 预算 × 100; null without both figures. Spending without a budget counts as 200 % (over by the whole
    /// budget and more); nothing spent and nothing budgeted is 0 %.
    /// </summary>
    public static decimal? ThreePublicControlRate(ReportDocument report)
    {
        var t = report.Department?.ThreePublic;
        if (t is null || Figure(t, r => r.Total) is not { } total || Figure(t, r => r.Budget) is not { } budget)
        {
            return null;
        }

        return budget > 0 ? total * 100m / budget : total > 0 ? 200m : 0m;
    }

    /// <summary>Whether the staffing table has both figures the rate needs (for the not-assessable message).</summary>
    public static (bool Actual, bool Approved) StaffingFigures(ReportDocument report)
    {
        var t = report.Department?.Staffing;
        return t is null ? (false, false) : (Figure(t, r => r.ActualHeadcount) is not null, Figure(t, r => r.ApprovedPosts) is { } a && a > 0);
    }

    /// <summary>Whether the 三公 table has the current total, the budget and last year's figure.</summary>
    public static (bool Total, bool Budget, bool LastYear) ThreePublicFigures(ReportDocument report)
    {
        var t = report.Department?.ThreePublic;
        return t is null ? (false, false, false)
            : (Figure(t, r => r.Total) is not null, Figure(t, r => r.Budget) is not null, Figure(t, r => r.LastYear) is not null);
    }

    /// <summary>The 合计 row's figure, else the sum of the rows that have one, else null.</summary>
    private static decimal? Figure<TRow>(InstitutionTable<TRow> table, Func<TRow, decimal?> get) where TRow : class
    {
        if (table.Summary is { } s && get(s) is { } stated)
        {
            return stated;
        }

        decimal? sum = null;
        foreach (var row in table.Rows)
        {
            if (row is not null && get(row) is { } v)
            {
                sum = (sum ?? 0m) + v;
            }
        }

        return sum;
    }

    private static decimal? Figure<TRow>(InstitutionTable<TRow> table, Func<TRow, int?> get) where TRow : class =>
        Figure(table, r => get(r) is { } v ? (decimal?)v : null);
}
