using PerfEval.Workflows.Definitions;

namespace PerfEval.Workflows.Runtime;

/// <summary>
/// The path a report would take through a definition if every actor approved: from the start stage, the first action of each
/// stage that moves the report on (not a return to the start, not a stay, not <c>@previous</c>), routes judged for the report.
/// Used to simulate a draft definition on stored reports before it is published.
/// </summary>
public static class WorkflowPaths
{
    /// <summary>The stage codes from the start stage to a terminal stage (or to where the walk stops: a loop or a dead end).</summary>
    /// <param name="definition">A valid definition.</param>
    /// <param name="conditions">Judges route conditions for the report.</param>
    public static IReadOnlyList<string> Walk(WorkflowDefinition definition, IRouteEvaluator conditions)
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
                break;
            }

            var to = forward.HasRoutes ? MachineFactory.ResolveRoute(forward, context) : forward.To;
            if (!IsForward(to, stage.Code, start) || !seen.Add(to))
            {
                break;
            }

            path.Add(to);
            stage = definition.FindStage(to);
        }

        return path;
    }

    private static bool IsForward(string to, string from, string start)
        => !string.IsNullOrEmpty(to) && !to.StartsWith('@') && !string.Equals(to, from, StringComparison.Ordinal) && !string.Equals(to, start, StringComparison.Ordinal);
}
