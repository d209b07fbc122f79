using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PerfEval.Host.Data;
using PerfEval.Host.Domain;
using PerfEval.Host.Jobs;
using PerfEval.Host.Tests.Infrastructure;
using PerfEval.Workflows.Reminders;

namespace PerfEval.Host.Tests;

/// <summary>Arrange/act helpers shared by the round and reminder tests.</summary>
internal static class RoundsTestSupport
{
    private static readonly TimeZoneInfo Bureau = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");

    /// <summary>Today in the bureau's time zone, by the factory's fake clock.</summary>
    public static DateOnly Today(PerfEvalFactory factory) => ReminderPolicy.LocalDate(factory.Clock.GetUtcNow(), Bureau);

    public static async Task<Guid> OrgIdAsync(PerfEvalFactory factory, string code)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PerfEvalDbContext>();
        return await db.Organisations.Where(o => o.Code == code).Select(o => o.Id).SingleAsync();
    }

    public static async Task<HttpResponseMessage> PostRoundAsync(HttpClient client, object body)
        => await client.PostAsJsonAsync("/api/rounds", body);

    /// <summary>Opens a one-project round for a unit and returns its single draft report's id.</summary>
    public static async Task<Guid> OpenSingleReportRoundAsync(PerfEvalFactory factory, DateOnly deadline, int warningDays, string unit = "UNIT-SI")
    {
        var admin = await factory.ClientForAsync("financeadmin");
        var orgId = await OrgIdAsync(factory, unit);
        var response = await PostRoundAsync(admin, new
        {
            name = $"测试任务 {Guid.NewGuid():N}", kind = "project", deadline, warningDays,
            units = new[] { new { orgId, projects = new[] { "测试项目" } } },
        });
        response.EnsureSuccessStatusCode();
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        return body.GetProperty("createdReportIds")[0].GetGuid();
    }

    /// <summary>The round a report belongs to.</summary>
    public static async Task<Guid> RoundOfAsync(PerfEvalFactory factory, Guid reportId)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PerfEvalDbContext>();
        return await db.Reports.Where(r => r.Id == reportId).Select(r => r.RoundId!.Value).SingleAsync();
    }

    /// <summary>Runs one reminder scan in its own DI scope, as a Hangfire job run would.</summary>
    public static async Task<ReminderScanResult> ScanAsync(PerfEvalFactory factory)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ReminderScanJob>().ScanAsync(CancellationToken.None);
    }

    public static async Task<List<Reminder>> RemindersOfAsync(PerfEvalFactory factory, Guid reportId)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PerfEvalDbContext>();
        return await db.Reminders.AsNoTracking().Where(r => r.ReportId == reportId).OrderBy(r => r.Day).ThenBy(r => r.Kind).ToListAsync();
    }

    /// <summary>Moves a report to a stage as the workflow would (its code is not on this branch).</summary>
    public static async Task SetStageAsync(PerfEvalFactory factory, Guid reportId, string stage)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PerfEvalDbContext>();
        var report = await db.Reports.SingleAsync(r => r.Id == reportId);
        report.Stage = stage;
        report.StageEnteredAtUtc = factory.Clock.GetUtcNow().UtcDateTime;
        report.Version++;
        await db.SaveChangesAsync();
    }

    public static async Task CloseRoundOfAsync(PerfEvalFactory factory, Guid reportId)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PerfEvalDbContext>();
        var roundId = await db.Reports.Where(r => r.Id == reportId).Select(r => r.RoundId).SingleAsync();
        var admin = await factory.ClientForAsync("financeadmin");
        (await admin.PostAsync(new Uri($"/api/rounds/{roundId}/close", UriKind.Relative), null)).EnsureSuccessStatusCode();
    }

    /// <summary>Inserts the same reminder (report, stage, kind, day) from two scopes; returns the second insert's error.</summary>
    public static async Task<DbUpdateException> InsertSameReminderTwiceAsync(PerfEvalFactory factory)
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

        return error;
    }
}
