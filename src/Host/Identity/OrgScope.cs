using System.Collections.Concurrent;

namespace PerfEval.Host.Identity;

/// <summary>Answers "which organisations may this user see": their own and every one below it.</summary>
/// <remarks>
/// The organisation tree is read on nearly every request and changes almost never (demo data, set-up), while a province
/// has thousands of units: it is kept per database for <see cref="MaxAge"/>, and dropped at once when this process saves an
/// organisation (<see cref="Invalidate"/>, called by the save interceptor); another host's change shows within MaxAge.
/// </remarks>
public sealed class OrgScope(PerfEvalDbContext db, TimeProvider clock)
{
    /// <summary>How long a cached tree is used before it is read again.</summary>
    public static readonly TimeSpan MaxAge = TimeSpan.FromSeconds(30);

    private static readonly ConcurrentDictionary<string, OrgTree> Trees = new(StringComparer.Ordinal);
    private static long _generation;
    private OrgTree? _tree;

    /// <summary>Forgets every cached tree (an organisation was added, changed or removed).</summary>
    public static void Invalidate() => Interlocked.Increment(ref _generation);

    public async Task<IReadOnlyList<Organisation>> AllAsync(CancellationToken ct) => (await TreeAsync(ct).ConfigureAwait(false)).All;

    /// <summary>The organisation tree: every organisation, by id and by parent.</summary>
    public async Task<OrgTree> TreeAsync(CancellationToken ct)
    {
        if (_tree is { } mine)
        {
            return mine;
        }

        var key = db.Database.GetConnectionString() ?? "";
        var generation = Interlocked.Read(ref _generation);
        var now = clock.GetUtcNow().UtcDateTime;
        if (Trees.TryGetValue(key, out var cached) && cached.Generation == generation && now - cached.LoadedAtUtc < MaxAge && now >= cached.LoadedAtUtc)
        {
            return _tree = cached;
        }

        var all = await db.Organisations.AsNoTracking().ToListAsync(ct).ConfigureAwait(false);
        var tree = new OrgTree(all, generation, now);
        Trees[key] = tree;
        return _tree = tree;
    }

    /// <summary>The ids of <paramref name="orgId"/> and all its descendants.</summary>
    public async Task<HashSet<Guid>> VisibleOrgIdsAsync(Guid orgId, CancellationToken ct)
    {
        var tree = await TreeAsync(ct).ConfigureAwait(false);
        var result = new HashSet<Guid> { orgId };
        var queue = new Queue<Guid>([orgId]);
        while (queue.TryDequeue(out var id))
        {
            foreach (var child in tree.Children[id])
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
        var tree = await TreeAsync(ct).ConfigureAwait(false);
        return tree.ById.TryGetValue(orgId, out var org) && org.ParentId is { } p ? tree.ById.GetValueOrDefault(p) : null;
    }
}

/// <summary>A snapshot of the organisation tree (never modified: shared between requests).</summary>
public sealed class OrgTree
{
    internal OrgTree(IReadOnlyList<Organisation> all, long generation, DateTime loadedAtUtc)
    {
        All = all;
        ById = all.ToDictionary(o => o.Id);
        Children = all.Where(o => o.ParentId is not null).ToLookup(o => o.ParentId!.Value, o => o.Id);
        Generation = generation;
        LoadedAtUtc = loadedAtUtc;
    }

    /// <summary>Every organisation.</summary>
    public IReadOnlyList<Organisation> All { get; }

    /// <summary>Organisations by id.</summary>
    public IReadOnlyDictionary<Guid, Organisation> ById { get; }

    /// <summary>Child ids by parent id.</summary>
    public ILookup<Guid, Guid> Children { get; }

    internal long Generation { get; }

    internal DateTime LoadedAtUtc { get; }
}
