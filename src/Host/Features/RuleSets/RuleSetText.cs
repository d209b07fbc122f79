namespace PerfEval.Host.Features.RuleSets;

/// <summary>Messages of the rule-set feature people read.</summary>
internal static class RuleSetText
{
    public static string NotFound(string id) => $"规则集 {id} 不存在。";
}
