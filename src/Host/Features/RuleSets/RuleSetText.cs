namespace PerfEval.Host.Features.RuleSets;

/// <summary>Messages of the rule-set feature people read.</summary>
internal static class RuleSetText
{
    private static readonly TextResources R = new(typeof(RuleSetText));

    public static string NotFound(string id) => R.Format("NotFound", id);

    public static string DiffRuleSetVersionsRead(object? version, object? message) =>
        R.Format(nameof(DiffRuleSetVersionsRead), version, message);

    public static string CreateRuleSetDraftValidator => R[nameof(CreateRuleSetDraftValidator)];

    public static string CreateRuleSetDraftValidator2 => R[nameof(CreateRuleSetDraftValidator2)];

    public static string CreateRuleSetDraftHandle(object? f) =>
        R.Format(nameof(CreateRuleSetDraftHandle), f);

    public static string CreateRuleSetDraftHandle2 => R[nameof(CreateRuleSetDraftHandle2)];

    public static string CreateRuleSetDraftHandle3(object? id, object? version) =>
        R.Format(nameof(CreateRuleSetDraftHandle3), id, version);

    public static string UpdateRuleSetDraftValidator => R[nameof(UpdateRuleSetDraftValidator)];

    public static string UpdateRuleSetDraftValidator2 => R[nameof(UpdateRuleSetDraftValidator2)];

    public static string UpdateRuleSetDraftHandle(object? revision) =>
        R.Format(nameof(UpdateRuleSetDraftHandle), revision);

    public static string UpdateRuleSetDraftHandle2 => R[nameof(UpdateRuleSetDraftHandle2)];

    public static string PublishRuleSetVersionValidator => R[nameof(PublishRuleSetVersionValidator)];

    public static string PublishRuleSetVersionValidator2 => R[nameof(PublishRuleSetVersionValidator2)];

    public static string PublishRuleSetVersionHandle => R[nameof(PublishRuleSetVersionHandle)];

    public static string RetireRuleSetVersionHandle => R[nameof(RetireRuleSetVersionHandle)];

    public static string RuleSetEndpointsStatic => R[nameof(RuleSetEndpointsStatic)];

    public static string RuleSetEndpointsStatic2 => R[nameof(RuleSetEndpointsStatic2)];

    public static string RuleSetEndpointsStatic3 => R[nameof(RuleSetEndpointsStatic3)];

    public static string RuleSetEndpointsUpdateDraft => R[nameof(RuleSetEndpointsUpdateDraft)];

    public static string RuleSetEndpointsDiff => R[nameof(RuleSetEndpointsDiff)];

    public static string RuleSetEndpointsImpact => R[nameof(RuleSetEndpointsImpact)];

    public static string RuleSetInvalidException(object? count) =>
        R.Format(nameof(RuleSetInvalidException), count);

    public static string RuleSetInvalidExceptionTryHandleAsync => R[nameof(RuleSetInvalidExceptionTryHandleAsync)];

    public static string RuleSetStoreGetRowAsync(object? id, object? version) =>
        R.Format(nameof(RuleSetStoreGetRowAsync), id, version);

    public static string RuleSetStoreLoad(object? ruleSetId, object? version) =>
        R.Format(nameof(RuleSetStoreLoad), ruleSetId, version);

    public static string RuleSetStoreResolveAsync(object? id) =>
        R.Format(nameof(RuleSetStoreResolveAsync), id);

    public static string RuleSetStoreResolveAsync2(object? id, object? version) =>
        R.Format(nameof(RuleSetStoreResolveAsync2), id, version);

    public static string RuleSetStoreNormalise => R[nameof(RuleSetStoreNormalise)];

    public static string RuleSetStoreNormalise2 => R[nameof(RuleSetStoreNormalise2)];

    public static string RuleSetStoreNormalise3 => R[nameof(RuleSetStoreNormalise3)];

    public static string RuleSetStoreStatic => R[nameof(RuleSetStoreStatic)];
}
