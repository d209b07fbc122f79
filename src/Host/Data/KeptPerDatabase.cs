using System.Collections.Concurrent;

namespace PerfEval.Host.Data;

/// <summary>
/// Values read from a database and kept per database (by connection string) for a while, dropped at once when this
/// process commits a change to what they are read from (<see cref="Invalidate"/>). A value read before such a commit and
/// stored after it is never used: it carries the generation it was read in, and the commit moves the generation.
/// </summary>
/// <typeparam name="TKey">What distinguishes the values kept for one database.</typeparam>
/// <typeparam name="TValue">The value (shared between requests: never modified).</typeparam>
internal sealed class KeptPerDatabase<TKey, TValue>
    where TKey : notnull
{
    /// <summary>Kept values above this many are dropped all at once (a bound, not a cache policy).</summary>
    private const int MaxKept = 10_000;

    private readonly ConcurrentDictionary<(string Database, TKey Key), Kept> _kept = new();
    private readonly ConcurrentDictionary<string, long> _generations = new(StringComparer.Ordinal);

    /// <summary>Forgets every value kept for the database <paramref name="db"/> uses.</summary>
    public void Invalidate(DbContext db)
    {
        ArgumentNullException.ThrowIfNull(db);
        _generations.AddOrUpdate(db.Database.GetConnectionString() ?? "", 1, (_, g) => g + 1);
    }

    /// <summary>The kept value, or — none, too old or dropped — the one <paramref name="read"/> returns, kept when <paramref name="keep"/> says so.</summary>
    public async Task<TValue> GetAsync(DbContext db, TKey key, DateTime nowUtc, TimeSpan maxAge, Func<Task<TValue>> read, Func<TValue, bool>? keep = null)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(read);
        var database = db.Database.GetConnectionString() ?? "";
        var generation = _generations.GetValueOrDefault(database);
        if (_kept.TryGetValue((database, key), out var kept) && kept.Generation == generation && nowUtc >= kept.ReadAtUtc && nowUtc - kept.ReadAtUtc < maxAge)
        {
            return kept.Value;
        }

        var value = await read().ConfigureAwait(false);
        if (keep?.Invoke(value) ?? true)
        {
            if (_kept.Count >= MaxKept)
            {
                _kept.Clear();
            }

            _kept[(database, key)] = new Kept(value, generation, nowUtc);
        }

        return value;
    }

    private sealed record Kept(TValue Value, long Generation, DateTime ReadAtUtc);
}
