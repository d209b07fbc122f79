using PerfEval.Rules.Definitions;
using RulesEngine.Models;

namespace PerfEval.Rules.Loading;

/// <summary>
/// A validated rule set, ready to score: its definition, the original JSON, the stock RulesEngine built on that
/// JSON, and each rule's expression compiled once into a delegate (the fast path). Immutable and thread-safe.
/// </summary>
public sealed class LoadedRuleSet
{
    internal LoadedRuleSet(RubricDefinition definition, string json, RulesEngine.RulesEngine engine,
        IReadOnlyList<CompiledRule> indicators, IReadOnlyList<CompiledRule> checks)
    {
        Definition = definition;
        Json = json;
        Engine = engine;
        Indicators = indicators;
        Checks = checks;
        UnitFactors = Enumerable.Repeat(1m, definition.Groups.Count).ToArray();
        IndicatorLevel1 = new int[indicators.Count];
        IndicatorLevel2 = new IndicatorGroup?[indicators.Count];
        for (var n = 0; n < indicators.Count; n++)
        {
            for (var g = 0; g < definition.Groups.Count; g++)
            {
                var l1 = definition.Groups[g];
                if (l1.Indicators.Contains(indicators[n].Indicator!))
                {
                    IndicatorLevel1[n] = g;
                }

                foreach (var l2 in l1.Children.Where(c => c.Indicators.Contains(indicators[n].Indicator!)))
                {
                    IndicatorLevel1[n] = g;
                    IndicatorLevel2[n] = l2;
                }
            }
        }
    }

    /// <summary>Level-1 factors without weight overrides (all 1; shared, never written).</summary>
    internal decimal[] UnitFactors { get; }

    /// <summary>Level-1 group index of each indicator rule.</summary>
    internal int[] IndicatorLevel1 { get; }

    /// <summary>Level-2 group of each indicator rule (null when directly under level 1).</summary>
    internal IndicatorGroup?[] IndicatorLevel2 { get; }

    /// <summary>Id (the workflow name).</summary>
    public string Id => Definition.Id;

    /// <summary>Version written in the file.</summary>
    public int Version => Definition.Version;

    /// <summary>Scoring rubric or checks.</summary>
    public RubricKind Kind => Definition.Kind;

    /// <summary>The definition (treat as read-only; edit a copy made with <see cref="RubricDefinition.FromWorkflowJson"/>).</summary>
    public RubricDefinition Definition { get; }

    /// <summary>The workflow JSON as loaded.</summary>
    public string Json { get; }

    /// <summary>Each rule's expression by rule name, as RulesEngine runs it.</summary>
    public IReadOnlyDictionary<string, string> Expressions =>
        Indicators.Concat(Checks).ToDictionary(r => r.Key, r => r.Expression, StringComparer.Ordinal);

    internal RulesEngine.RulesEngine Engine { get; }

    internal IReadOnlyList<CompiledRule> Indicators { get; }

    internal IReadOnlyList<CompiledRule> Checks { get; }

    /// <summary>The RulesEngine settings every PerfEval rule set runs with (the function library registered as custom types).</summary>
    internal static ReSettings Settings() => new()
    {
        CustomTypes = [typeof(Engine.Fn), typeof(Checks.Chk), typeof(Engine.RubricInput)],
        IsExpressionCaseSensitive = true,
        EnableExceptionAsErrorMessage = true,
    };
}

/// <summary>
/// A rule compiled once: key, expression, the owning indicator or check, and its typed delegate
/// (<see cref="Score"/> for indicators, <see cref="Findings"/> for checks; typed so that scores are never boxed).
/// </summary>
internal sealed record CompiledRule(string Key, string Expression, IndicatorDefinition? Indicator, CheckDefinition? Check,
    Func<object[], decimal>? Score, Func<object[], List<Finding>>? Findings);
