using Microsoft.EntityFrameworkCore.Diagnostics;
using PerfEval.Host.Features.Workflow;
using PerfEval.Rules.Engine;

namespace PerfEval.Host.Data;

/// <summary>
/// Runs on every SaveChanges: a report whose form was added or changed gets its <see cref="Report.ScoringInput"/> rewritten
/// (so it can never drift from <see cref="Report.Content"/>), and a new report is pinned to the workflow definition version
/// of its round (<see cref="EvaluationRound.WorkflowVersion"/>), or — outside a round, or in a round opened before rounds
/// pinned one — to the latest published workflow definition of its kind; at creation, instead of by a start-up pass. Saving an organisation drops the
/// kept organisation tree (<see cref="Identity.OrgScope"/>); saving a report drops the kept list totals
/// (<see cref="ReportCounts"/>) and saving a workflow definition version the kept versions in use
/// (<see cref="WorkflowCatalog"/>), once the save is committed (<see cref="ReportCommitInterceptor"/> inside a transaction).
/// </summary>
public sealed class ReportSaveInterceptor : SaveChangesInterceptor
{
    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(eventData);
        if (eventData.Context is PerfEvalDbContext db)
        {
            foreach (var report in Changed(db))
            {
                if (report.WorkflowDefinitionId is null || report.WorkflowVersion is null)
                {
                    await PinAsync(db, report, cancellationToken).ConfigureAwait(false);
                }
            }
        }

        return await base.SavingChangesAsync(eventData, result, cancellationToken).ConfigureAwait(false);
    }

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        ArgumentNullException.ThrowIfNull(eventData);
        if (eventData.Context is PerfEvalDbContext db)
        {
            foreach (var report in Changed(db))
            {
                if (report.WorkflowDefinitionId is null || report.WorkflowVersion is null)
                {
                    PinAsync(db, report, CancellationToken.None).GetAwaiter().GetResult();
                }
            }
        }

        return base.SavingChanges(eventData, result);
    }

    public override ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        Saved(eventData?.Context);
        return base.SavedChangesAsync(eventData!, result, cancellationToken);
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        Saved(eventData?.Context);
        return base.SavedChanges(eventData!, result);
    }

    /// <summary>Committed (no transaction open): the kept values the save made stale go now; in a transaction, at its commit.</summary>
    private static void Saved(DbContext? context)
    {
        if (context is PerfEvalDbContext db && db.Database.CurrentTransaction is null)
        {
            Drop(db);
        }
    }

    /// <summary>Drops the kept values the committed saves of <paramref name="db"/> made stale.</summary>
    internal static void Drop(PerfEvalDbContext db)
    {
        var stale = db.Stale;
        db.Stale = StaleKept.None;
        if (stale.HasFlag(StaleKept.Counts))
        {
            ReportCounts.Invalidate(db);
        }

        if (stale.HasFlag(StaleKept.Workflows))
        {
            WorkflowCatalog.Invalidate(db);
        }

        if (stale.HasFlag(StaleKept.Organisations))
        {
            Identity.OrgScope.Invalidate(db);
        }
    }

    /// <summary>Reports added, or whose form changed; their projection is brought up to date here.</summary>
    private static List<Report> Changed(PerfEvalDbContext db)
    {
        db.ChangeTracker.DetectChanges();
        if (db.ChangeTracker.Entries<Organisation>().Any(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted))
        {
            // Who sees which organisation decides what a kept count covers.
            db.Stale |= StaleKept.Organisations | StaleKept.Counts;
        }

        if (db.ChangeTracker.Entries<WorkflowDefinitionVersion>().Any(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted))
        {
            db.Stale |= StaleKept.Workflows;
        }

        var added = new List<Report>();
        foreach (var entry in db.ChangeTracker.Entries<Report>())
        {
            if (entry.State is EntityState.Added or EntityState.Modified or EntityState.Deleted)
            {
                db.Stale |= StaleKept.Counts;
            }

            if (entry.State == EntityState.Added || (entry.State == EntityState.Modified && entry.Property(r => r.Content).IsModified))
            {
                entry.Entity.ScoringInput = ScoringInput.Encode(entry.Entity.Content);
            }

            if (entry.State == EntityState.Added)
            {
                added.Add(entry.Entity);
            }
        }

        return added;
    }

    private static async Task PinAsync(PerfEvalDbContext db, Report report, CancellationToken ct)
    {
        if (report.RoundId is { } roundId)
        {
            // The round may be saved in this same SaveChanges (opening a round creates its reports).
            var round = db.Rounds.Local.FirstOrDefault(r => r.Id == roundId);
            var (id, version) = round is not null
                ? (round.WorkflowDefinitionId, round.WorkflowVersion)
                : await db.Rounds.AsNoTracking().Where(r => r.Id == roundId)
                    .Select(r => new ValueTuple<string?, int?>(r.WorkflowDefinitionId, r.WorkflowVersion)).FirstOrDefaultAsync(ct).ConfigureAwait(false);
            if (id is not null && version is not null)
            {
                report.WorkflowDefinitionId = id;
                report.WorkflowVersion = version;
                return;
            }
        }

        try
        {
            WorkflowCatalog.Pin(report, await new WorkflowCatalog(db).ForNewReportAsync(report.Kind, ct).ConfigureAwait(false));
        }
        catch (ConflictException)
        {
            // No published definition for the kind yet: the report stays unpinned and starts on whatever is published then.
        }
    }
}
