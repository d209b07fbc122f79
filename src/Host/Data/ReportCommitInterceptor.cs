using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace PerfEval.Host.Data;

/// <summary>
/// Drops the values kept between requests (<see cref="ReportCounts"/>, <see cref="Features.Workflow.WorkflowCatalog"/>,
/// <see cref="Identity.OrgScope"/>) that a transaction's saves made stale when it commits: dropped at the save instead, a
/// value read between the save and the commit would be kept as current while it misses the save.
/// </summary>
public sealed class ReportCommitInterceptor : DbTransactionInterceptor
{
    public override void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData)
    {
        Committed(eventData);
        base.TransactionCommitted(transaction, eventData);
    }

    public override Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Committed(eventData);
        return base.TransactionCommittedAsync(transaction, eventData, cancellationToken);
    }

    /// <remarks>A rolled-back transaction leaves its marks on the context: the next commit drops a little more than needed.</remarks>
    private static void Committed(TransactionEndEventData? eventData)
    {
        if (eventData?.Context is PerfEvalDbContext db)
        {
            ReportSaveInterceptor.Drop(db);
        }
    }
}
