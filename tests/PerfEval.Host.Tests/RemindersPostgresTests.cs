using Hangfire;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using PerfEval.Host.Data;
using PerfEval.Host.Domain;
using PerfEval.Host.Jobs;
using PerfEval.Host.Tests.Infrastructure;
using PerfEval.Workflows.Reminders;
using static PerfEval.Host.Tests.RoundsTestSupport;

namespace PerfEval.Host.Tests;

/// <summary>Skips (with the reason) when <c>PERFEVAL_TEST_POSTGRES</c> is not set; test.sh sets it.</summary>
public sealed class RequiresPostgresFactAttribute : FactAttribute
{
    public RequiresPostgresFactAttribute()
    {
        if (string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable("PERFEVAL_TEST_POSTGRES")))
        {
            Skip = "PERFEVAL_TEST_POSTGRES is not set (run ./test.sh, which starts PostgreSQL on loopback).";
        }
    }
}

/// <summary>The host on a throw-away PostgreSQL database, with Hangfire's PostgreSQL job storage and its server running.</summary>
public sealed class PostgresRemindersFactory : PerfEvalFactory
{
    private readonly string _database = $"perfeval_rem_{Guid.NewGuid():N}";

    public PostgresRemindersFactory() : base(fileDatabase: true)
    {
    }

    private static string AdminConnectionString => Environment.GetEnvironmentVariable("PERFEVAL_TEST_POSTGRES") ?? "";

    public string PostgresConnectionString => new NpgsqlConnectionStringBuilder(AdminConnectionString) { Database = _database }.ConnectionString;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Database:Provider", "PostgreSql");
        builder.UseSetting("ConnectionStrings:PerfEval", PostgresConnectionString);
        builder.UseSetting("Jobs:Enabled", "true");
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing && !string.IsNullOrEmpty(AdminConnectionString))
        {
            NpgsqlConnection.ClearAllPools();
            using var connection = new NpgsqlConnection(AdminConnectionString);
            connection.Open();
            using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{_database}\" WITH (FORCE)", connection);
            drop.ExecuteNonQuery();
        }
    }
}

public sealed class RemindersPostgresTests(PostgresRemindersFactory factory) : IClassFixture<PostgresRemindersFactory>
{
    [RequiresPostgresFact]
    public async Task Scan_TwoRunsConcurrentlyOnPostgres_StillOneReminderEach()
    {
        var reportId = await OpenSingleReportRoundAsync(factory, Today(factory).AddDays(3), warningDays: 7);

        var results = await Task.WhenAll(ScanAsync(factory), ScanAsync(factory), ScanAsync(factory));

        var reminder = Assert.Single(await RemindersOfAsync(factory, reportId));
        Assert.Equal(ReminderKind.NearDeadline, reminder.Kind);
        Assert.Equal(results.Max(r => r.Created + r.AlreadyThere), results.Min(r => r.Created + r.AlreadyThere));
    }

    [RequiresPostgresFact]
    public async Task UniqueIndex_DuplicateOnPostgres_IsRecognisedAsUniqueViolation()
    {
        var reportId = await OpenSingleReportRoundAsync(factory, Today(factory).AddDays(40), warningDays: 5);
        var unit = await OrgIdAsync(factory, "UNIT-SI");
        Reminder Row() => new()
        {
            ReportId = reportId, Stage = ReportStages.Draft, Kind = ReminderKind.Overdue, Day = Today(factory),
            RecipientOrgId = unit, RecipientRole = Roles.Preparer, Message = "x", CreatedAtUtc = factory.Clock.GetUtcNow().UtcDateTime,
        };
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<PerfEvalDbContext>();
            db.Reminders.Add(Row());
            await db.SaveChangesAsync();
        }

        await using var second = factory.Services.CreateAsyncScope();
        var db2 = second.ServiceProvider.GetRequiredService<PerfEvalDbContext>();
        db2.Reminders.Add(Row());
        var error = await Assert.ThrowsAsync<DbUpdateException>(() => db2.SaveChangesAsync());

        Assert.True(error.IsUniqueViolation());
    }

    [RequiresPostgresFact]
    public void Startup_PostgresJobStorage_HoldsTheRecurringScan()
    {
        var storage = factory.Services.GetRequiredService<JobStorage>();

        using var connection = storage.GetConnection();
        var jobs = Hangfire.Storage.StorageConnectionExtensions.GetRecurringJobs(connection);

        Assert.Equal("PostgreSqlStorage", storage.GetType().Name);
        Assert.Contains(jobs, j => j.Id == ReminderScanJob.RecurringJobId && j.Cron == "*/15 * * * *");
    }
}
