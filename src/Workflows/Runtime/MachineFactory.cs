using PerfEval.Workflows.Definitions;
using Stateless;

namespace PerfEval.Workflows.Runtime;

/// <summary>
/// Builds a fresh Stateless machine for one definition around an externally stored stage.
/// Stateless machines are not thread-safe: build one per request and never share it.
/// </summary>
internal sealed class MachineFactory
{
    private readonly Dictionary<(string Stage, string Action), IReadOnlyList<GuardSpec>> _guards = [];

    private MachineFactory(StateMachine<string, string> machine, IReadOnlyDictionary<string, StateMachine<string, string>.TriggerWithParameters<ActionInput>> triggers)
    {
        Machine = machine;
        Triggers = triggers;
    }

    public StateMachine<string, string> Machine { get; }

    public IReadOnlyDictionary<string, StateMachine<string, string>.TriggerWithParameters<ActionInput>> Triggers { get; }

    public IReadOnlyList<GuardSpec> GuardsOf(string stage, string action) => _guards.TryGetValue((stage, action), out var g) ? g : [];

    /// <param name="definition">The definition (already validated).</param>
    /// <param name="context">The actor and report, or <c>null</c> for a diagram (all actor guards then fail).</param>
    /// <param name="getStage">Reads the stored stage.</param>
    /// <param name="setStage">Writes the new stage.</param>
    /// <param name="onlyStage">
    /// Configure this stage alone: listing or firing an action only consults the stage the report is in (the stages have
    /// no super-states and no entry actions), and a full machine costs five times as much — the inbox lists a page of reports.
    /// <c>null</c> (a diagram) configures every stage.
    /// </param>
    public static MachineFactory Build(WorkflowDefinition definition, WorkflowContext? context, Func<string> getStage, Action<string> setStage, string? onlyStage = null)
    {
        var machine = new StateMachine<string, string>(getStage, setStage);
        var triggers = new Dictionary<string, StateMachine<string, string>.TriggerWithParameters<ActionInput>>(StringComparer.Ordinal);
        var stages = onlyStage is null ? definition.Stages : definition.Stages.Where(s => string.Equals(s.Code, onlyStage, StringComparison.Ordinal)).ToList();
        foreach (var code in stages.SelectMany(s => s.Actions).Select(a => a.Code).Distinct(StringComparer.Ordinal))
        {
            triggers[code] = machine.SetTriggerParameters<ActionInput>(code);
        }

        var factory = new MachineFactory(machine, triggers);
        foreach (var stage in stages)
        {
            var config = machine.Configure(stage.Code);
            foreach (var action in stage.Actions)
            {
                var guards = GuardSpec.For(action, context);
                factory._guards[(stage.Code, action.Code)] = guards;
                var tuples = guards.Select(g => Tuple.Create(g.Condition, g.Description)).ToArray();
                // @previous resolves per report (its history); a diagram (no context) draws it as the ladder's previous stage.
                var to = definition.ResolveTarget(stage.Code, action, context?.CameFrom);
                if (action.HasRoutes)
                {
                    ConfigureRoutes(definition, config, triggers[action.Code], stage, action, context, tuples);
                }
                else if (string.Equals(to, stage.Code, StringComparison.Ordinal))
                {
                    // An action that keeps the stage (rescore) is still a transition: it is recorded and signed.
                    config.PermitReentryIf(triggers[action.Code], tuples);
                }
                else
                {
                    config.PermitIf(triggers[action.Code], to, tuples);
                }
            }
        }

        return factory;
    }

    /// <summary>
    /// The target of a routed action for this report: the first route whose condition holds (the last is the default).
    /// </summary>
    /// <exception cref="InvalidOperationException">The context has no <see cref="IRouteEvaluator"/> and a condition must be judged.</exception>
    public static string ResolveRoute(ActionDefinition action, WorkflowContext? context)
    {
        var routes = action.Routes ?? [];
        foreach (var route in routes)
        {
            if (route.When is null)
            {
                return route.To;
            }

            var conditions = context?.Conditions
                ?? throw new InvalidOperationException($"Action {action.Code} has conditional routes but the context has no route evaluator.");
            if (conditions.Holds(route.When))
            {
                return route.To;
            }
        }

        return routes.Count > 0 ? routes[^1].To : action.To;
    }

    private static void ConfigureRoutes(
        WorkflowDefinition definition,
        StateMachine<string, string>.StateConfiguration config,
        StateMachine<string, string>.TriggerWithParameters<ActionInput> trigger,
        StageDefinition stage,
        ActionDefinition action,
        WorkflowContext? context,
        Tuple<Func<ActionInput, bool>, string>[] guards)
    {
        if (context is not null)
        {
            // The target is decided when the action fires, by the report's data.
            var possible = new Stateless.Reflection.DynamicStateInfos();
            foreach (var route in action.Routes!)
            {
                possible.Add(definition.ResolveTarget(stage.Code, route.To, context.CameFrom), RouteLabel(route));
            }

            // Listing (CanFire) never judges conditions: it only asks whether the actor may act.
            config.PermitDynamicIf(
                trigger,
                i => definition.ResolveTarget(stage.Code, ReferenceEquals(i, GuardSpec.Listing) ? action.Routes![^1].To : ResolveRoute(action, context), context.CameFrom),
                possible,
                guards);
            return;
        }

        // A diagram: one edge per route, labelled with its condition (no actor, so no edge can fire).
        foreach (var route in action.Routes!)
        {
            var routeGuards = guards.Append(Tuple.Create<Func<ActionInput, bool>, string>(_ => false, RouteLabel(route))).ToArray();
            var target = definition.ResolveTarget(stage.Code, route.To, null);
            if (string.Equals(target, stage.Code, StringComparison.Ordinal))
            {
                config.PermitReentryIf(trigger, routeGuards);
            }
            else
            {
                config.PermitIf(trigger, target, routeGuards);
            }
        }
    }

    /// <summary>A route's condition as a diagram label (characters Mermaid reads as syntax replaced).</summary>
    internal static string RouteLabel(RouteDefinition route)
        => route.When is null ? "否则（默认路线）" : "条件 " + route.When.Replace('"', '\'').Replace(':', '：').Replace(';', '；').Replace('#', '＃');
}
