using PerfEval.Workflows.Definitions;

namespace PerfEval.Workflows.Runtime;

/// <summary>One action of the current stage as seen by one actor: allowed, or refused with the reasons.</summary>
/// <param name="Code">Action code, e.g. <c>approve</c>.</param>
/// <param name="Label">Chinese label.</param>
/// <param name="To">Target stage code.</param>
/// <param name="ToLabel">Target stage label.</param>
/// <param name="Role">Role allowed to act.</param>
/// <param name="OrgLevel">Where the actor must sit.</param>
/// <param name="Allowed">Whether this actor may take the action now (input still to be checked).</param>
/// <param name="Refusal">Why not, when not allowed.</param>
/// <param name="Reasons">The unmet conditions, in Chinese (empty when allowed).</param>
/// <param name="CommentRequired">Whether a comment must be sent.</param>
/// <param name="ScoreRequired">Whether a reviewed score must be sent.</param>
/// <param name="SignOff">The sign-off box the action writes.</param>
public sealed record ActionOption(
    string Code,
    string Label,
    string To,
    string ToLabel,
    string Role,
    OrgLevel OrgLevel,
    bool Allowed,
    RefusalKind Refusal,
    IReadOnlyList<string> Reasons,
    bool CommentRequired,
    bool ScoreRequired,
    SignOffField SignOff);

/// <summary>The actions of the current stage, split into those the actor may take and those refused with reasons.</summary>
/// <param name="Stage">Current stage code.</param>
/// <param name="StageLabel">Current stage label.</param>
/// <param name="Allowed">Actions the actor may take.</param>
/// <param name="Refused">Actions the actor may not take, each with its reasons.</param>
public sealed record WorkflowActions(string Stage, string StageLabel, IReadOnlyList<ActionOption> Allowed, IReadOnlyList<ActionOption> Refused);

/// <summary>The outcome of firing an action: the transition made, or the refusal with reasons (nothing changed).</summary>
/// <param name="Succeeded">Whether the transition happened.</param>
/// <param name="Action">The action code asked for.</param>
/// <param name="From">Stage before.</param>
/// <param name="To">Stage after (equal to <paramref name="From"/> when refused or for an action that stays).</param>
/// <param name="Refusal">Why refused, if so.</param>
/// <param name="Reasons">Refusal reasons in Chinese.</param>
/// <param name="Definition">The action definition fired (null when the action does not exist in the stage).</param>
/// <param name="Input">The input sent.</param>
public sealed record TransitionResult(
    bool Succeeded,
    string Action,
    string From,
    string To,
    RefusalKind Refusal,
    IReadOnlyList<string> Reasons,
    ActionDefinition? Definition,
    ActionInput Input)
{
    /// <summary>For <see cref="RefusalKind.InvalidInput"/>: the input field behind each reason (<c>comment</c>, <c>score</c>), in the same order.</summary>
    public IReadOnlyList<string> InvalidFields { get; init; } = [];

    /// <summary>Whether the stage changed (false for a stay such as <c>rescore</c>).</summary>
    public bool StageChanged => Succeeded && !string.Equals(From, To, StringComparison.Ordinal);
}
