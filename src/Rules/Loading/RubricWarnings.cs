using PerfEval.Rules.Definitions;
using PerfEval.Rules.Templates;

namespace PerfEval.Rules.Loading;

/// <summary>
/// Problems that do not stop a rule set from loading but that an administrator should fix before units read it: a
/// hand-written 评分标准 that no longer matches its parameters (units would read a rule that is not applied).
/// </summary>
public static class RubricWarnings
{
    /// <summary>The warnings of <paramref name="definition"/>, naming the rule.</summary>
    /// <param name="definition">The rule set.</param>
    /// <exception cref="ArgumentNullException"><paramref name="definition"/> is null.</exception>
    public static IReadOnlyList<RuleSetProblem> Of(RubricDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(definition);
        var warnings = new List<RuleSetProblem>();
        foreach (var i in definition.AllIndicators())
        {
            if (StaleStandard(i) is { } message)
            {
                warnings.Add(new RuleSetProblem(i.Key, message));
            }
        }

        return warnings;
    }

    /// <summary>Why the hand-written standard of <paramref name="indicator"/> no longer fits its parameters; null when it fits.</summary>
    /// <param name="indicator">The indicator.</param>
    public static string? StaleStandard(IndicatorDefinition indicator)
    {
        ArgumentNullException.ThrowIfNull(indicator);
        var stale = StandardText.StaleNumbers(indicator);
        return stale.Count == 0 ? null
            : $"「{indicator.Name}」的评分标准是手写文字，含参数中没有的数字 {string.Join("、", stale)}，可能未随参数更新：单位看到的是「{indicator.Standard!.Trim()}」，"
              + $"按参数应为「{StandardText.Generate(indicator)}」（清空该文字即按参数自动生成）";
    }
}
