namespace PerfEval.Workflows.Definitions;

/// <summary>The Chinese words the workflow shows to people (role and org-level names, reasons).</summary>
public static class WorkflowTexts
{
    /// <summary>Chinese name of a role code; the code itself when unknown.</summary>
    /// <param name="role">Role code, e.g. <c>UnitHead</c>.</param>
    public static string RoleLabel(string? role) => role switch
    {
        "Preparer" => "填报人",
        "UnitHead" => "单位负责人",
        "DepartmentReviewer" => "主管部门审核人",
        "FinanceReviewer" => "财政审核人",
        "FinanceAdmin" => "财政绩效管理员",
        null or "" => "（未指定角色）",
        _ => role,
    };

    /// <summary>Chinese name of an org level relative to the report.</summary>
    /// <param name="level">The level.</param>
    public static string OrgLevelLabel(OrgLevel level) => level switch
    {
        OrgLevel.ReportUnit => "报告所属单位",
        OrgLevel.SupervisingDepartment => "主管部门",
        OrgLevel.FinanceBureau => "财政局",
        _ => level.ToString(),
    };

    /// <summary>Chinese name of a sign-off box.</summary>
    /// <param name="field">The box.</param>
    public static string SignOffLabel(SignOffField field) => field switch
    {
        SignOffField.Unit => "项目单位意见",
        SignOffField.Department => "主管部门意见",
        SignOffField.Finance => "财政部门意见",
        _ => "",
    };
}
