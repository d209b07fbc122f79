using PerfEval.Host.Infrastructure;

namespace PerfEval.Host.Features.RuleSets;

/// <summary>Messages of the rule-set feature people read.</summary>
internal static class RuleSetText
{
    private static readonly TextResources R = new(typeof(RuleSetText));

    public static string NotFound(string id) => R.Format("NotFound", id);
}
