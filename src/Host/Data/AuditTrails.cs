using System.Linq.Expressions;

namespace PerfEval.Host.Data;

/// <summary>Reading the audit trail of a versioned document (a rule set, a workflow definition).</summary>
internal static class AuditTrails
{
    /// <summary>
    /// The rows of <paramref name="trail"/> as ordered there; <see cref="NotFoundException"/> with <paramref name="notFound"/>
    /// when no version matches <paramref name="isDocument"/> (an unknown id has no trail, not an empty one).
    /// </summary>
    public static async Task<List<TAudit>> ReadAsync<TVersion, TAudit>(
        IQueryable<TVersion> versions, Expression<Func<TVersion, bool>> isDocument, IQueryable<TAudit> trail, string notFound, CancellationToken ct)
        where TAudit : class
    {
        if (!await versions.AnyAsync(isDocument, ct))
        {
            throw new NotFoundException(notFound);
        }

        return await trail.AsNoTracking().ToListAsync(ct);
    }
}
