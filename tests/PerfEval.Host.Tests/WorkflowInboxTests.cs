using PerfEval.Host.Tests.Infrastructure;
using static PerfEval.Host.Tests.WorkflowTestHelpers;

namespace PerfEval.Host.Tests;

/// <summary>Inbox urgency; own factory because it moves the clock.</summary>
public sealed class WorkflowInboxTests(PerfEvalFactory factory) : IClassFixture<PerfEvalFactory>
{
    [Fact]
    public async Task Inbox_StageOverdue_FlaggedAndListedFirst()
    {
        var id = await CreateProjectReportAsync(factory, "逾期测试项目");
        await DriveToAsync(factory, id, "UnitSignOff");
        factory.Clock.Advance(TimeSpan.FromDays(6));
        var fresh = await CreateProjectReportAsync(factory, "未逾期测试项目");
        await DriveToAsync(factory, fresh, "UnitSignOff");

        var inbox = await GetJsonAsync(await factory.ClientForAsync("unithead"), "/api/inbox?stage=UnitSignOff");

        var items = inbox.EnumerateArray().ToList();
        var overdue = items.FindIndex(i => i.GetProperty("reportId").GetGuid() == id);
        var notOverdue = items.FindIndex(i => i.GetProperty("reportId").GetGuid() == fresh);
        Assert.True(items[overdue].GetProperty("overdue").GetBoolean());
        Assert.False(items[notOverdue].GetProperty("overdue").GetBoolean());
        Assert.True(overdue < notOverdue);
    }
}
