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
    public Task RunOnce_WhileAnotherRunHoldsTheLease_IsSkipped() => ReminderBatchChecks.LeaseAsync(factory);

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
