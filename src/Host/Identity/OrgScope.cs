using Microsoft.EntityFrameworkCore;
using PerfEval.Host.Data;
using PerfEval.Host.Domain;

namespace PerfEval.Host.Identity;

/// <summary>Answers "which organisations may this user see": their own and every one below it.</summary>
public sealed class OrgScope(PerfEvalDbContext db)
{
    private IReadOnlyList<Organisation>? _all;

    public async Task<IReadOnlyList<Organisation>> AllAsync(CancellationToken ct)
        => _all ??= await db.Organisations.AsNoTracking().ToListAsync(ct).ConfigureAwait(false);

    /// <summary>The ids of <paramref name="orgId"/> and all its descendants.</summary>
    public async Task<HashSet<Guid>> VisibleOrgIdsAsync(Guid orgId, CancellationToken ct)
    {
        var all = await AllAsync(ct).ConfigureAwait(false);
        var children = all.Where(o => o.ParentId is not null).ToLookup(o => o.ParentId!.Value, o => o.Id);
        var result = new HashSet<Guid> { orgId };
        var queue = new Queue<Guid>([orgId]);
        while (queue.TryDequeue(out var id))
        {
            foreach (var child in children[id])
            {
                if (result.Add(child))
                {
                    queue.Enqueue(child);
                }
            }
        }

        return result;
    }

    public async Task<bool> CanSeeAsync(UserContext user, Guid orgId, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(user);
        return (await VisibleOrgIdsAsync(user.OrgId, ct).ConfigureAwait(false)).Contains(orgId);
    }

    /// <summary>The parent of an organisation (the supervising department of a unit), if any.</summary>
    public async Task<Organisation?> ParentOfAsync(Guid orgId, CancellationToken ct)
    {
        var all = await AllAsync(ct).ConfigureAwait(false);
        var org = all.FirstOrDefault(o => o.Id == orgId);
        return org?.ParentId is { } p ? all.FirstOrDefault(o => o.Id == p) : null;
    }
}
