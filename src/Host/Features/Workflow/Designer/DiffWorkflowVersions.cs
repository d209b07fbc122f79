namespace PerfEval.Host.Features.Workflow.Designer;

/// <summary>The changes between two stored versions of a definition (stages, actions, routes and conditions).</summary>
public sealed record DiffWorkflowVersions(string Id, int From, int To) : IQuery<IReadOnlyList<WorkflowChange>>;

public sealed class DiffWorkflowVersionsHandler(WorkflowCatalog catalog) : IQueryHandler<DiffWorkflowVersions, IReadOnlyList<WorkflowChange>>
{
    public async ValueTask<IReadOnlyList<WorkflowChange>> Handle(DiffWorkflowVersions query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var before = await catalog.GetAsync(query.Id, query.From, cancellationToken);
        var after = await catalog.GetAsync(query.Id, query.To, cancellationToken);
        return WorkflowDiff.Compare(before, after);
    }
}
