using Hangfire;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using PerfEval.Host.Data;
using PerfEval.Host.Jobs;
using PerfEval.Host.Tests.Infrastructure;
using PerfEval.Workflows.Reminders;
using static PerfEval.Host.Tests.RoundsTestSupport;

namespace PerfEval.Host.Tests;

/// <summary>The host on a throw-away PostgreSQL database with Hangfire's PostgreSQL job storage and its server running.</summary>
public sealed class PostgresRemindersFactory : PostgresFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Jobs:Enabled", "true");
    }
}

public sealed class RemindersPostgresTests(PostgresRemindersFactory factory) : IClassFixture<PostgresRemindersFactory>
{
    [SkippableFact]
    public async Task Scan_TwoRunsConcurrentlyOnPostgres_StillOneReminderEach()
    {
        ProviderSkip.IfUnavailable(factory);
        var reportId = await OpenSingleReportRoundAsync(factory, Today(factory).AddDays(3), warningDays: 7);

        var results = await Task.WhenAll(ScanAsync(factory), ScanAsync(factory), ScanAsync(factory));

        var reminder = Assert.Single(await RemindersOfAsync(factory, reportId));
        Assert.Equal(ReminderKind.NearDeadline, reminder.Kind);
        Assert.Equal(results.Max(r => r.Created + r.AlreadyThere), results.Min(r => r.Created + r.AlreadyThere));
    }

    [SkippableFact]
    public async Task UniqueIndex_DuplicateOnPostgres_IsRecognisedAsUniqueViolation()
    {
        ProviderSkip.IfUnavailable(factory);
        var error = await InsertSameReminderTwiceAsync(factory);

        Assert.True(error.IsUniqueViolation());
    }

    [SkippableFact]
    public void Startup_PostgresJobStorage_HoldsTheRecurringScan()
    {
        ProviderSkip.IfUnavailable(factory);
        var storage = factory.Services.GetRequiredService<JobStorage>();

        using var connection = storage.GetConnection();
        var jobs = Hangfire.Storage.StorageConnectionExtensions.GetRecurringJobs(connection);

        Assert.Equal("PostgreSqlStorage", storage.GetType().Name);
        Assert.Contains(jobs, j => j.Id == ReminderScanJob.RecurringJobId && j.Cron == "*/15 * * * *");
    }
}
