using System.Collections.Concurrent;

namespace PerfEval.Host.Features.Workflow;

/// <summary>
/// Finds the definition version a report runs on: the one it is pinned to, or for a report that has not started,
/// the latest published version for its kind. Parsed versions are cached: a stored version never changes.
/// </summary>
public sealed class WorkflowCatalog(PerfEvalDbContext db)
{
    private static readonly ConcurrentDictionary<(string Id, int Version, string Json), WorkflowDefinition> Parsed = new();

    /// <summary>How long the versions in use are kept when this process saved none (another host's publish shows within it).</summary>
    public static readonly TimeSpan InUseMaxAge = TimeSpan.FromSeconds(30);

    private static readonly KeptPerDatabase<string, IReadOnlyList<WorkflowDefinition>> InUse = new();

    /// <summary>Forgets the versions in use kept for the database <paramref name="db"/> uses (a version was saved).</summary>
    internal static void Invalidate(DbContext db) => InUse.Invalidate(db);

    /// <summary>
    /// Every stored version a report can run on (each one that is not a draft), parsed. Read on every inbox page, changed by
    /// a publish or a retirement only: kept for <see cref="InUseMaxAge"/>, dropped at once when this process saves a version.
    /// </summary>
    public Task<IReadOnlyList<WorkflowDefinition>> InUseAsync(DateTime nowUtc, CancellationToken ct) =>
        InUse.GetAsync(db, "in-use", nowUtc, InUseMaxAge, async () =>
            (IReadOnlyList<WorkflowDefinition>)[.. (await db.WorkflowDefinitions.AsNoTracking().Where(d => d.Status != DefinitionStatus.Draft)
                .ToListAsync(ct).ConfigureAwait(false)).Select(Parse)]);

    /// <summary>The JSON name of a report kind as definitions spell it (<c>project</c>, <c>department</c>).</summary>
    public static string KindCode(ReportKind kind) => kind switch
    {
        ReportKind.Project => "project",
        ReportKind.Department => "department",
        _ => kind.ToString().ToLowerInvariant(),
    };

    /// <summary>One stored version, parsed; 404 when absent.</summary>
    public async Task<WorkflowDefinition> GetAsync(string id, int version, CancellationToken ct)
    {
        var row = await db.WorkflowDefinitions.AsNoTracking()
            .SingleOrDefaultAsync(d => d.DefinitionId == id && d.Version == version, ct).ConfigureAwait(false)
            ?? throw new NotFoundException(WorkflowMessageText.FormatWorkflowCatalogGetAsync(id, version));
        return Parse(row);
    }

    /// <summary>The latest published version of a definition; 404 when none.</summary>
    public async Task<WorkflowDefinition> LatestPublishedAsync(string id, CancellationToken ct)
    {
        var row = await db.WorkflowDefinitions.AsNoTracking()
            .Where(d => d.DefinitionId == id && d.Status == DefinitionStatus.Published)
            .OrderByDescending(d => d.Version).FirstOrDefaultAsync(ct).ConfigureAwait(false)
            ?? throw new NotFoundException(WorkflowMessageText.FormatWorkflowCatalogLatestPublishedAsync(id));
        return Parse(row);
    }

    /// <summary>The latest published definition for a report kind (the most recently published one if several).</summary>
    public async Task<WorkflowDefinition> ForNewReportAsync(ReportKind kind, CancellationToken ct)
    {
        var code = KindCode(kind);
        var rows = await db.WorkflowDefinitions.AsNoTracking()
            .Where(d => d.ReportKind == code && d.Status == DefinitionStatus.Published)
            .ToListAsync(ct).ConfigureAwait(false);
        var row = rows.OrderByDescending(d => d.CreatedAtUtc).ThenByDescending(d => d.Version).FirstOrDefault()
            ?? throw new ConflictException(WorkflowMessageText.FormatWorkflowCatalogForNewReportAsync(code));
        return Parse(row);
    }

    /// <summary>The version the report is pinned to, or the one it would start on.</summary>
    public Task<WorkflowDefinition> ForReportAsync(Report report, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(report);
        return report.WorkflowDefinitionId is { } id && report.WorkflowVersion is { } version
            ? GetAsync(id, version, ct)
            : ForNewReportAsync(report.Kind, ct);
    }

    /// <summary>Pins an unpinned report to <paramref name="definition"/> (its version then never changes under it).</summary>
    public static void Pin(Report report, WorkflowDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(definition);
        if (report.WorkflowDefinitionId is null || report.WorkflowVersion is null)
        {
            report.WorkflowDefinitionId = definition.Id;
            report.WorkflowVersion = definition.Version;
        }
    }

    internal static WorkflowDefinition Parse(WorkflowDefinitionVersion row)
        => Parsed.GetOrAdd((row.DefinitionId, row.Version, row.Json), key =>
        {
            var definition = WorkflowDefinitionJson.Parse(key.Json);
            // The row is the authority for identity; the JSON may omit or repeat it.
            definition.Id = key.Id;
            definition.Version = key.Version;
            return definition;
        });
}
