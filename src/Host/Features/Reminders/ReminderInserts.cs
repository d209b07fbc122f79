using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;
using NpgsqlTypes;

namespace PerfEval.Host.Features.Reminders;

/// <summary>
/// Stores reminders in batches, each one <c>INSERT … ON CONFLICT DO NOTHING</c>: the unique index (report, stage, kind,
/// day) still decides which run owns a reminder, but a duplicate is skipped by the database instead of failing the
/// statement — no exception, no error in the log. Rows are sorted by that key so concurrent batches lock in one order.
/// On SQLite a batch is one JSON parameter read with <c>json_each</c> (SQLite finds each named parameter by a linear
/// search, so thousands of parameters per statement cost seconds); on PostgreSQL a batch is one array parameter per
/// column read with <c>unnest</c> (one short statement, planned in microseconds, whatever the number of rows).
/// </summary>
public sealed class ReminderInserts(PerfEvalDbContext db)
{
    /// <summary>Rows per statement on SQLite (one JSON text parameter).</summary>
    public const int SqliteBatchSize = 1000;

    /// <summary>Rows per statement on PostgreSQL (eleven array parameters, no limit on their length).</summary>
    public const int PostgreSqlBatchSize = 10_000;

    /// <summary>Rows per transaction: fewer commits (each one a sync to disk), write locks still held only briefly.</summary>
    private const int RowsPerTransaction = 10_000;

    /// <summary>Inserts the (unread) reminders that are not stored yet; returns the ids of those this call inserted.</summary>
    public async Task<HashSet<Guid>> InsertNewAsync(IReadOnlyList<Reminder> reminders, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(reminders);
        var inserted = new HashSet<Guid>();
        var ordered = reminders.OrderBy(r => r.ReportId).ThenBy(r => r.Stage, StringComparer.Ordinal).ThenBy(r => r.Kind).ThenBy(r => r.Day).ToList();
        var sqlite = db.Database.IsSqlite();
        var batchSize = sqlite ? SqliteBatchSize : PostgreSqlBatchSize;
        IDbContextTransaction? transaction = null;
        for (var start = 0; start < ordered.Count; start += batchSize)
        {
            if (start % RowsPerTransaction == 0)
            {
                await CommitAsync(transaction, ct).ConfigureAwait(false);
                transaction = await db.Database.BeginTransactionAsync(ct).ConfigureAwait(false);
            }

            var batch = ordered.GetRange(start, Math.Min(batchSize, ordered.Count - start));
            var count = sqlite ? await InsertSqliteAsync(batch, ct).ConfigureAwait(false) : await InsertArraysAsync(batch, ct).ConfigureAwait(false);
            inserted.UnionWith(await OwnedAsync(batch, count, ct).ConfigureAwait(false));
        }

        await CommitAsync(transaction, ct).ConfigureAwait(false);
        return inserted;
    }

    private static async Task CommitAsync(IDbContextTransaction? transaction, CancellationToken ct)
    {
        if (transaction is not null)
        {
            await transaction.CommitAsync(ct).ConfigureAwait(false);
            await transaction.DisposeAsync().ConfigureAwait(false);
        }
    }

    /// <summary>The ids of the batch this call stored, given how many rows its statement inserted.</summary>
    private async Task<IEnumerable<Guid>> OwnedAsync(List<Reminder> batch, int count, CancellationToken ct)
    {
        if (count == batch.Count)
        {
            return batch.Select(r => r.Id);
        }

        if (count == 0)
        {
            return [];
        }

        // Some were there already (another run or server): which ones are ours is what the database now holds.
        var ids = batch.Select(r => r.Id).ToList();
        return await db.Reminders.AsNoTracking().Where(r => ids.Contains(r.Id)).Select(r => r.Id).ToListAsync(ct).ConfigureAwait(false);
    }

    /// <summary>The rows as one JSON array, each value written as EF Core's SQLite provider stores it (upper-case GUID text,
    /// <c>yyyy-MM-dd</c> days, <c>yyyy-MM-dd HH:mm:ss.FFFFFFF</c> times, 0/1).</summary>
    private Task<int> InsertSqliteAsync(List<Reminder> batch, CancellationToken ct)
    {
        var rows = batch.Select(r => new object[]
        {
            r.Id.ToString("D").ToUpperInvariant(), r.ReportId.ToString("D").ToUpperInvariant(), r.Stage, r.Kind.ToString(),
            r.RecipientOrgId.ToString("D").ToUpperInvariant(), r.RecipientRole, r.Day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            r.Escalated ? 1 : 0, r.Days, r.Message, r.CreatedAtUtc.ToString("yyyy-MM-dd HH:mm:ss.FFFFFFF", CultureInfo.InvariantCulture),
        });
        var json = System.Text.Json.JsonSerializer.Serialize(rows);
        return db.Database.ExecuteSqlRawAsync(
            """
            INSERT INTO "Reminders" ("Id", "ReportId", "Stage", "Kind", "RecipientOrgId", "RecipientRole", "Day", "Escalated", "Days", "Message", "CreatedAtUtc")
            SELECT value ->> 0, value ->> 1, value ->> 2, value ->> 3, value ->> 4, value ->> 5, value ->> 6, value ->> 7, value ->> 8, value ->> 9, value ->> 10
            FROM json_each({0}) WHERE true
            ON CONFLICT DO NOTHING
            """,
            [json], ct);
    }

    /// <summary>
    /// One array per column, zipped back into rows by <c>unnest</c> in array order (the batch's key order). Each array's
    /// type is set, not inferred: the times go as <c>timestamptz[]</c> (UTC), never as <c>timestamp[]</c> that a cast would
    /// read in the session's time zone; varchar columns take the text arrays by assignment.
    /// </summary>
    private Task<int> InsertArraysAsync(List<Reminder> batch, CancellationToken ct) => db.Database.ExecuteSqlRawAsync(
        """
        INSERT INTO "Reminders" ("Id", "ReportId", "Stage", "Kind", "RecipientOrgId", "RecipientRole", "Day", "Escalated", "Days", "Message", "CreatedAtUtc")
        SELECT * FROM unnest(@ids, @reportIds, @stages, @kinds, @orgIds, @roles, @days, @escalated, @dayCounts, @messages, @created)
        ON CONFLICT DO NOTHING
        """,
        [
            Column("ids", NpgsqlDbType.Uuid, batch, r => r.Id), Column("reportIds", NpgsqlDbType.Uuid, batch, r => r.ReportId),
            Column("stages", NpgsqlDbType.Text, batch, r => r.Stage), Column("kinds", NpgsqlDbType.Text, batch, r => r.Kind.ToString()),
            Column("orgIds", NpgsqlDbType.Uuid, batch, r => r.RecipientOrgId), Column("roles", NpgsqlDbType.Text, batch, r => r.RecipientRole),
            Column("days", NpgsqlDbType.Date, batch, r => r.Day), Column("escalated", NpgsqlDbType.Boolean, batch, r => r.Escalated),
            Column("dayCounts", NpgsqlDbType.Integer, batch, r => r.Days), Column("messages", NpgsqlDbType.Text, batch, r => r.Message),
            Column("created", NpgsqlDbType.TimestampTz, batch, r => DateTime.SpecifyKind(r.CreatedAtUtc, DateTimeKind.Utc)),
        ],
        ct);

    private static NpgsqlParameter<T[]> Column<T>(string name, NpgsqlDbType type, List<Reminder> batch, Func<Reminder, T> value) =>
        new(name, batch.Select(value).ToArray()) { NpgsqlDbType = NpgsqlDbType.Array | type };
}
