namespace PerfEval.Host.Features.Workflow;

/// <summary>
/// The workflow definition of each report of a page or a count, read once per version: a pinned report's by its id and
/// version, an unpinned one's as the latest for its kind (what <see cref="WorkflowCatalog.ForReportAsync"/> answers for
/// one report). For one request only; versions already read can be handed in.
/// </summary>
/// <param name="catalog">Reads what is not known yet.</param>
/// <param name="known">Stored versions already read (e.g. <see cref="WorkflowCatalog.InUseAsync"/>).</param>
public sealed class ReportDefinitions(WorkflowCatalog catalog, IEnumerable<WorkflowDefinition>? known = null)
{
    private readonly Dictionary<(string?, int?, ReportKind), WorkflowDefinition> _read =
        (known ?? []).ToDictionary(d => ((string?)d.Id, (int?)d.Version, default(ReportKind)), d => d);

    /// <summary>The definition of a report pinned to <paramref name="id"/> v<paramref name="version"/>, or unpinned of <paramref name="kind"/>.</summary>
    public async Task<WorkflowDefinition> ForAsync(string? id, int? version, ReportKind kind, CancellationToken ct)
    {
        var key = id is not null && version is not null ? (id, version, default(ReportKind)) : (null, null, kind);
        if (!_read.TryGetValue(key, out var definition))
        {
            definition = _read[key] = id is not null && version is { } v
                ? await catalog.GetAsync(id, v, ct).ConfigureAwait(false)
                : await catalog.ForNewReportAsync(kind, ct).ConfigureAwait(false);
        }

        return definition;
    }
}
