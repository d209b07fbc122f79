using PerfEval.Rules.Definitions;
using PerfEval.Rules.Loading;
using PerfEval.Rules.Model;
using RulesEngine.Models;

namespace PerfEval.Rules.Engine;

/// <summary>
/// Scores a report with the stock RulesEngine (<c>ExecuteAllRulesAsync</c> on the rule set's engine, reused):
/// the reference path. <see cref="FastScorer"/> must give identical results.
/// </summary>
public static class RubricScorer
{
    /// <summary>Scores <paramref name="report"/> with <paramref name="ruleSet"/>.</summary>
    /// <param name="ruleSet">A loaded scoring rule set.</param>
    /// <param name="report">The report.</param>
    /// <param name="options">Optional level-1 weight overrides.</param>
    /// <returns>Total, grade, subtotals, indicator results with explanations, findings.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The rule set is not a scoring rubric, or the weights are invalid.</exception>
    /// <exception cref="RuleEvaluationException">A rule failed at run time (names the rule).</exception>
    public static async Task<ScoreResult> ScoreAsync(LoadedRuleSet ruleSet, ReportDocument report, ScoreOptions? options = null)
    {
        var (input, outputs, factors) = await RunAsync(ruleSet, report, options).ConfigureAwait(false);
        return ResultBuilder.Build(ruleSet, input, outputs, factors);
    }

    /// <summary>Only the total (for batch re-scoring); same number as <see cref="ScoreAsync"/>'s total.</summary>
    /// <param name="ruleSet">A loaded scoring rule set.</param>
    /// <param name="report">The report.</param>
    /// <param name="options">Optional level-1 weight overrides.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="RuleEvaluationException">A rule failed at run time.</exception>
    public static async Task<decimal> ScoreTotalAsync(LoadedRuleSet ruleSet, ReportDocument report, ScoreOptions? options = null)
    {
        var (input, outputs, factors) = await RunAsync(ruleSet, report, options).ConfigureAwait(false);
        return ResultBuilder.Total(ruleSet, input, outputs, factors);
    }

    /// <summary>Guards the arguments, then runs every rule of the rubric on the report.</summary>
    private static async Task<(RubricInput Input, decimal[] Outputs, decimal[] Factors)> RunAsync(LoadedRuleSet ruleSet, ReportDocument report, ScoreOptions? options)
    {
        ResultBuilder.Guard(ruleSet, report, options);
        var factors = ResultBuilder.Factors(ruleSet, options);
        var input = new RubricInput(report);
        return (input, await OutputsAsync(ruleSet, input).ConfigureAwait(false), factors);
    }

    internal static async Task<decimal[]> OutputsAsync(LoadedRuleSet ruleSet, RubricInput input)
    {
        var results = await ruleSet.Engine.ExecuteAllRulesAsync(ruleSet.Id, new RuleParameter(RulesEngineJson.InputName, input)).ConfigureAwait(false);
        var byName = new Dictionary<string, RuleResultTree>(results.Count, StringComparer.Ordinal);
        foreach (var r in results)
        {
            byName[r.Rule.RuleName] = r;
        }

        var outputs = new decimal[ruleSet.Indicators.Count];
        for (var n = 0; n < outputs.Length; n++)
        {
            var key = ruleSet.Indicators[n].Key;
            if (!byName.TryGetValue(key, out var r))
            {
                throw new RuleEvaluationException(key, "RulesEngine 未返回该规则的结果");
            }

            if (!r.IsSuccess || r.ActionResult?.Exception is not null || r.ActionResult?.Output is null)
            {
                throw new RuleEvaluationException(key, r.ActionResult?.Exception?.GetBaseException().Message ?? r.ExceptionMessage ?? "没有输出");
            }

            outputs[n] = Convert.ToDecimal(r.ActionResult.Output, System.Globalization.CultureInfo.InvariantCulture);
        }

        return outputs;
    }
}

/// <summary>A rule failed while scoring a report (should not happen after a successful load; names the rule).</summary>
public sealed class RuleEvaluationException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="rule">Rule name.</param>
    /// <param name="message">What failed.</param>
    public RuleEvaluationException(string rule, string message)
        : base($"规则 {rule} 执行失败：{message}")
    {
        Rule = rule;
    }

    /// <summary>The failing rule.</summary>
    public string Rule { get; } = "";
}
