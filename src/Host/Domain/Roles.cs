namespace PerfEval.Host.Domain;

/// <summary>The five roles of PerfEval (code names used in claims and workflow definitions).</summary>
public static class Roles
{
    public const string Preparer = nameof(Preparer);
    public const string UnitHead = nameof(UnitHead);
    public const string DepartmentReviewer = nameof(DepartmentReviewer);
    public const string FinanceReviewer = nameof(FinanceReviewer);
    public const string FinanceAdmin = nameof(FinanceAdmin);

    public static readonly IReadOnlyList<string> All = [Preparer, UnitHead, DepartmentReviewer, FinanceReviewer, FinanceAdmin];

    /// <summary>Who opens new reports (a comma list, for <c>[Authorize(Roles = …)]</c> and <c>AuthorizeView</c>).</summary>
    public const string ReportCreators = Preparer + "," + UnitHead + "," + FinanceAdmin;

    /// <summary>Who reads the dashboard (a comma list; the query declares the same roles).</summary>
    public const string DashboardReaders = FinanceAdmin + "," + FinanceReviewer + "," + DepartmentReviewer;

    /// <summary>Who may delegate their approvals (代理审批); the delegation commands declare the same roles.</summary>
    public static readonly IReadOnlyList<string> Delegators = [UnitHead, DepartmentReviewer, FinanceReviewer];

    /// <summary>Chinese label shown in the UI.</summary>
    public static string Label(string role) => role switch
    {
        Preparer => DomainText.RolesLabel,
        UnitHead => DomainText.RolesLabel2,
        DepartmentReviewer => DomainText.RolesLabel3,
        FinanceReviewer => DomainText.RolesLabel4,
        FinanceAdmin => DomainText.RolesLabel5,
        _ => role,
    };
}
