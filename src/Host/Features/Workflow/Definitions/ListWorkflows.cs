namespace PerfEval.Host.Features.Workflow.Definitions;

/// <summary>Every workflow definition with its versions (definitions are not organisation data: any signed-in user may read them).</summary>
public sealed record ListWorkflows : IQuery<IReadOnlyList<WorkflowSummary>>;

/// <summary>A definition and its versions, newest first.</summary>
public sealed record WorkflowSummary(string Id, string Name, string ReportKind, int? LatestPublishedVersion, IReadOnlyList<WorkflowVersionInfo> Versions);

/// <summary>One stored version, with its change note and who published it (null while a draft, and for shipped versions).</summary>
public sealed record WorkflowVersionInfo(
    int Version, string Name, DefinitionStatus Status, DateTime CreatedAtUtc, string CreatedBy, string? ChangeNote = null, DateTime? PublishedAtUtc = null, string? PublishedBy = null)
{
    /// <summary>The summary of a stored version.</summary>
    public static WorkflowVersionInfo From(WorkflowDefinitionVersion row)
    {
        ArgumentNullException.ThrowIfNull(row);
        return new(row.Version, row.Name, row.Status, row.CreatedAtUtc, row.CreatedBy, row.ChangeNote, row.PublishedAtUtc, row.PublishedBy);
    }
}

public sealed class ListWorkflowsHandler(PerfEvalDbContext db) : IQueryHandler<ListWorkflows, IReadOnlyList<WorkflowSummary>>
{
    public async ValueTask<IReadOnlyList<WorkflowSummary>> Handle(ListWorkflows query, CancellationToken cancellationToken)
    {
        var rows = await db.WorkflowDefinitions.AsNoTracking()
            .Select(d => new { d.DefinitionId, d.Version, d.Name, d.ReportKind, d.Status, d.CreatedAtUtc, d.CreatedBy, d.ChangeNote, d.PublishedAtUtc, d.PublishedBy })
            .ToListAsync(cancellationToken);
        return rows.GroupBy(d => d.DefinitionId).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g =>
        {
            var versions = g.OrderByDescending(d => d.Version).ToList();
            var latest = versions.FirstOrDefault(d => d.Status == DefinitionStatus.Published);
            var head = latest ?? versions[0];
            return new WorkflowSummary(g.Key, head.Name, head.ReportKind, latest?.Version,
                versions.Select(d => new WorkflowVersionInfo(d.Version, d.Name, d.Status, d.CreatedAtUtc, d.CreatedBy, d.ChangeNote, d.PublishedAtUtc, d.PublishedBy)).ToList());
        }).ToList();
    }
}
