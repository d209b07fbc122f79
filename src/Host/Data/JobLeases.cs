namespace PerfEval.Host.Data;

/// <summary>
/// Takes and releases named leases in the <c>JobLeases</c> table with one upsert each (SQLite and PostgreSQL alike): a run
/// takes the lease when nobody holds it or the holder's lease has expired, so one run at a time works across all hosts.
/// </summary>
public sealed class JobLeases(PerfEvalDbContext db, TimeProvider clock)
{
    /// <summary>The holder token when the lease was taken, or null when another run holds it.</summary>
    public async Task<string?> TryAcquireAsync(string name, TimeSpan duration, CancellationToken ct)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        var now = clock.GetUtcNow().UtcDateTime;
        var holder = Guid.NewGuid().ToString("N");
        var taken = await db.Database.ExecuteSqlRawAsync(
            """
            INSERT INTO "JobLeases" ("Name", "Holder", "ExpiresAtUtc") VALUES ({0}, {1}, {2})
            ON CONFLICT ("Name") DO UPDATE SET "Holder" = excluded."Holder", "ExpiresAtUtc" = excluded."ExpiresAtUtc"
            WHERE "JobLeases"."ExpiresAtUtc" < {3}
            """,
            [name, holder, now + duration, now], ct).ConfigureAwait(false);
        return taken == 1 ? holder : null;
    }

    /// <summary>Gives the lease back (only the holder can).</summary>
    public Task ReleaseAsync(string name, string holder, CancellationToken ct)
        => db.Database.ExecuteSqlRawAsync("""DELETE FROM "JobLeases" WHERE "Name" = {0} AND "Holder" = {1}""", [name, holder], ct);
}
