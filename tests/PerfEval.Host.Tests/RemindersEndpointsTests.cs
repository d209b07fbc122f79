using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using PerfEval.Host.Data;
using PerfEval.Host.Tests.Infrastructure;
using static PerfEval.Host.Tests.RoundsTestSupport;

namespace PerfEval.Host.Tests;

public sealed class RemindersEndpointsTests(PerfEvalFactory.WithFileDatabase factory) : IClassFixture<PerfEvalFactory.WithFileDatabase>
{
    private async Task<Guid> ReminderIdOfAsync(Guid reportId) => (await RemindersOfAsync(factory, reportId)).Single().Id;

    [Fact]
    public async Task List_Preparer_SeesOwnReminderButOtherRolesAndUnitsDoNot()
    {
        var reportId = await OpenSingleReportRoundAsync(factory, Today(factory).AddDays(2), warningDays: 5);
        await ScanAsync(factory);
        var reminderId = await ReminderIdOfAsync(reportId);

        var mine = await (await factory.ClientForAsync("preparer")).GetFromJsonAsync<JsonElement>("/api/reminders");
        var head = await (await factory.ClientForAsync("unithead")).GetFromJsonAsync<JsonElement>("/api/reminders");
        var other = await (await factory.ClientForAsync("preparer-gs")).GetFromJsonAsync<JsonElement>("/api/reminders");

        var item = Assert.Single(mine.EnumerateArray(), r => r.GetProperty("id").GetGuid() == reminderId);
        Assert.Equal("nearDeadline", item.GetProperty("kind").GetString());
        Assert.Equal("测试项目", item.GetProperty("reportTitle").GetString());
        Assert.DoesNotContain(head.EnumerateArray(), r => r.GetProperty("id").GetGuid() == reminderId);
        Assert.DoesNotContain(other.EnumerateArray(), r => r.GetProperty("id").GetGuid() == reminderId);
    }

    [Fact]
    public async Task MarkRead_OwnReminder_LeavesUnreadListAndLowersCount()
    {
        var reportId = await OpenSingleReportRoundAsync(factory, Today(factory).AddDays(2), warningDays: 5, unit: "UNIT-GS");
        await ScanAsync(factory);
        var reminderId = await ReminderIdOfAsync(reportId);
        var client = await factory.ClientForAsync("preparer-gs");
        var countBefore = (await client.GetFromJsonAsync<JsonElement>("/api/reminders/unread-count")).GetProperty("count").GetInt32();

        var read = await client.PostAsync(new Uri($"/api/reminders/{reminderId}/read", UriKind.Relative), null);
        var unread = await client.GetFromJsonAsync<JsonElement>("/api/reminders?unread=true");
        var all = await client.GetFromJsonAsync<JsonElement>("/api/reminders");
        var countAfter = (await client.GetFromJsonAsync<JsonElement>("/api/reminders/unread-count")).GetProperty("count").GetInt32();

        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        Assert.Equal(countBefore - 1, countAfter);
        Assert.DoesNotContain(unread.EnumerateArray(), r => r.GetProperty("id").GetGuid() == reminderId);
        Assert.Contains(all.EnumerateArray(), r => r.GetProperty("id").GetGuid() == reminderId && r.GetProperty("readAtUtc").ValueKind == JsonValueKind.String);
    }

    [Fact]
    public async Task MarkRead_SomeoneElsesReminder_Returns404AndStaysUnread()
    {
        var reportId = await OpenSingleReportRoundAsync(factory, Today(factory).AddDays(2), warningDays: 5);
        await ScanAsync(factory);
        var reminderId = await ReminderIdOfAsync(reportId);
        var other = await factory.ClientForAsync("preparer-gs");

        var response = await other.PostAsync(new Uri($"/api/reminders/{reminderId}/read", UriKind.Relative), null);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Null((await RemindersOfAsync(factory, reportId)).Single().ReadAtUtc);
    }

    [Fact]
    public async Task List_Anonymous_Returns401()
    {
        var response = await factory.CreateClient().GetAsync(new Uri("/api/reminders", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task UniqueIndex_SecondReminderForSameReportStageKindDay_IsRefusedAsUniqueViolation()
    {
        var error = await InsertSameReminderTwiceAsync(factory);

        Assert.True(error.IsUniqueViolation());
    }
}
