using PerfEval.Host.Domain;

namespace PerfEval.Host.Components.Data;

/// <summary>Which stage a role acts on in the shipped ladder, and how the inbox words the pending action.</summary>
public static class InboxRules
{
    public static string? StageFor(string role) => role switch
    {
        Roles.Preparer => ReportStages.Draft,
        Roles.UnitHead => ReportStages.UnitSignOff,
        Roles.DepartmentReviewer => ReportStages.DepartmentApproval,
        Roles.FinanceReviewer => ReportStages.FinanceReview,
        _ => null,
    };

    public static string ActionFor(string stage) => stage switch
    {
        ReportStages.Draft => "填写并提交",
        ReportStages.UnitSignOff => "单位签署",
        ReportStages.DepartmentApproval => "主管部门审批",
        ReportStages.FinanceReview => "财政审核",
        ReportStages.Accepted => "已完成",
        _ => ReportStages.Label(stage),
    };
}
