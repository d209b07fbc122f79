using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PerfEval.Host.Data;
using PerfEval.Host.Domain;
using PerfEval.Host.Tests.Infrastructure;
using PerfEval.Workflows.Reminders;
using static PerfEval.Host.Tests.RoundsTestSupport;

namespace PerfEval.Host.Tests;

/// <summary>PUT /api/rounds/{id}/deadline: the finance bureau moves a deadline; reminders follow.</summary>
public sealed class RoundDeadlineTests(PerfEvalFactory.WithFileDatabase factory) : IClassFixture<PerfEvalFactory.WithFileDatabase>
{
    private async Task<EvaluationRound> StoredRoundAsync(Guid roundId)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<PerfEvalDbContext>().Rounds.AsNoTracking().SingleAsync(r => r.Id == roundId);
    }

    private static Task<HttpResponseMessage> PutDeadlineAsync(HttpClient client, Guid roundId, object body)
        => client.PutAsJsonAsync($"/api/rounds/{roundId}/deadline", body);

    [Fact]
    public async Task ChangeDeadline_Earlier_NearDeadlineReminderFollowsAtNextScan()
    {
        var reportId = await OpenSingleReportRoundAsync(factory, Today(factory).AddDays(30), warningDays: 3);
        var roundId = await RoundOfAsync(factory, reportId);
        var admin = await factory.ClientForAsync("financeadmin");
        await ScanAsync(factory);
        Assert.Empty(await RemindersOfAsync(factory, reportId));

        var response = await PutDeadlineAsync(admin, roundId, new { deadline = Today(factory).AddDays(2), warningDays = 5 });
        await ScanAsync(factory);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var round = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("round");
        Assert.Equal(Today(factory).AddDays(2), DateOnly.Parse(round.GetProperty("deadline").GetString()!, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(5, round.GetProperty("warningDays").GetInt32());
        var reminder = Assert.Single(await RemindersOfAsync(factory, reportId));
        Assert.Equal(ReminderKind.NearDeadline, reminder.Kind);
        Assert.Contains("还有 2 天", reminder.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ChangeDeadline_WithoutWarningDays_KeepsThem()
    {
        var reportId = await OpenSingleReportRoundAsync(factory, Today(factory).AddDays(10), warningDays: 4);
        var roundId = await RoundOfAsync(factory, reportId);
        var admin = await factory.ClientForAsync("financeadmin");

        var response = await PutDeadlineAsync(admin, roundId, new { deadline = Today(factory).AddDays(40) });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var stored = await StoredRoundAsync(roundId);
        Assert.Equal((Today(factory).AddDays(40), 4), (stored.Deadline, stored.WarningDays));
    }

    [Theory]
    [InlineData("preparer")]
    [InlineData("deptreviewer")]
    public async Task ChangeDeadline_NotFinanceAdmin_Returns403AndUnchanged(string user)
    {
        var reportId = await OpenSingleReportRoundAsync(factory, Today(factory).AddDays(10), warningDays: 3);
        var roundId = await RoundOfAsync(factory, reportId);
        var client = await factory.ClientForAsync(user);

        var response = await PutDeadlineAsync(client, roundId, new { deadline = Today(factory).AddDays(60) });

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(Today(factory).AddDays(10), (await StoredRoundAsync(roundId)).Deadline);
    }

    [Fact]
    public async Task ChangeDeadline_InThePast_Returns400NamingDeadlineAndUnchanged()
    {
        var reportId = await OpenSingleReportRoundAsync(factory, Today(factory).AddDays(10), warningDays: 3);
        var roundId = await RoundOfAsync(factory, reportId);
        var admin = await factory.ClientForAsync("financeadmin");

        var response = await PutDeadlineAsync(admin, roundId, new { deadline = Today(factory).AddDays(-1) });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadAsStringAsync();
        Assert.Contains("deadline", problem, StringComparison.Ordinal);
        Assert.Contains("早于今天", problem, StringComparison.Ordinal);
        Assert.Equal(Today(factory).AddDays(10), (await StoredRoundAsync(roundId)).Deadline);
    }

    [Fact]
    public async Task ChangeDeadline_WarningDaysOutOfRange_Returns400NamingTheField()
    {
        var reportId = await OpenSingleReportRoundAsync(factory, Today(factory).AddDays(10), warningDays: 3);
        var roundId = await RoundOfAsync(factory, reportId);
        var admin = await factory.ClientForAsync("financeadmin");

        var response = await PutDeadlineAsync(admin, roundId, new { deadline = Today(factory).AddDays(20), warningDays = 400 });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("warningDays", await response.Content.ReadAsStringAsync(), StringComparison.OrdinalIgnoreCase);
        Assert.Equal(3, (await StoredRoundAsync(roundId)).WarningDays);
    }

    [Fact]
    public async Task ChangeDeadline_ClosedRound_Returns409()
    {
        var reportId = await OpenSingleReportRoundAsync(factory, Today(factory).AddDays(10), warningDays: 3);
        var roundId = await RoundOfAsync(factory, reportId);
        var admin = await factory.ClientForAsync("financeadmin");
        (await admin.PostAsync(new Uri($"/api/rounds/{roundId}/close", UriKind.Relative), null)).EnsureSuccessStatusCode();

        var response = await PutDeadlineAsync(admin, roundId, new { deadline = Today(factory).AddDays(20) });

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Contains("已关闭", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ChangeDeadline_UnknownRound_Returns404()
    {
        var admin = await factory.ClientForAsync("financeadmin");

        var response = await PutDeadlineAsync(admin, Guid.NewGuid(), new { deadline = Today(factory).AddDays(20) });

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
