using PerfEval.Workflows.Definitions;

namespace PerfEval.Workflows.Runtime;

/// <summary>Why a walk did not reach a terminal stage.</summary>
public enum WalkStop
{
    /// <summary>It reached a terminal stage: the report is placed.</summary>
    None,

    /// <summary>The stage has no action that moves the report on.</summary>
    DeadEnd,

    /// <summary>The route taken leads back (to <c>@previous</c>, the start or a stage already passed) or stays: approving again would loop.</summary>
    Loop,
}

/// <summary>A walk: the stages from the start, and where and why it stopped short of a terminal stage.</summary>
/// <param name="Stages">Stage codes from the start stage, up to the last stage reached.</param>
/// <param name="Stop">Why it stopped before a terminal stage (<see cref="WalkStop.None"/> when it reached one).</param>
/// <param name="BackTo">For <see cref="WalkStop.Loop"/>: the stage the route leads back to.</param>
public sealed record WorkflowWalk(IReadOnlyList<string> Stages, WalkStop Stop, string? BackTo)
{
    /// <summary>Whether the walk reached a terminal stage.</summary>
    public bool Placed => Stop == WalkStop.None;
}

/// <summary>
/// The path a report would take through a definition if every actor approved: from the start stage, the first action of each
/// stage that moves the report on (an action whose only targets are a return to the start, a stay or <c>@previous</c> is not),
/// routes judged for the report. A route the report takes to <c>@previous</c> is followed to the stage it came from on this
/// path — which, as every actor approves, would loop. Used to simulate a draft definition on stored reports before it is published.
/// </summary>
public static class WorkflowPaths
{
    /// <summary>The stage codes from the start stage to a terminal stage (or to where the walk stops: a loop or a dead end).</summary>
    /// <param name="definition">A valid definition.</param>
    /// <param name="conditions">Judges route conditions for the report.</param>
    public static IReadOnlyList<string> Walk(WorkflowDefinition definition, IRouteEvaluator conditions) => Trace(definition, conditions).Stages;

    /// <summary>The walk with where and why it stopped short of a terminal stage.</summary>
    /// <param name="definition">A valid definition.</param>
    /// <param name="conditions">Judges route conditions for the report.</param>
    public static WorkflowWalk Trace(WorkflowDefinition definition, IRouteEvaluator conditions)
    {
        ArgumentNullException.ThrowIfNull(definition);
        ArgumentNullException.ThrowIfNull(conditions);
        var start = definition.StartStage;
        var path = new List<string> { start };
        var seen = new HashSet<string>(StringComparer.Ordinal) { start };
        var context = new WorkflowContext(start, new WorkflowActor("", "", "", ""), new ReportParties("", null, null)) { Conditions = conditions };
        var stage = definition.FindStage(start);
        while (stage is { Terminal: false })
        {
            var forward = stage.Actions.FirstOrDefault(a => a.Targets.Any(t => IsForward(t, stage.Code, start)));
            if (forward is null)
            {
                return new WorkflowWalk(path, WalkStop.DeadEnd, null);
            }

            var route = forward.HasRoutes ? MachineFactory.ResolveRoute(forward, context) : forward.To;
            var to = definition.ResolveTarget(stage.Code, route, path.Count > 1 ? path[^2] : null);
            if (!IsForward(to, stage.Code, start) || !seen.Add(to))
            {
                return new WorkflowWalk(path, WalkStop.Loop, to);
            }

            path.Add(to);
            stage = definition.FindStage(to);
        }

        return new WorkflowWalk(path, stage is null ? WalkStop.DeadEnd : WalkStop.None, null);
    }

    private static bool IsForward(string to, string from, string start)
        => !string.IsNullOrEmpty(to) && !to.StartsWith('@') && !string.Equals(to, from, StringComparison.Ordinal) && !string.Equals(to, start, StringComparison.Ordinal);
}
