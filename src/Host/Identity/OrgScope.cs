namespace PerfEval.Host.Identity;

/// <summary>Answers "which organisations may this user see": their own and every one below it.</summary>
/// <remarks>
/// The organisation tree is read on nearly every request and changes almost never (demo data, set-up), while a province
/// has thousands of units: it is kept per database for <see cref="MaxAge"/>, and dropped at once when this process commits a
/// save of an organisation (<see cref="Invalidate"/>, called by the save interceptors); another host's change shows within MaxAge.
/// </remarks>
public sealed class OrgScope(PerfEvalDbContext db, TimeProvider clock)
{
    /// <summary>How long a cached tree is used before it is read again.</summary>
    public static readonly TimeSpan MaxAge = TimeSpan.FromSeconds(30);

    private static readonly KeptPerDatabase<string, OrgTree> Trees = new();
    private OrgTree? _tree;

    /// <summary>Forgets the tree kept for the database <paramref name="db"/> uses (an organisation was added, changed or removed).</summary>
    internal static void Invalidate(DbContext db) => Trees.Invalidate(db);

    public async Task<IReadOnlyList<Organisation>> AllAsync(CancellationToken ct) => (await TreeAsync(ct).ConfigureAwait(false)).All;

    /// <summary>The organisation tree: every organisation, by id and by parent.</summary>
    public async Task<OrgTree> TreeAsync(CancellationToken ct) =>
        _tree ??= await Trees.GetAsync(db, "tree", clock.GetUtcNow().UtcDateTime, MaxAge,
            async () => new OrgTree(await db.Organisations.AsNoTracking().ToListAsync(ct).ConfigureAwait(false))).ConfigureAwait(false);

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
    internal OrgTree(IReadOnlyList<Organisation> all)
    {
        All = all;
        ById = all.ToDictionary(o => o.Id);
        Children = all.Where(o => o.ParentId is not null).ToLookup(o => o.ParentId!.Value, o => o.Id);
    }

    /// <summary>Every organisation.</summary>
    public IReadOnlyList<Organisation> All { get; }

    /// <summary>Organisations by id.</summary>
    public IReadOnlyDictionary<Guid, Organisation> ById { get; }

    /// <summary>Child ids by parent id.</summary>
    public ILookup<Guid, Guid> Children { get; }
}
