using PerfEval.Host.Features.Workflow;
using PerfEval.Rules.Engine;

namespace PerfEval.Host.Data;

/// <summary>
/// After start-up, in the background and in batches: pins reports stored before pinning happened at creation (the demo
/// drafts and seed reports of older databases, bulk-loaded rows) and writes the scoring projection of reports stored
/// before it existed. Start-up itself never reads reports, so it takes the same time whatever their number.
/// </summary>
public sealed class ReportUpkeepService(IServiceScopeFactory scopes, IHostApplicationLifetime lifetime, ILogger<ReportUpkeepService> logger)
    : BackgroundService
{
    /// <summary>Reports per batch (one short transaction each).</summary>
    public const int BatchSize = 500;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Not before the host serves requests (start-up tasks, migrations included, have run by then).
        var started = new TaskCompletionSource();
        await using (lifetime.ApplicationStarted.Register(() => started.TrySetResult()))
        await using (stoppingToken.Register(() => started.TrySetCanceled(stoppingToken)))
        {
            try
            {
                await started.Task.ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }

        try
        {
            var pinned = await PinAllAsync(stoppingToken).ConfigureAwait(false);
            var projected = await ProjectAllAsync(stoppingToken).ConfigureAwait(false);
            if (pinned + projected > 0)
            {
                logger.LogInformation("Report upkeep: {Pinned} reports pinned to their workflow definition, {Projected} scoring projections written.", pinned, projected);
                await RefreshStatisticsAsync(stoppingToken).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
#pragma warning disable CA1031 // Upkeep is best effort: the next start tries again; readers fall back to the whole form.
        catch (Exception e)
#pragma warning restore CA1031
        {
            logger.LogWarning(e, "Report upkeep stopped; it resumes at the next start.");
        }
    }

    /// <summary>
    /// PostgreSQL: vacuums and analyses the reports table after the upkeep rewrote its rows. Every rewritten row leaves the
    /// visibility map unset, so until autovacuum passes the report list's count runs as a heap scan (26× /health at 100 000
    /// reports) instead of an index-only scan. SQLite has no such map: nothing to do.
    /// </summary>
    public async Task RefreshStatisticsAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PerfEvalDbContext>();
        if (db.Database.IsNpgsql())
        {
            // Not in a transaction: VACUUM refuses to run inside one.
            await db.Database.ExecuteSqlRawAsync("VACUUM (ANALYZE) \"Reports\"", ct).ConfigureAwait(false);
        }
    }

    /// <summary>Pins unpinned reports, a batch at a time, to the latest published definition of their kind.</summary>
    public async Task<int> PinAllAsync(CancellationToken ct)
    {
        var total = 0;
        foreach (var kind in Enum.GetValues<ReportKind>())
        {
            Guid? after = null; // keyset: each batch starts where the last one ended, so no row is read twice
            while (true)
            {
                await using var scope = scopes.CreateAsyncScope();
                var db = scope.ServiceProvider.GetRequiredService<PerfEvalDbContext>();
                Workflows.Definitions.WorkflowDefinition definition;
                try
                {
                    definition = await scope.ServiceProvider.GetRequiredService<WorkflowCatalog>().ForNewReportAsync(kind, ct).ConfigureAwait(false);
                }
                catch (ConflictException)
                {
                    break;
                }

                var unpinned = db.Reports.Where(r => r.Kind == kind && (r.WorkflowDefinitionId == null || r.WorkflowVersion == null));
                if (after is { } last)
                {
                    unpinned = unpinned.Where(r => r.Id.CompareTo(last) > 0);
                }

                var ids = await unpinned.OrderBy(r => r.Id).Select(r => r.Id).Take(BatchSize).ToListAsync(ct).ConfigureAwait(false);
                if (ids.Count == 0)
                {
                    break;
                }

                after = ids[^1];
                // Pinning is bookkeeping, not an edit: the report's version (its ETag) stays as it is.
                total += await db.Reports.Where(r => ids.Contains(r.Id) && (r.WorkflowDefinitionId == null || r.WorkflowVersion == null))
                    .ExecuteUpdateAsync(s => s.SetProperty(r => r.WorkflowDefinitionId, definition.Id).SetProperty(r => r.WorkflowVersion, definition.Version), ct)
                    .ConfigureAwait(false);
            }
        }

        return total;
    }

    /// <summary>Writes the scoring projection of reports that have none, a batch at a time.</summary>
    public async Task<int> ProjectAllAsync(CancellationToken ct)
    {
        var total = 0;
        Guid? after = null; // keyset: each batch starts where the last one ended, so no row is read twice
        while (true)
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<PerfEvalDbContext>();
            var missing = db.Reports.AsNoTracking().Where(r => r.ScoringInput == null);
            if (after is { } last)
            {
                missing = missing.Where(r => r.Id.CompareTo(last) > 0);
            }

            var rows = await missing.OrderBy(r => r.Id).Take(BatchSize).Select(r => new { r.Id, r.Content }).ToListAsync(ct).ConfigureAwait(false);
            if (rows.Count == 0)
            {
                return total;
            }

            after = rows[^1].Id;
            await using var transaction = await db.Database.BeginTransactionAsync(ct).ConfigureAwait(false);
            foreach (var row in rows)
            {
                var projection = ScoringInput.Encode(row.Content);
                // Only where still missing: a report saved meanwhile already has the projection of its new form.
                total += await db.Reports.Where(r => r.Id == row.Id && r.ScoringInput == null)
                    .ExecuteUpdateAsync(s => s.SetProperty(r => r.ScoringInput, projection), ct).ConfigureAwait(false);
            }

            await transaction.CommitAsync(ct).ConfigureAwait(false);
        }
    }
}
