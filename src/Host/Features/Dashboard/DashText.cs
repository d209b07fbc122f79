namespace PerfEval.Host.Features.Dashboard;

/// <summary>Chinese text of the dashboard.</summary>
public static class DashText
{
    public const string ByStage = "各阶段报告数";
    public const string Count = "报告数";
    public const string OverdueByUnit = "各单位逾期情况（进行中的自评任务）";
    public const string Overdue = "已逾期（任务截止或本阶段期限已过）";
    public const string Open = "未完成";
    public const string NoOpen = "没有进行中的报告。";
    public const string GradesByDepartment = "各主管部门评价等次分布";
    public const string Department = "主管部门";
    public const string Unscored = "未评分";
    public const string Average = "平均分";
    public const string Accepted = "已通过的报告";

    public static string TotalReports(int n) => $"共 {n} 份";
}
