namespace PerfEval.Host.Infrastructure;

/// <summary>What a refused message tried to do, in words, and the refusal people read.</summary>
internal static partial class AuthorizationText
{
    private static Dictionary<string, string> Actions => new(StringComparer.Ordinal)
    {
        ["CreateRuleSetDraft"] = Actions_CreateRuleSetDraft,
        ["UpdateRuleSetDraft"] = Actions_UpdateRuleSetDraft,
        ["PublishRuleSetVersion"] = Actions_PublishRuleSetVersion,
        ["RetireRuleSetVersion"] = Actions_RetireRuleSetVersion,
        ["ValidateRuleSet"] = Actions_ValidateRuleSet,
        ["GetRuleSetImpact"] = Actions_GetRuleSetImpact,
        ["ListRubricReports"] = Actions_ListRubricReports,
        ["PublishDraftVersion"] = Actions_PublishDraftVersion,
        ["PublishWorkflowVersion"] = Actions_PublishWorkflowVersion,
        ["OpenRound"] = Actions_OpenRound,
        ["CloseRound"] = Actions_CloseRound,
        ["ChangeRoundDeadline"] = Actions_ChangeRoundDeadline,
        ["GetDashboard"] = Actions_GetDashboard,
        ["GetRuleSetHistory"] = Actions_GetRuleSetHistory,
    };

    /// <summary>"只有财政绩效管理员可以发布规则集（您是填报人）。"</summary>
    public static string Refused(string messageName, IReadOnlyList<string> roles, UserContext user) =>
        FormatRefused_2(string.Join("、", roles.Select(Roles.Label)), Actions.GetValueOrDefault(messageName, RefusedTemplate), user.RoleLabel);
}
