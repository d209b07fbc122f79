using PerfEval.Workflows.Definitions;

namespace PerfEval.Workflows.Runtime;

/// <summary>
/// Runs a workflow definition on Stateless for one report and one actor at a time. The stage lives with the
/// report (the caller stores it); every call builds its own state machine, so the runner is safe to use from
/// any number of requests at once.
/// </summary>
public static class WorkflowRunner
{
    /// <summary>The actions of the report's current stage: those the actor may take, and the others with the reasons.</summary>
    /// <param name="definition">The definition version the report is pinned to.</param>
    /// <param name="context">The report's stage and parties, and the actor.</param>
    /// <returns>Allowed and refused actions; both empty when the stage is terminal or unknown to the definition.</returns>
    public static WorkflowActions GetActions(WorkflowDefinition definition, WorkflowContext context)
    {
        ArgumentNullException.ThrowIfNull(definition);
        ArgumentNullException.ThrowIfNull(context);
        var stage = definition.FindStage(context.CurrentStage);
        if (stage is null)
        {
            return new WorkflowActions(context.CurrentStage, context.CurrentStage, [], []);
        }

        var current = context.CurrentStage;
        var factory = MachineFactory.Build(definition, context, () => current, s => current = s, current);
        var allowed = new List<ActionOption>();
        var refused = new List<ActionOption>();
        foreach (var action in stage.Actions)
        {
            // CanFire reports the descriptions of the unmet guards: the answer to "why can't I approve?".
            if (factory.Machine.CanFire(factory.Triggers[action.Code], GuardSpec.Listing, out var unmet))
            {
                allowed.Add(Option(definition, stage, action, context, RefusalKind.None, []));
            }
            else
            {
                refused.Add(Option(definition, stage, action, context, RefusalKind.Forbidden, Explain(factory.GuardsOf(stage.Code, action.Code), unmet, context, actorOnly: true)));
            }
        }

        return new WorkflowActions(stage.Code, stage.Label, allowed, refused);
    }

    /// <summary>
    /// Fires one action. On refusal nothing changes and the result says why; on success the result holds the
    /// stage before and after and the action definition (which sign-off box to write, whether it rescores).
    /// </summary>
    /// <param name="definition">The definition version the report is pinned to.</param>
    /// <param name="context">The report's stage and parties, and the actor.</param>
    /// <param name="action">Action code, e.g. <c>approve</c>.</param>
    /// <param name="comment">The opinion; required where the definition says so.</param>
    /// <param name="score">The reviewed score for a rescoring action.</param>
    /// <returns>The transition made, or the refusal.</returns>
    public static async Task<TransitionResult> FireAsync(WorkflowDefinition definition, WorkflowContext context, string action, string? comment, decimal? score = null)
    {
        ArgumentNullException.ThrowIfNull(definition);
        ArgumentNullException.ThrowIfNull(context);
        ArgumentException.ThrowIfNullOrWhiteSpace(action);
        var input = new ActionInput(comment?.Trim(), score);
        var from = context.CurrentStage;
        var stage = definition.FindStage(from);
        var actionDefinition = stage?.FindAction(action);
        if (stage is null || actionDefinition is null)
        {
            var possible = stage is null || stage.Actions.Count == 0
                ? "当前阶段没有可执行的操作"
                : "当前阶段可执行：" + string.Join("、", stage.Actions.Select(a => $"{a.Code}（{a.Label}）"));
            var reason = $"报告处于“{stage?.Label ?? from}”阶段，不能执行“{action}”；{possible}。";
            return new TransitionResult(false, action, from, from, RefusalKind.NotAvailable, [reason], null, input);
        }

        var current = from;
        var factory = MachineFactory.Build(definition, context, () => current, s => current = s, current);
        var trigger = factory.Triggers[action];
        if (!factory.Machine.CanFire(trigger, input, out var unmet))
        {
            var guards = factory.GuardsOf(from, action);
            var actorReasons = Explain(guards, unmet, context, actorOnly: true);
            if (actorReasons.Count > 0)
            {
                return new TransitionResult(false, action, from, from, RefusalKind.Forbidden, actorReasons, actionDefinition, input);
            }

            var inputGuards = guards.Where(g => !g.IsActorGuard && unmet.Contains(g.Description)).ToList();
            return new TransitionResult(false, action, from, from, RefusalKind.InvalidInput, inputGuards.Select(g => g.Explain(context)).ToList(), actionDefinition, input)
            {
                InvalidFields = inputGuards.Select(g => g.Field ?? "input").ToList(),
            };
        }

        await factory.Machine.FireAsync(trigger, input).ConfigureAwait(false);
        return new TransitionResult(true, action, from, current, RefusalKind.None, [], actionDefinition, input);
    }

    private static List<string> Explain(IReadOnlyList<GuardSpec> guards, ICollection<string> unmet, WorkflowContext context, bool actorOnly)
        => guards.Where(g => unmet.Contains(g.Description) && (g.IsActorGuard || !actorOnly)).Select(g => g.Explain(context)).ToList();

    private static ActionOption Option(
        WorkflowDefinition definition, StageDefinition stage, ActionDefinition action, WorkflowContext context, RefusalKind refusal, IReadOnlyList<string> reasons)
    {
        // A routed action shows where it would lead this report now (its data may still change before it fires).
        var target = action.HasRoutes && context.Conditions is not null ? MachineFactory.ResolveRoute(action, context) : action.To;
        var to = target.Length == 0 ? target : definition.ResolveTarget(stage.Code, target, context.CameFrom);
        return new(
            action.Code,
            action.Label,
            to,
            definition.FindStage(to)?.Label ?? (action.HasRoutes && to.Length == 0 ? "按条件" : to),
            action.Role,
            action.OrgLevel,
            refusal == RefusalKind.None,
            refusal,
            reasons,
            action.CommentRequired,
            action.Rescore,
            action.SignOff);
    }
}
