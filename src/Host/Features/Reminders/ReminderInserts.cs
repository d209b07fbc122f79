using Microsoft.EntityFrameworkCore.Storage;

namespace PerfEval.Host.Features.Reminders;

/// <summary>
/// Stores reminders in batches, each one <c>INSERT … ON CONFLICT DO NOTHING</c>: the unique index (report, stage, kind,
/// day) still decides which run owns a reminder, but a duplicate is skipped by the database instead of failing the
/// statement — no exception, no error in the log. Rows are sorted by that key so concurrent batches lock in one order.
/// On SQLite a batch is one JSON parameter read with <c>json_each</c> (SQLite finds each named parameter by a linear
/// search, so thousands of parameters per statement cost seconds); PostgreSQL binds the rows' values by position.
/// </summary>
public sealed class ReminderInserts(PerfEvalDbContext db)
{
    /// <summary>Rows per statement (11 parameters each: under SQLite's 32 766 and PostgreSQL's 65 535).</summary>
    public const int BatchSize = 1000;

    private const int Columns = 11;

    private const int BatchesPerTransaction = 10;

    /// <summary>Inserts the (unread) reminders that are not stored yet; returns the ids of those this call inserted.</summary>
    public async Task<HashSet<Guid>> InsertNewAsync(IReadOnlyList<Reminder> reminders, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(reminders);
        var inserted = new HashSet<Guid>();
        var ordered = reminders.OrderBy(r => r.ReportId).ThenBy(r => r.Stage, StringComparer.Ordinal).ThenBy(r => r.Kind).ThenBy(r => r.Day).ToList();
        var sqlite = db.Database.IsSqlite();
        IDbContextTransaction? transaction = null;
        for (var start = 0; start < ordered.Count; start += BatchSize)
        {
            // Ten batches per transaction: fewer commits (each one a sync to disk), write locks still held only briefly.
            if (start % (BatchSize * BatchesPerTransaction) == 0)
            {
                if (transaction is not null)
                {
                    await transaction.CommitAsync(ct).ConfigureAwait(false);
                    await transaction.DisposeAsync().ConfigureAwait(false);
                }

                transaction = await db.Database.BeginTransactionAsync(ct).ConfigureAwait(false);
            }

            var batch = ordered.GetRange(start, Math.Min(BatchSize, ordered.Count - start));
            var count = sqlite ? await InsertSqliteAsync(batch, ct).ConfigureAwait(false) : await InsertValuesAsync(batch, ct).ConfigureAwait(false);
            if (count == batch.Count)
            {
                inserted.UnionWith(batch.Select(r => r.Id));
            }
            else if (count > 0)
            {
                // Some were there already (another run or server): which ones are ours is what the database now holds.
                var ids = batch.Select(r => r.Id).ToList();
                inserted.UnionWith(await db.Reminders.AsNoTracking().Where(r => ids.Contains(r.Id)).Select(r => r.Id).ToListAsync(ct).ConfigureAwait(false));
            }
        }

        if (transaction is not null)
        {
            await transaction.CommitAsync(ct).ConfigureAwait(false);
            await transaction.DisposeAsync().ConfigureAwait(false);
        }

        return inserted;
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

    private async Task<int> InsertValuesAsync(List<Reminder> batch, CancellationToken ct)
    {
        {
            var sql = new StringBuilder(
                """INSERT INTO "Reminders" ("Id", "ReportId", "Stage", "Kind", "RecipientOrgId", "RecipientRole", "Day", "Escalated", "Days", "Message", "CreatedAtUtc") VALUES """);
            var parameters = new object[batch.Count * Columns];
            for (var n = 0; n < batch.Count; n++)
            {
                var r = batch[n];
                var p = n * Columns;
                sql.Append(n == 0 ? "(" : ", (");
                for (var c = 0; c < Columns; c++)
                {
                    sql.Append(c == 0 ? "{" : ", {").Append((p + c).ToString(CultureInfo.InvariantCulture)).Append('}');
                }

                sql.Append(')');
                parameters[p] = r.Id;
                parameters[p + 1] = r.ReportId;
                parameters[p + 2] = r.Stage;
                parameters[p + 3] = r.Kind.ToString();
                parameters[p + 4] = r.RecipientOrgId;
                parameters[p + 5] = r.RecipientRole;
                parameters[p + 6] = r.Day;
                parameters[p + 7] = r.Escalated;
                parameters[p + 8] = r.Days;
                parameters[p + 9] = r.Message;
                parameters[p + 10] = DateTime.SpecifyKind(r.CreatedAtUtc, DateTimeKind.Utc);
            }

            sql.Append(" ON CONFLICT DO NOTHING");
            return await db.Database.ExecuteSqlRawAsync(sql.ToString(), parameters, ct).ConfigureAwait(false);
        }
    }
}
