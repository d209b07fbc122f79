using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace PerfEval.Host.Data;

/// <summary>
/// Drops the values kept between requests (<see cref="ReportCounts"/>, <see cref="Features.Workflow.WorkflowCatalog"/>) that a
/// transaction's saves made stale when it commits: dropped at the save instead, a value read between the save and the commit
/// would be kept as current while it misses the save.
/// </summary>
public sealed class ReportCommitInterceptor : DbTransactionInterceptor
{
    public override void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData)
    {
        Ended(eventData, committed: true);
        base.TransactionCommitted(transaction, eventData);
    }

    public override Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Ended(eventData, committed: true);
        return base.TransactionCommittedAsync(transaction, eventData, cancellationToken);
    }

    public override void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData)
    {
        Ended(eventData, committed: false);
        base.TransactionRolledBack(transaction, eventData);
    }

    public override Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Ended(eventData, committed: false);
        return base.TransactionRolledBackAsync(transaction, eventData, cancellationToken);
    }

    private static void Ended(TransactionEndEventData? eventData, bool committed)
    {
        if (eventData?.Context is PerfEvalDbContext db)
        {
            if (committed)
            {
                ReportSaveInterceptor.Drop(db);
            }
            else
            {
                db.Stale = StaleKept.None;
            }
        }
    }
}
