namespace PerfEval.Host.Infrastructure;

/// <summary>What a refused message tried to do, in words, and the refusal people read.</summary>
internal static class AuthorizationText
{
    private static readonly TextResources R = new(typeof(AuthorizationText));

    private static Dictionary<string, string> Actions => new(StringComparer.Ordinal)
    {
        ["CreateRuleSetDraft"] = R["Actions_CreateRuleSetDraft"],
        ["UpdateRuleSetDraft"] = R["Actions_UpdateRuleSetDraft"],
        ["PublishRuleSetVersion"] = R["Actions_PublishRuleSetVersion"],
        ["RetireRuleSetVersion"] = R["Actions_RetireRuleSetVersion"],
        ["ValidateRuleSet"] = R["Actions_ValidateRuleSet"],
        ["GetRuleSetImpact"] = R["Actions_GetRuleSetImpact"],
        ["ListRubricReports"] = R["Actions_ListRubricReports"],
        ["PublishDraftVersion"] = R["Actions_PublishDraftVersion"],
        ["PublishWorkflowVersion"] = R["Actions_PublishWorkflowVersion"],
        ["OpenRound"] = R["Actions_OpenRound"],
        ["CloseRound"] = R["Actions_CloseRound"],
        ["ChangeRoundDeadline"] = R["Actions_ChangeRoundDeadline"],
        ["GetDashboard"] = R["Actions_GetDashboard"],
        ["GetRuleSetHistory"] = R["Actions_GetRuleSetHistory"],
    };

    /// <summary>"只有财政绩效管理员可以发布规则集（您是填报人）。"</summary>
    public static string Refused(string messageName, IReadOnlyList<string> roles, UserContext user) =>
        R.Format("Refused_2", string.Join("、", roles.Select(Roles.Label)), Actions.GetValueOrDefault(messageName, R["Refused"]), user.RoleLabel);
}
