using Microsoft.EntityFrameworkCore;
using PerfEval.Host.Data;
using PerfEval.Host.Infrastructure;

namespace PerfEval.Host.Features.Workflow.Definitions;

/// <summary>
/// Pins reports that predate the workflow (the demo drafts and seed reports) to the current published definition
/// of their kind, so that a definition published later never changes them.
/// </summary>
internal sealed class PinReportsTask(ILogger<PinReportsTask> logger) : IStartupTask
{
    /// <summary>After the demo data (100).</summary>
    public int Order => 110;

    public async Task RunAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var db = services.GetRequiredService<PerfEvalDbContext>();
        var catalog = services.GetRequiredService<WorkflowCatalog>();
        var unpinned = await db.Reports.Where(r => r.WorkflowDefinitionId == null || r.WorkflowVersion == null).ToListAsync(cancellationToken);
        var pinned = 0;
        foreach (var report in unpinned)
        {
            try
            {
                WorkflowCatalog.Pin(report, await catalog.ForNewReportAsync(report.Kind, cancellationToken));
                pinned++;
            }
            catch (ConflictException e)
            {
                logger.LogWarning("Report {Id} not pinned: {Reason}", report.Id, e.Message);
            }
        }

        if (pinned > 0)
        {
            // Pinning is bookkeeping, not an edit: the report's version (its ETag) stays as it is.
            await db.SaveChangesAsync(cancellationToken);
            logger.LogInformation("Pinned {Count} reports to their workflow definition version.", pinned);
        }
    }
}
