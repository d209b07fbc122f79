using PerfEval.Rules.Engine;
using PerfEval.Rules.Routing;
using PerfEval.Workflows.Runtime;

namespace PerfEval.Host.Features.Workflow.Routing;

/// <summary>Checks route conditions with the rules engine: the rubric expression limits, whitelist, compiler and dry run.</summary>
public sealed class RulesRouteConditionChecker : IRouteConditionChecker
{
    /// <summary>The one instance (stateless).</summary>
    public static readonly RulesRouteConditionChecker Instance = new();

    /// <inheritdoc />
    public IReadOnlyList<string> Check(string expression) => RouteConditions.Check(expression);
}

/// <summary>Judges route conditions for one report with the rules engine.</summary>
/// <param name="input">The report and its facts.</param>
public sealed class ReportRouteEvaluator(RouteInput input) : IRouteEvaluator
{
    /// <summary>The facts conditions see.</summary>
    public RouteInput Input { get; } = input;

    /// <inheritdoc />
    public bool Holds(string expression) => RouteConditions.Holds(expression, Input);

    /// <summary>The facts of <paramref name="report"/> as route conditions see them.</summary>
    /// <param name="report">The report (its form loaded).</param>
    /// <param name="org">Its organisation, if known.</param>
    /// <param name="parent">The organisation's parent, if any.</param>
    /// <param name="roundName">The round's name, if the report belongs to one.</param>
    public static RouteInput Facts(Report report, Organisation? org, Organisation? parent, string? roundName)
    {
        ArgumentNullException.ThrowIfNull(report);
        return new RouteInput(report.Content ?? new())
        {
            Kind = WorkflowCatalog.KindCode(report.Kind),
            OrgCode = org?.Code ?? "",
            OrgLevel = org?.Kind switch
            {
                OrgKind.FinanceBureau => "bureau",
                OrgKind.SupervisingDepartment => "department",
                OrgKind.BudgetUnit => "unit",
                _ => "",
            },
            ParentOrgCode = parent?.Code,
            RoundName = roundName,
            Year = report.Year,
            Score = report.ShownScore,
            Grade = report.ShownGrade,
        };
    }
}
