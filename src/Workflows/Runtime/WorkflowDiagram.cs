using System.Text;
using PerfEval.Workflows.Definitions;
using Stateless.Graph;

namespace PerfEval.Workflows.Runtime;

/// <summary>Draws a definition with Stateless' own graph writers, every guard described by its condition.</summary>
public static class WorkflowDiagram
{
    /// <summary>Style class name given to the current stage in Mermaid output.</summary>
    public const string CurrentStageClass = "current";

    /// <summary>
    /// Mermaid <c>stateDiagram-v2</c> text of the definition: transitions labelled with the action and its guards,
    /// each stage described by its Chinese label, and optionally the current stage highlighted.
    /// </summary>
    /// <param name="definition">The definition to draw.</param>
    /// <param name="currentStage">Stage to mark (a report's stage), or <c>null</c>.</param>
    public static string ToMermaid(WorkflowDefinition definition, string? currentStage = null)
    {
        ArgumentNullException.ThrowIfNull(definition);
        var text = new StringBuilder(MermaidGraph.Format(Info(definition), MermaidGraphDirection.TopToBottom).ReplaceLineEndings("\n").TrimEnd());
        text.Append('\n');
        foreach (var stage in definition.Stages)
        {
            var label = stage.DueDays is { } days ? $"{stage.Label}（{days}天）" : stage.Label;
            text.Append('\t').Append(stage.Code).Append(" : ").Append(label).Append('\n');
        }

        foreach (var stage in definition.Stages.Where(s => s.Terminal))
        {
            text.Append('\t').Append(stage.Code).Append(" --> [*]\n");
        }

        if (!string.IsNullOrEmpty(currentStage) && definition.FindStage(currentStage) is not null)
        {
            text.Append("\tclassDef ").Append(CurrentStageClass).Append(" fill:#ffe082,stroke:#e65100,stroke-width:3px\n");
            text.Append("\tclass ").Append(currentStage).Append(' ').Append(CurrentStageClass).Append('\n');
        }

        return text.ToString();
    }

    /// <summary>Graphviz DOT text (UML style) of the definition, guards described.</summary>
    /// <param name="definition">The definition to draw.</param>
    public static string ToDot(WorkflowDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(definition);
        return UmlDotGraph.Format(Info(definition));
    }

    private static Stateless.Reflection.StateMachineInfo Info(WorkflowDefinition definition)
    {
        var stage = definition.StartStage;
        return MachineFactory.Build(definition, null, () => stage, s => stage = s).Machine.GetInfo();
    }
}
