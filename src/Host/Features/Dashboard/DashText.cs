namespace PerfEval.Host.Features.Dashboard;

/// <summary>Chinese text of the dashboard.</summary>
public static class DashText
{
    private static readonly TextResources R = new(typeof(DashText));

    public static string ByStage => R[nameof(ByStage)];
    public static string Count => R[nameof(Count)];
    public static string OverdueByUnit => R[nameof(OverdueByUnit)];
    public static string Overdue => R[nameof(Overdue)];
    public static string Open => R[nameof(Open)];
    public static string NoOpen => R[nameof(NoOpen)];
    public static string GradesByDepartment => R[nameof(GradesByDepartment)];
    public static string Department => R[nameof(Department)];
    public static string Unscored => R[nameof(Unscored)];
    public static string Average => R[nameof(Average)];
    public static string Accepted => R[nameof(Accepted)];

    public static string TotalReports(int n) => R.Format("TotalReports", n);

    public static string GradeExcellent => R[nameof(GradeExcellent)];
    public static string GradeGood => R[nameof(GradeGood)];
    public static string GradeFair => R[nameof(GradeFair)];
    public static string GradePoor => R[nameof(GradePoor)];
}
