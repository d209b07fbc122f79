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
    public static MachineFactory Build(WorkflowDefinition definition, WorkflowContext? context, Func<string> getStage, Action<string> setStage)
    {
        var machine = new StateMachine<string, string>(getStage, setStage);
        var triggers = new Dictionary<string, StateMachine<string, string>.TriggerWithParameters<ActionInput>>(StringComparer.Ordinal);
        foreach (var code in definition.Stages.SelectMany(s => s.Actions).Select(a => a.Code).Distinct(StringComparer.Ordinal))
        {
            triggers[code] = machine.SetTriggerParameters<ActionInput>(code);
        }

        var factory = new MachineFactory(machine, triggers);
        foreach (var stage in definition.Stages)
        {
            var config = machine.Configure(stage.Code);
            foreach (var action in stage.Actions)
            {
                var guards = GuardSpec.For(action, context);
                factory._guards[(stage.Code, action.Code)] = guards;
                var tuples = guards.Select(g => Tuple.Create(g.Condition, g.Description)).ToArray();
                // @previous resolves per report (its history); a diagram (no context) draws it as the ladder's previous stage.
                var to = definition.ResolveTarget(stage.Code, action, context?.CameFrom);
                if (string.Equals(to, stage.Code, StringComparison.Ordinal))
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
}
