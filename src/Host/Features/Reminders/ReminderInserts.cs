using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using PerfEval.Host.Data;
using PerfEval.Host.Domain;

namespace PerfEval.Host.Features.Reminders;

/// <summary>
/// Stores reminders in batches, each one <c>INSERT … ON CONFLICT DO NOTHING</c>: the unique index (report, stage, kind,
/// day) still decides which run owns a reminder, but a duplicate is skipped by the database instead of failing the
/// statement — no exception, no error in the log. Rows are sorted by that key so concurrent batches lock in one order.
/// </summary>
public sealed class ReminderInserts(PerfEvalDbContext db)
{
    /// <summary>Rows per statement (11 parameters each: under SQLite's 32 766 and PostgreSQL's 65 535).</summary>
    public const int BatchSize = 1000;

    private const int Columns = 11;

    /// <summary>Inserts the (unread) reminders that are not stored yet; returns the ids of those this call inserted.</summary>
    public async Task<HashSet<Guid>> InsertNewAsync(IReadOnlyList<Reminder> reminders, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(reminders);
        var inserted = new HashSet<Guid>();
        var ordered = reminders.OrderBy(r => r.ReportId).ThenBy(r => r.Stage, StringComparer.Ordinal).ThenBy(r => r.Kind).ThenBy(r => r.Day).ToList();
        for (var start = 0; start < ordered.Count; start += BatchSize)
        {
            var batch = ordered.GetRange(start, Math.Min(BatchSize, ordered.Count - start));
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
            var count = await db.Database.ExecuteSqlRawAsync(sql.ToString(), parameters, ct).ConfigureAwait(false);
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

        return inserted;
    }
}
