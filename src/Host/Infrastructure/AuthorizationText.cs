using PerfEval.Host.Domain;
using PerfEval.Host.Identity;

namespace PerfEval.Host.Infrastructure;

/// <summary>What a refused message tried to do, in words, and the refusal people read.</summary>
internal static class AuthorizationText
{
    private static readonly Dictionary<string, string> Actions = new(StringComparer.Ordinal)
    {
        ["CreateRuleSetDraft"] = "新建规则集草稿",
        ["UpdateRuleSetDraft"] = "修改规则集草稿",
        ["PublishRuleSetVersion"] = "发布规则集",
        ["RetireRuleSetVersion"] = "停用规则集版本",
        ["ValidateRuleSet"] = "校验规则集",
        ["GetRuleSetImpact"] = "做规则变更影响分析",
        ["ListRubricReports"] = "做规则变更影响分析",
        ["PublishDraftVersion"] = "发布审批流程",
        ["PublishWorkflowVersion"] = "发布审批流程",
        ["OpenRound"] = "发起自评任务",
        ["CloseRound"] = "关闭自评任务",
        ["ChangeRoundDeadline"] = "调整截止日期",
        ["GetDashboard"] = "查看统计分析",
        ["GetRuleSetHistory"] = "查看评分标准的版本",
    };

    /// <summary>"只有财政绩效管理员可以发布规则集（您是填报人）。"</summary>
    public static string Refused(string messageName, IReadOnlyList<string> roles, UserContext user) =>
        $"只有{string.Join("、", roles.Select(Roles.Label))}可以{Actions.GetValueOrDefault(messageName, "执行此操作")}（您是{user.RoleLabel}）。";
}
