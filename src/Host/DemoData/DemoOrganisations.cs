namespace PerfEval.Host.DemoData;

/// <summary>The fixed demo organisations and users of DESIGN.md.</summary>
public static class DemoOrganisations
{
    public sealed record Org(string Code, string Name, OrgKind Kind, string? Parent);

    public sealed record User(string UserName, string DisplayName, string Role, string OrgCode);

    public static readonly IReadOnlyList<Org> Orgs =
    [
        new("FIN", "示范市财政局", OrgKind.FinanceBureau, null),
        new("DEPT-HRSS", "示范市人力资源和社会保障局", OrgKind.SupervisingDepartment, "FIN"),
        new("DEPT-GOVSVC", "示范市行政审批服务局", OrgKind.SupervisingDepartment, "FIN"),
        new("UNIT-SI", "示范市社会保险事业管理中心", OrgKind.BudgetUnit, "DEPT-HRSS"),
        new("UNIT-IT", "示范市人社信息服务中心", OrgKind.BudgetUnit, "DEPT-HRSS"),
        new("UNIT-GS", "示范市政务服务中心", OrgKind.BudgetUnit, "DEPT-GOVSVC"),
    ];

    public static readonly IReadOnlyList<User> Users =
    [
        new("preparer", "张填报", Roles.Preparer, "UNIT-SI"),
        new("unithead", "李主任", Roles.UnitHead, "UNIT-SI"),
        new("deptreviewer", "王科长", Roles.DepartmentReviewer, "DEPT-HRSS"),
        new("financereviewer", "赵审核", Roles.FinanceReviewer, "FIN"),
        new("financeadmin", "陈管理", Roles.FinanceAdmin, "FIN"),
        new("preparer-gs", "刘填报", Roles.Preparer, "UNIT-GS"),
        new("dept-preparer", "孙填报", Roles.Preparer, "DEPT-HRSS"),
        new("dept-head", "周局长", Roles.UnitHead, "DEPT-HRSS"),
    ];

    /// <summary>The department whose department-overall draft sits in the open demo department round, and its title.</summary>
    public static readonly (string OrgCode, string Title) CurrentDepartmentReport = ("DEPT-HRSS", "示范市人力资源和社会保障局部门整体支出");

    /// <summary>Seed report files (under samples/seeds) and the unit that owns each.</summary>
    public static readonly IReadOnlyList<(string File, string OrgCode)> SeedReports =
    [
        ("yueyanglou-2017-project-network-platform.json", "UNIT-IT"),
        ("changan-2019-project-online-service.json", "UNIT-SI"),
        ("hechi-2020-project-network-maintenance.json", "UNIT-SI"),
    ];

    /// <summary>The empty project of each unit in the open demo round.</summary>
    public static readonly IReadOnlyList<(string OrgCode, string Project)> CurrentProjects =
    [
        ("UNIT-SI", "社会保险经办服务能力提升项目"),
        ("UNIT-IT", "人社信息系统运行维护项目"),
        ("UNIT-GS", "政务服务大厅运行保障项目"),
    ];
}
