namespace PerfEval.Workflows.Runtime;

/// <summary>The person acting: their role and the organisation they belong to.</summary>
/// <param name="UserName">Login name.</param>
/// <param name="DisplayName">Name shown and written as signer.</param>
/// <param name="Role">Role code, e.g. <c>UnitHead</c>.</param>
/// <param name="OrgId">Identifier of the actor's organisation (compared with <see cref="ReportParties"/>).</param>
public sealed record WorkflowActor(string UserName, string DisplayName, string Role, string OrgId);

/// <summary>The organisations around a report that the org levels of a definition refer to.</summary>
/// <param name="ReportOrgId">The organisation that owns the report.</param>
/// <param name="SupervisingOrgId">Its parent (主管部门), if any.</param>
/// <param name="FinanceBureauOrgId">The root of the tree (财政局), if known.</param>
public sealed record ReportParties(string ReportOrgId, string? SupervisingOrgId, string? FinanceBureauOrgId);

/// <summary>Everything the runner needs about one report and one actor; built per request, never shared.</summary>
/// <param name="CurrentStage">The stage stored on the report.</param>
/// <param name="Actor">Who wants to act.</param>
/// <param name="Parties">The organisations around the report.</param>
/// <param name="CameFrom">The stage the report entered <paramref name="CurrentStage"/> from (its last history row), for <c>@previous</c> targets; <c>null</c> when unknown.</param>
public sealed record WorkflowContext(string CurrentStage, WorkflowActor Actor, ReportParties Parties, string? CameFrom = null)
{
    /// <summary>Judges the route conditions for this report; required to fire an action with conditional routes.</summary>
    public IRouteEvaluator? Conditions { get; init; }
}

/// <summary>
/// Judges route conditions for one report when an action fires. The host implements it with the rules engine (the workflow
/// library knows no expression language); conditions were checked when the definition was stored.
/// </summary>
public interface IRouteEvaluator
{
    /// <summary>Whether the condition holds for the report.</summary>
    /// <param name="expression">The route's condition.</param>
    bool Holds(string expression);
}

/// <summary>What the actor sends with an action (the trigger parameter of the state machine).</summary>
/// <param name="Comment">The opinion (意见); required where the definition says so, always for a return.</param>
/// <param name="Score">The reviewed score, for a rescoring action only.</param>
public sealed record ActionInput(string? Comment, decimal? Score = null);
