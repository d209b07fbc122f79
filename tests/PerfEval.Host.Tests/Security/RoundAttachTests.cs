using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using PerfEval.Host.Tests.Infrastructure;
using PerfEval.Host.Tests.Reports;
using static PerfEval.Host.Tests.RoundsTestSupport;

namespace PerfEval.Host.Tests.Security;

/// <summary>A report joins only a round that asks its unit for a report of its kind; knowing a round's id is not enough.</summary>
public sealed class RoundAttachTests(PerfEvalFactory.WithFileDatabase factory) : IClassFixture<PerfEvalFactory.WithFileDatabase>
{
    private async Task<Guid> OpenRoundAsync(string kind, string unit, string[] projects)
    {
        var admin = await factory.ClientForAsync("financeadmin");
        var response = await PostRoundAsync(admin, new
        {
            name = $"挂靠测试 {Guid.NewGuid():N}", kind, deadline = Today(factory).AddDays(30), warningDays = 7,
            units = new[] { new { orgId = await OrgIdAsync(factory, unit), projects } },
        });
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetProperty("round").GetProperty("id").GetGuid();
    }

    [Fact]
    public async Task Create_InAnotherUnitsRound_Returns400AndTheRoundStaysInvisible()
    {
        var roundId = await OpenRoundAsync("project", "UNIT-GS", ["政务服务项目"]);
        var preparer = await factory.ClientForAsync("preparer");
        var before = await StoredState.ReportCountAsync(factory);

        var response = await preparer.PostJsonAsync("/api/reports", new { kind = "project", roundId, content = ReportSamples.Project("挂到别的单位") });
        var round = await preparer.GetAsync(new Uri($"/api/rounds/{roundId}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await response.ReadNodeAsync())["errors"]!.AsObject().ContainsKey("roundId"));
        Assert.Equal(before, await StoredState.ReportCountAsync(factory));
        Assert.Equal(HttpStatusCode.NotFound, round.StatusCode);
    }

    [Fact]
    public async Task Create_InARoundOfTheOtherKind_Returns400()
    {
        var roundId = await OpenRoundAsync("project", "UNIT-SI", ["社保项目"]);
        var preparer = await factory.ClientForAsync("preparer");
        var before = await StoredState.ReportCountAsync(factory);

        var response = await preparer.PostJsonAsync("/api/reports", new { kind = "department", roundId, content = ReportSamples.Department("部门报告挂到项目任务") });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await response.ReadNodeAsync())["errors"]!.AsObject().ContainsKey("roundId"));
        Assert.Equal(before, await StoredState.ReportCountAsync(factory));
    }

    [Fact]
    public async Task Create_InARoundTargetingTheUnit_Succeeds()
    {
        var roundId = await OpenRoundAsync("project", "UNIT-SI", ["社保信息化项目"]);
        var preparer = await factory.ClientForAsync("preparer");

        var response = await preparer.PostJsonAsync("/api/reports", new { kind = "project", roundId, content = ReportSamples.Project("本单位任务的第二份报告") });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
    }
}
