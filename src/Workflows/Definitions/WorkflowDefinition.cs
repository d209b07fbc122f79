using System.Text.Json.Serialization;

namespace PerfEval.Workflows.Definitions;

/// <summary>
/// One version of an approval workflow: the stages a report climbs and the actions that move it.
/// Stored as JSON (see <see cref="WorkflowDefinitionJson"/>); a report stays on the version it started with.
/// </summary>
public sealed class WorkflowDefinition
{
    /// <summary>Stable identifier shared by all versions, e.g. <c>project-approval</c>.</summary>
    public string Id { get; set; } = "";

    /// <summary>Version number, 1 and up.</summary>
    public int Version { get; set; } = 1;

    /// <summary>Display name (Chinese).</summary>
    public string Name { get; set; } = "";

    /// <summary>The report kind this definition runs (<c>project</c> or <c>department</c>).</summary>
    public string ReportKind { get; set; } = "";

    /// <summary>Code of the stage a new report starts in; the first stage when empty.</summary>
    public string? InitialStage { get; set; }

    /// <summary>The stages, in ladder order.</summary>
    public List<StageDefinition> Stages { get; set; } = [];

    /// <summary>The stage a new report starts in.</summary>
    [JsonIgnore]
    public string StartStage => string.IsNullOrEmpty(InitialStage) ? Stages.FirstOrDefault()?.Code ?? "" : InitialStage;

    /// <summary>The stage with this code, or <c>null</c>.</summary>
    /// <param name="code">Stage code.</param>
    public StageDefinition? FindStage(string code) => Stages.FirstOrDefault(s => string.Equals(s.Code, code, StringComparison.Ordinal));

    /// <summary>
    /// Where an action of <paramref name="stage"/> leads: its <see cref="ActionDefinition.To"/>, or for <c>@previous</c> the
    /// stage the report came from (<paramref name="cameFrom"/> when it is another stage of this definition), else the stage
    /// before <paramref name="stage"/> in ladder order (the stage itself when there is none).
    /// </summary>
    /// <param name="stage">The stage the action leaves.</param>
    /// <param name="action">The action.</param>
    /// <param name="cameFrom">The stage the report entered <paramref name="stage"/> from, per its history; <c>null</c> when unknown.</param>
    public string ResolveTarget(string stage, ActionDefinition action, string? cameFrom)
    {
        ArgumentNullException.ThrowIfNull(action);
        return ResolveTarget(stage, action.To, cameFrom);
    }

    /// <summary>A target (an action's or a route's) for a report: itself, or for <c>@previous</c> the stage it came from.</summary>
    /// <param name="stage">The stage the action leaves.</param>
    /// <param name="target">A stage code or <see cref="ActionDefinition.PreviousStage"/>.</param>
    /// <param name="cameFrom">The stage the report entered <paramref name="stage"/> from, per its history; <c>null</c> when unknown.</param>
    public string ResolveTarget(string stage, string target, string? cameFrom)
    {
        if (!string.Equals(target, ActionDefinition.PreviousStage, StringComparison.Ordinal))
        {
            return target;
        }

        if (!string.IsNullOrEmpty(cameFrom) && !string.Equals(cameFrom, stage, StringComparison.Ordinal) && FindStage(cameFrom) is not null)
        {
            return cameFrom;
        }

        var index = Stages.FindIndex(s => string.Equals(s.Code, stage, StringComparison.Ordinal));
        return index > 0 ? Stages[index - 1].Code : stage;
    }
}

/// <summary>One stage of the ladder and the actions that leave it.</summary>
public sealed class StageDefinition
{
    /// <summary>Stage code stored on the report, e.g. <c>UnitSignOff</c>.</summary>
    public string Code { get; set; } = "";

    /// <summary>Chinese label, e.g. 单位签署.</summary>
    public string Label { get; set; } = "";

    /// <summary>Days a report may wait in this stage before it is overdue; <c>null</c> for no limit.</summary>
    public int? DueDays { get; set; }

    /// <summary>Whether the workflow ends here (no actions leave a terminal stage).</summary>
    public bool Terminal { get; set; }

    /// <summary>Actions available in this stage.</summary>
    public List<ActionDefinition> Actions { get; set; } = [];

    /// <summary>The action with this code, or <c>null</c>.</summary>
    /// <param name="code">Action code.</param>
    public ActionDefinition? FindAction(string code) => Actions.FirstOrDefault(a => string.Equals(a.Code, code, StringComparison.Ordinal));
}

/// <summary>An action a person may take in a stage: who, from where, to which stage, and what it writes.</summary>
public sealed class ActionDefinition
{
    /// <summary>Action code used in the API, e.g. <c>approve</c>.</summary>
    public string Code { get; set; } = "";

    /// <summary>Chinese label, e.g. 同意.</summary>
    public string Label { get; set; } = "";

    /// <summary>
    /// Code of the stage the report moves to (the same stage for an action that does not move it), or
    /// <see cref="PreviousStage"/> for the stage the report came from; empty when <see cref="Routes"/> decide.
    /// </summary>
    public string To { get; set; } = "";

    /// <summary>
    /// The literal target <c>@previous</c>: the stage the report came from (per its history), or, without history, the stage
    /// before this one in ladder order. Not allowed from the start stage.
    /// </summary>
    public const string PreviousStage = "@previous";

    /// <summary>Whether <see cref="To"/> is <see cref="PreviousStage"/>.</summary>
    [JsonIgnore]
    public bool ToPrevious => string.Equals(To, PreviousStage, StringComparison.Ordinal);

    /// <summary>
    /// Conditional routes instead of <see cref="To"/>: the first whose condition holds when the action fires is taken; the last
    /// has no condition (the default). <c>null</c> (omitted in JSON) for an action with a single target.
    /// </summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public List<RouteDefinition>? Routes { get; set; }

    /// <summary>Whether the target is decided by <see cref="Routes"/>.</summary>
    [JsonIgnore]
    public bool HasRoutes => Routes is { Count: > 0 };

    /// <summary>Every stage the action may lead to: <see cref="To"/>, or each route's target.</summary>
    [JsonIgnore]
    public IEnumerable<string> Targets => HasRoutes ? Routes!.Where(r => r is not null).Select(r => r.To) : [To];

    /// <summary>Role code of the person allowed to act, e.g. <c>UnitHead</c>.</summary>
    public string Role { get; set; } = "";

    /// <summary>Where that person's organisation must sit relative to the report.</summary>
    public OrgLevel OrgLevel { get; set; }

    /// <summary>Whether a comment (opinion) is required; always true for <c>return</c>.</summary>
    public bool CommentRequired { get; set; }

    /// <summary>The sign-off box the action writes its opinion, signer and date into.</summary>
    public SignOffField SignOff { get; set; }

    /// <summary>Whether the action records a reviewed score (needs a score with the comment).</summary>
    public bool Rescore { get; set; }
}

/// <summary>One conditional target of an action: where the report goes when <see cref="When"/> holds.</summary>
public sealed class RouteDefinition
{
    /// <summary>
    /// A RulesEngine expression over the report (parameter <c>input</c>, e.g. <c>input.PlannedTotal &gt;= 500m</c>), checked by the
    /// rubric expression whitelist; <c>null</c> for the default route, which must come last.
    /// </summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? When { get; set; }

    /// <summary>Code of the target stage.</summary>
    public string To { get; set; } = "";
}
