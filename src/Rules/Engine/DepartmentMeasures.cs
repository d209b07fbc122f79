using PerfEval.Rules.Model;

namespace PerfEval.Rules.Engine;

/// <summary>Rates computed from the department tables (部门整体支出); each prefers the 合计 row, else sums the rows.</summary>
internal static class DepartmentMeasures
{
    public static decimal StaffingRate(ReportDocument report)
    {
        var t = report.Department?.Staffing;
        if (t is null)
        {
            return 0m;
        }

        var actual = t.Summary?.ActualHeadcount ?? t.Rows.Sum(r => r.ActualHeadcount ?? 0);
        var approved = t.Summary?.ApprovedPosts ?? t.Rows.Sum(r => r.ApprovedPosts ?? 0);
        return approved <= 0 ? 0m : (decimal)actual * 100m / approved;
    }

    public static decimal ThreePublicChangeRate(ReportDocument report)
    {
        var (total, _, lastYear) = ThreePublic(report);
        return lastYear <= 0 ? 0m : (total - lastYear) * 100m / lastYear;
    }

    public static decimal ThreePublicControlRate(ReportDocument report)
    {
        var (total, budget, _) = ThreePublic(report);
        return budget <= 0 ? 0m : total * 100m / budget;
    }

    private static (decimal Total, decimal Budget, decimal LastYear) ThreePublic(ReportDocument report)
    {
        var t = report.Department?.ThreePublic;
        if (t is null)
        {
            return (0m, 0m, 0m);
        }

        var s = t.Summary;
        return (s?.Total ?? t.Rows.Sum(r => r.Total ?? 0m),
            s?.Budget ?? t.Rows.Sum(r => r.Budget ?? 0m),
            s?.LastYear ?? t.Rows.Sum(r => r.LastYear ?? 0m));
    }
}
