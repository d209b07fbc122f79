namespace PerfEval.Host.Features.Workflow.Definitions;

/// <summary>One version of a definition (the latest published when no version is given).</summary>
public sealed record GetWorkflowDefinition(string Id, int? Version) : IQuery<WorkflowDefinition>;

public sealed class GetWorkflowDefinitionHandler(WorkflowCatalog catalog) : IQueryHandler<GetWorkflowDefinition, WorkflowDefinition>
{
    public async ValueTask<WorkflowDefinition> Handle(GetWorkflowDefinition query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        return query.Version is { } v
            ? await catalog.GetAsync(query.Id, v, cancellationToken)
            : await catalog.LatestPublishedAsync(query.Id, cancellationToken);
    }
}
