using PerfEval.Rules.Definitions;
using PerfEval.Rules.Engine;
using PerfEval.Rules.Loading;
using PerfEval.Rules.Model;

namespace PerfEval.Rules.Checks;

/// <summary>Runs a consistency rule set (数据校验) on a report: errors block submission, warnings are shown on save.</summary>
public static class ConsistencyChecker
{
    /// <summary>Runs every check of <paramref name="checks"/> (compiled delegates) and returns the findings in rule order.</summary>
    /// <param name="checks">A loaded rule set of kind <see cref="RubricKind.Checks"/>.</param>
    /// <param name="report">The report.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="checks"/> is a scoring rubric.</exception>
    /// <exception cref="RuleEvaluationException">A check failed at run time.</exception>
    public static IReadOnlyList<Finding> Check(LoadedRuleSet checks, ReportDocument report)
    {
        ArgumentNullException.ThrowIfNull(checks);
        ArgumentNullException.ThrowIfNull(report);
        if (checks.Kind != RubricKind.Checks)
        {
            throw new ArgumentException($"规则集 {checks.Id} 不是校验规则集", nameof(checks));
        }

        var input = new RubricInput(report) { GradeBands = checks.Definition.GradeBands };
        var args = new object[] { input };
        var findings = new List<Finding>();
        foreach (var rule in checks.Checks)
        {
            try
            {
                findings.AddRange(rule.Findings!(args).Select(f => f with { Rule = rule.Key }));
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                throw new RuleEvaluationException(rule.Key, ex.GetBaseException().Message);
            }
        }

        return findings;
    }
}
