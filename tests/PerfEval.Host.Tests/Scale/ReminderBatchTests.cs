using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PerfEval.Host.Data;
using PerfEval.Host.Domain;
using PerfEval.Host.Features.Reminders;
using PerfEval.Host.Jobs;
using PerfEval.Host.Tests.Infrastructure;
using PerfEval.Workflows.Reminders;
using static PerfEval.Host.Tests.RoundsTestSupport;

namespace PerfEval.Host.Tests.Scale;

/// <summary>SQLite file database (several writers at once).</summary>
public sealed class ReminderBatchTests(PerfEvalFactory.WithFileDatabase factory) : IClassFixture<PerfEvalFactory.WithFileDatabase>
{
    [Fact]
    public Task InsertNew_SameRemindersFromManyScopesAtOnce_EachStoredOnceAndOwnedByOne() => ReminderBatchChecks.ConcurrentInsertsAsync(factory);

    [Fact]
    public Task InsertNew_SomeAlreadyStored_StoresTheRestExactlyAndReturnsOnlyItsOwnIds() => ReminderBatchChecks.RoundTripAsync(factory);

    [Fact]
    public Task RunOnce_WhileAnotherRunHoldsTheLease_IsSkipped() => ReminderBatchChecks.LeaseAsync(factory);

    [Fact]
    public Task Scan_ManyDue_IdsIncreaseInKeyOrderAndRecordTheClock() => ReminderBatchChecks.OrderedIdsAsync(factory);

    [Fact]
    public Task Scan_ManyDueAtOnceFromConcurrentScans_OneReminderPerReport() => ReminderBatchChecks.ConcurrentScansAsync(factory);

    [Fact]
    public async Task ScanEndpoint_FinanceAdminRunsIt_OthersAreRefused()
    {
        var reviewer = await factory.ClientForAsync("financereviewer");
        var admin = await factory.ClientForAsync("financeadmin");

        var refused = await reviewer.PostAsync(new Uri("/api/reminders/scan", UriKind.Relative), null);
        var ran = await (await admin.PostAsync(new Uri("/api/reminders/scan", UriKind.Relative), null)).ReadNodeAsync();

        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.False(ran["skipped"]!.GetValue<bool>());
        Assert.True(ran["reportsScanned"]!.GetValue<int>() >= 0);
    }
}

/// <summary>The same checks on PostgreSQL.</summary>
public sealed class ReminderBatchPostgresTests(PostgresFactory factory) : IClassFixture<PostgresFactory>
{
    [SkippableFact]
    public Task InsertNew_SameRemindersFromManyScopesAtOnce_EachStoredOnceAndOwnedByOne()
    {
        ProviderSkip.IfUnavailable(factory);
        return ReminderBatchChecks.ConcurrentInsertsAsync(factory);
    }

    [SkippableFact]
    public Task InsertNew_SomeAlreadyStored_StoresTheRestExactlyAndReturnsOnlyItsOwnIds()
    {
        ProviderSkip.IfUnavailable(factory);
        return ReminderBatchChecks.RoundTripAsync(factory);
    }

    [SkippableFact]
    public Task Scan_ManyDue_IdsIncreaseInKeyOrderAndRecordTheClock()
    {
        ProviderSkip.IfUnavailable(factory);
        return ReminderBatchChecks.OrderedIdsAsync(factory);
    }

    [SkippableFact]
    public Task RunOnce_WhileAnotherRunHoldsTheLease_IsSkipped()
    {
        ProviderSkip.IfUnavailable(factory);
        return ReminderBatchChecks.LeaseAsync(factory);
    }

    [SkippableFact]
    public Task Scan_ManyDueAtOnceFromConcurrentScans_OneReminderPerReport()
    {
        ProviderSkip.IfUnavailable(factory);
        return ReminderBatchChecks.ConcurrentScansAsync(factory);
    }
}

internal static class ReminderBatchChecks
{
    /// <summary>Opens a round of <paramref name="projects"/> drafts for UNIT-SI due in 3 days; returns the report ids.</summary>
    private static async Task<List<Guid>> OpenRoundAsync(PerfEvalFactory factory, int projects)
    {
        var admin = await factory.ClientForAsync("financeadmin");
        var orgId = await OrgIdAsync(factory, "UNIT-SI");
        var response = await PostRoundAsync(admin, new
        {
            name = $"批量催办 {Guid.NewGuid():N}", kind = "project", deadline = Today(factory).AddDays(3), warningDays = 7,
            units = new[] { new { orgId, projects = Enumerable.Range(1, projects).Select(n => $"批量项目 {n:000}").ToArray() } },
        });
        response.EnsureSuccessStatusCode();
        var body = await response.ReadNodeAsync();
        return [.. body["createdReportIds"]!.AsArray().Select(n => n!.GetValue<Guid>())];
    }

    public static async Task ConcurrentInsertsAsync(PerfEvalFactory factory)
    {
        var reports = await OpenRoundAsync(factory, 120);
        var unit = await OrgIdAsync(factory, "UNIT-SI");
        var day = Today(factory).AddDays(-30); // a day no scan of the other tests writes
        List<Reminder> Rows() => [.. reports.Select(r => new Reminder
        {
            ReportId = r, Stage = ReportStages.Draft, Kind = ReminderKind.NearDeadline, Day = day, RecipientOrgId = unit,
            RecipientRole = Roles.Preparer, Message = "批量", CreatedAtUtc = factory.Clock.GetUtcNow().UtcDateTime,
        })];

        // Four runs insert the same 120 reminders (each with its own ids) at once, in batches.
        var runs = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(async () =>
        {
            await using var scope = factory.Services.CreateAsyncScope();
            return await scope.ServiceProvider.GetRequiredService<ReminderInserts>().InsertNewAsync(Rows(), CancellationToken.None);
        })));

        await using var check = factory.Services.CreateAsyncScope();
        var db = check.ServiceProvider.GetRequiredService<PerfEvalDbContext>();
        var stored = await db.Reminders.AsNoTracking().Where(r => r.Day == day && reports.Contains(r.ReportId)).ToListAsync();
        Assert.Equal(120, stored.Count);
        Assert.Equal(120, stored.Select(r => r.ReportId).Distinct().Count());
        // Every stored row was reported as inserted by exactly one run.
        Assert.Equal(120, runs.Sum(r => r.Count));
        Assert.Equal(stored.Select(r => r.Id).Order(), runs.SelectMany(r => r).Order());
    }

    /// <summary>
    /// More rows than one statement takes (several batches on either provider), every column varied, one in seven stored
    /// beforehand through EF Core and one key twice in the call: what is stored reads back exactly (day, kind, stage,
    /// escalated, days, message, created time in UTC to the microsecond), the rows already there keep their ids, and the
    /// returned ids are exactly the rows this call stored. On PostgreSQL the session runs in UTC+8, so a time sent
    /// without its zone would come back shifted.
    /// </summary>
    public static async Task RoundTripAsync(PerfEvalFactory factory)
    {
        var reports = await OpenRoundAsync(factory, 40);
        var unit = await OrgIdAsync(factory, "UNIT-SI");
        var first = Today(factory).AddDays(-1000); // days no other test writes
        var created = new DateTime(2026, 3, 4, 5, 6, 7, DateTimeKind.Utc).AddTicks(1_234_560);
        var kinds = new[] { ReminderKind.NearDeadline, ReminderKind.Overdue, ReminderKind.StageStalled };
        List<Reminder> Rows() => [.. from report in reports
            from kind in kinds
            from d in Enumerable.Range(0, 95)
            select new Reminder
            {
                ReportId = report, Stage = d % 2 == 0 ? ReportStages.Draft : ReportStages.UnitSignOff, Kind = kind, Day = first.AddDays(d),
                RecipientOrgId = unit, RecipientRole = d % 3 == 0 ? Roles.Preparer : Roles.UnitHead, Escalated = d % 5 == 0, Days = d - 7,
                Message = $"reminder {report:N} {kind} {d} 提醒", CreatedAtUtc = created.AddMinutes(d),
            }];
        static (Guid, string, ReminderKind, DateOnly) Key(Reminder r) => (r.ReportId, r.Stage, r.Kind, r.Day);

        var before = Rows().Where((_, n) => n % 7 == 0).ToList();
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<PerfEvalDbContext>();
            db.Reminders.AddRange(before);
            await db.SaveChangesAsync();
        }

        var rows = Rows();
        var twice = new Reminder
        {
            ReportId = rows[1].ReportId, Stage = rows[1].Stage, Kind = rows[1].Kind, Day = rows[1].Day, RecipientOrgId = unit,
            RecipientRole = rows[1].RecipientRole, Message = "the same key again", CreatedAtUtc = created,
        };
        HashSet<Guid> inserted;
        HashSet<Guid> again;
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<PerfEvalDbContext>();
            if (db.Database.IsNpgsql())
            {
                await db.Database.OpenConnectionAsync();
                await db.Database.ExecuteSqlRawAsync("SET TIME ZONE 'Asia/Shanghai'");
            }

            inserted = await scope.ServiceProvider.GetRequiredService<ReminderInserts>().InsertNewAsync([.. rows, twice], CancellationToken.None);
            again = await scope.ServiceProvider.GetRequiredService<ReminderInserts>().InsertNewAsync(Rows(), CancellationToken.None);
        }

        Assert.True(rows.Count > ReminderInserts.PostgreSqlBatchSize);
        await using var check = factory.Services.CreateAsyncScope();
        var stored = await check.ServiceProvider.GetRequiredService<PerfEvalDbContext>().Reminders.AsNoTracking()
            .Where(r => r.Day >= first && r.Day < first.AddDays(95) && reports.Contains(r.ReportId)).ToDictionaryAsync(r => r.Id);
        var preexisting = before.Select(Key).ToHashSet();
        var ours = rows.Where(r => !preexisting.Contains(Key(r))).ToList();
        Assert.Equal(rows.Count, stored.Count);
        Assert.Equal(ours.Select(r => r.Id).Order(), inserted.Order());
        Assert.Empty(again);
        Assert.False(stored.ContainsKey(twice.Id)); // the first of a key in the call's (stable) order wins
        Assert.All(before, r => Assert.Equal((Key(r), r.Message), (Key(stored[r.Id]), stored[r.Id].Message)));
        Assert.All(ours, r =>
        {
            var s = stored[r.Id];
            Assert.Equal((r.ReportId, r.Stage, r.Kind, r.Day, r.RecipientOrgId, r.RecipientRole), (s.ReportId, s.Stage, s.Kind, s.Day, s.RecipientOrgId, s.RecipientRole));
            Assert.Equal((r.Escalated, r.Days, r.Message), (s.Escalated, s.Days, s.Message));
            Assert.Equal(r.CreatedAtUtc, s.CreatedAtUtc);
            Assert.Equal(DateTimeKind.Utc, s.CreatedAtUtc.Kind);
            Assert.Null(s.ReadAtUtc);
        });
    }

    /// <summary>
    /// The scan inserts in key order (report first) and its ids increase in that order — the property that lets PostgreSQL
    /// append to the primary-key index instead of splitting pages all over it; they are version-7 ids stamped with the
    /// injected clock.
    /// </summary>
    public static async Task OrderedIdsAsync(PerfEvalFactory factory)
    {
        var reports = await OpenRoundAsync(factory, 60);

        await using (var scope = factory.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<ReminderScanJob>().ScanAsync(CancellationToken.None);
        }

        await using var check = factory.Services.CreateAsyncScope();
        var today = Today(factory);
        var stored = (await check.ServiceProvider.GetRequiredService<PerfEvalDbContext>().Reminders.AsNoTracking()
            .Where(r => r.Day == today && reports.Contains(r.ReportId)).ToListAsync()).OrderBy(r => r.ReportId).ToList();
        Assert.Equal(60, stored.Count);
        Assert.All(stored.Zip(stored.Skip(1)), p =>
        {
            Assert.True(p.First.Id.CompareTo(p.Second.Id) < 0);
            Assert.True(string.CompareOrdinal(p.First.Id.ToString(), p.Second.Id.ToString()) < 0);
        });
        Assert.All(stored, r => Assert.Equal(7, r.Id.Version));
        var millis = Convert.ToInt64(stored[0].Id.ToString("N")[..12], 16);
        Assert.Equal(factory.Clock.GetUtcNow().ToUnixTimeMilliseconds(), millis);
    }

    public static async Task LeaseAsync(PerfEvalFactory factory)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var leases = scope.ServiceProvider.GetRequiredService<JobLeases>();
        var holder = await leases.TryAcquireAsync(ReminderScanJob.RecurringJobId, TimeSpan.FromMinutes(5), CancellationToken.None);
        Assert.NotNull(holder);

        ReminderScanResult whileHeld;
        await using (var other = factory.Services.CreateAsyncScope())
        {
            whileHeld = await other.ServiceProvider.GetRequiredService<ReminderScanJob>().RunOnceAsync(CancellationToken.None);
        }

        await leases.ReleaseAsync(ReminderScanJob.RecurringJobId, holder, CancellationToken.None);
        ReminderScanResult afterRelease;
        await using (var other = factory.Services.CreateAsyncScope())
        {
            afterRelease = await other.ServiceProvider.GetRequiredService<ReminderScanJob>().RunOnceAsync(CancellationToken.None);
        }

        // An expired lease (a host that died mid-scan) is taken over.
        var stale = await leases.TryAcquireAsync(ReminderScanJob.RecurringJobId, TimeSpan.FromMinutes(-1), CancellationToken.None);
        var takeover = await leases.TryAcquireAsync(ReminderScanJob.RecurringJobId, TimeSpan.FromMinutes(5), CancellationToken.None);
        await leases.ReleaseAsync(ReminderScanJob.RecurringJobId, takeover!, CancellationToken.None);

        Assert.True(whileHeld.Skipped);
        Assert.Equal(0, whileHeld.Created + whileHeld.AlreadyThere);
        Assert.False(afterRelease.Skipped);
        Assert.NotNull(stale);
        Assert.NotNull(takeover);
    }

    public static async Task ConcurrentScansAsync(PerfEvalFactory factory)
    {
        var reports = await OpenRoundAsync(factory, 60);

        var results = await Task.WhenAll(ScanAsync(factory), ScanAsync(factory), ScanAsync(factory));

        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PerfEvalDbContext>();
        var today = Today(factory);
        var stored = await db.Reminders.AsNoTracking().Where(r => r.Day == today && reports.Contains(r.ReportId)).ToListAsync();
        Assert.Equal(60, stored.Count);
        Assert.All(stored, r => Assert.Equal(ReminderKind.NearDeadline, r.Kind));
        Assert.Equal(results.Max(r => r.Created + r.AlreadyThere), results.Min(r => r.Created + r.AlreadyThere));
    }
}
