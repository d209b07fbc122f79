using PerfEval.Rules.Loading;
using PerfEval.Rules.Model;

namespace PerfEval.Rules.Engine;

/// <summary>
/// The batch path: runs each rule's expression as the delegate compiled once at load by RulesEngine's own
/// <c>RuleExpressionParser</c>, skipping RulesEngine's per-call result trees and action dispatch.
/// Gives exactly the results of <see cref="RubricScorer"/> (tested on generated reports).
/// </summary>
public static class FastScorer
{
    /// <summary>Scores <paramref name="report"/> with <paramref name="ruleSet"/>.</summary>
    /// <param name="ruleSet">A loaded scoring rule set.</param>
    /// <param name="report">The report.</param>
    /// <param name="options">Optional level-1 weight overrides.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The rule set is not a scoring rubric, or the weights are invalid.</exception>
    /// <exception cref="RuleEvaluationException">A rule failed at run time.</exception>
    public static ScoreResult Score(LoadedRuleSet ruleSet, ReportDocument report, ScoreOptions? options = null)
    {
        ResultBuilder.Guard(ruleSet, report, options);
        var factors = ResultBuilder.Factors(ruleSet, options);
        var input = new RubricInput(report);
        return ResultBuilder.Build(ruleSet, input, Outputs(ruleSet, input), factors);
    }

    /// <summary>Only the total, for re-scoring many reports (impact analysis).</summary>
    /// <param name="ruleSet">A loaded scoring rule set.</param>
    /// <param name="report">The report.</param>
    /// <param name="options">Optional level-1 weight overrides.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="RuleEvaluationException">A rule failed at run time.</exception>
    public static decimal ScoreTotal(LoadedRuleSet ruleSet, ReportDocument report, ScoreOptions? options = null)
    {
        ResultBuilder.Guard(ruleSet, report, options);
        var input = new RubricInput(report);
        return ResultBuilder.Total(ruleSet, input, Outputs(ruleSet, input), ResultBuilder.Factors(ruleSet, options));
    }

    internal static decimal[] Outputs(LoadedRuleSet ruleSet, RubricInput input)
    {
        var rules = ruleSet.Indicators;
        var outputs = new decimal[rules.Count];
        var args = new object[] { input };
        for (var n = 0; n < outputs.Length; n++)
        {
            try
            {
                outputs[n] = rules[n].Score!(args);
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                throw new RuleEvaluationException(rules[n].Key, ex.GetBaseException().Message);
            }
        }

        return outputs;
    }
}
