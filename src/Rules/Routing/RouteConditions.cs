using System.Collections.Concurrent;
using PerfEval.Rules.Engine;
using PerfEval.Rules.Loading;
using PerfEval.Rules.Model;
using PerfEval.Rules.Samples;
using RulesEngine.ExpressionBuilders;

namespace PerfEval.Rules.Routing;

/// <summary>
/// Conditions of workflow routes: RulesEngine expressions over <see cref="RouteInput"/> that yield a <see cref="bool"/>.
/// Checked exactly like rubric expressions (size and nesting limits before parsing, the expression whitelist, compilation,
/// a dry run on sample inputs within the same time and allocation budget) and compiled once per text.
/// </summary>
public static class RouteConditions
{
    private static readonly ConcurrentDictionary<string, Func<object[], bool>?> Compiled = new(StringComparer.Ordinal);

    /// <summary>Every reason the condition is refused (Chinese); empty when it may be used.</summary>
    /// <param name="expression">The condition text.</param>
    public static IReadOnlyList<string> Check(string? expression)
    {
        if (string.IsNullOrWhiteSpace(expression))
        {
            return ["条件为空"];
        }

        var problems = new List<RuleSetProblem>();
        try
        {
            var condition = RuleSetLoader.Compile<bool>(Parser(), "condition", expression, problems, typeof(RouteInput));
            if (condition is not null)
            {
                RuleSetLoader.DryRun("condition", DryRunInputs(), sample =>
                {
                    condition([sample]);
                    return null;
                }, problems);
            }
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            problems.Add(new RuleSetProblem("condition", $"条件无法检查：{EvaluationErrors.Describe(ex)}"));
        }

        return problems.Select(p => p.Message).ToList();
    }

    /// <summary>Whether the condition holds for <paramref name="input"/>. A condition that fails to evaluate does not hold.</summary>
    /// <param name="expression">A condition that passed <see cref="Check"/>.</param>
    /// <param name="input">The report and its facts.</param>
    /// <exception cref="ArgumentException">The condition is not allowed (never stored: definitions are checked before they are saved).</exception>
    public static bool Holds(string expression, RouteInput input)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(expression);
        ArgumentNullException.ThrowIfNull(input);
        var condition = Compiled.GetOrAdd(expression, e => Check(e).Count == 0 ? RuleSetLoader.Compile<bool>(Parser(), "condition", e, [], typeof(RouteInput)) : null)
            ?? throw new ArgumentException($"条件不允许使用：{expression}", nameof(expression));
        try
        {
            return condition([input]);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            return false;
        }
    }

    private static RuleExpressionParser Parser() => new(LoadedRuleSet.Settings());

    private static List<RouteInput> DryRunInputs() =>
    [
        new(SampleReports.Empty()),
        new(new ReportDocument()) { Kind = "project", OrgCode = "UNIT", OrgLevel = "unit", Score = 75m, Grade = "中", Year = 2024 },
        new(new ReportDocument { Funding = new FundingGrid { Planned = new FundingRow { Total = 600m } } }) { Kind = "department", RoundName = "", Score = 0m },
    ];
}
