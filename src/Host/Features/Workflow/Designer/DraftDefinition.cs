using PerfEval.Host.Features.Workflow.Definitions;
using PerfEval.Host.Features.Workflow.Routing;

namespace PerfEval.Host.Features.Workflow.Designer;

/// <summary>A definition posted by the designer or an import, read and checked as a new version would be (every reason, never a throw).</summary>
public static class DraftDefinition
{
    /// <summary>The definition (null when the JSON cannot be read) and every problem found.</summary>
    /// <param name="json">The posted definition.</param>
    public static (WorkflowDefinition? Definition, IReadOnlyList<DefinitionError> Errors) Read(JsonElement json)
    {
        if (json.ValueKind != JsonValueKind.Object)
        {
            return (null, [new DefinitionError("$", DesignerText.DraftDefinitionStatic)]);
        }

        WorkflowDefinition definition;
        try
        {
            definition = WorkflowDefinitionJson.Parse(json.GetRawText());
        }
        catch (WorkflowDefinitionException e)
        {
            return (null, e.Errors);
        }

        return (definition, Check(definition));
    }

    /// <summary>Every problem of <paramref name="definition"/>: structure, routes, conditions (rules engine) and report kind.</summary>
    /// <param name="definition">The definition.</param>
    public static IReadOnlyList<DefinitionError> Check(WorkflowDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(definition);
        var errors = WorkflowDefinitionValidator.Validate(definition, RulesRouteConditionChecker.Instance).ToList();
        if (!string.IsNullOrEmpty(definition.ReportKind) && !PublishWorkflowVersionHandler.KnownKinds.Contains(definition.ReportKind))
        {
            errors.Add(new DefinitionError("reportKind", DesignerText.FormatDraftDefinitionCheck(definition.ReportKind)));
        }

        return errors;
    }
}
