namespace PerfEval.Rules.Loading;

/// <summary>A reason a rule set was refused: the culprit rule (or <c>rubric</c>/<c>schema</c>) and a message with the numbers.</summary>
/// <param name="Rule">Rule name (indicator key, group key, <c>rubric</c> for the metadata, <c>schema</c>/<c>json</c> for format errors).</param>
/// <param name="Message">What is wrong, in Chinese, with the numbers.</param>
public sealed record RuleSetProblem(string Rule, string Message)
{
    /// <summary>"rule: message".</summary>
    public override string ToString() => $"{Rule}: {Message}";
}

/// <summary>The outcome of <see cref="RuleSetLoader.Load(string)"/>: the loaded rule set, or every problem found.</summary>
public sealed class RuleSetLoadResult
{
    internal RuleSetLoadResult(LoadedRuleSet? ruleSet, IReadOnlyList<RuleSetProblem> problems)
    {
        RuleSet = ruleSet;
        Problems = problems;
    }

    /// <summary>The loaded rule set; <c>null</c> when <see cref="Problems"/> is not empty.</summary>
    public LoadedRuleSet? RuleSet { get; }

    /// <summary>Every problem found (empty on success).</summary>
    public IReadOnlyList<RuleSetProblem> Problems { get; }

    /// <summary>Whether the rule set loaded.</summary>
    public bool Succeeded => RuleSet is not null;

    /// <summary>The rule set, or throws listing every problem.</summary>
    /// <exception cref="InvalidOperationException">The rule set was refused.</exception>
    public LoadedRuleSet GetOrThrow() => RuleSet
        ?? throw new InvalidOperationException("规则集无效：" + string.Join("；", Problems.Select(p => p.ToString())));
}
