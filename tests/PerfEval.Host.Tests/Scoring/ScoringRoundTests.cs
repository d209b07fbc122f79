using System.Net;
using System.Net.Http.Json;
using PerfEval.Host.Tests.Infrastructure;
using static PerfEval.Host.Tests.RoundsTestSupport;
using static PerfEval.Host.Tests.Scoring.ScoringTestSupport;

namespace PerfEval.Host.Tests.Scoring;

/// <summary>Rounds pin a published rubric version and level-1 weights; reports of the round score with them.</summary>
public sealed class ScoringRoundTests(PerfEvalFactory factory) : IClassFixture<PerfEvalFactory>
{
    private async Task<object> RoundAsync(string name, string? ruleSetId, int? ruleSetVersion, int[]? level1Weights) => new
    {
        name, kind = "project", ruleSetId, ruleSetVersion, level1Weights, deadline = Today(factory).AddDays(30), warningDays = 5,
        units = new object[] { new { orgId = await OrgIdAsync(factory, "UNIT-SI"), projects = new[] { name + "项目" } } },
    };

    [Fact]
    public async Task Open_WeightsOfWrongCount_Returns400OnLevel1Weights()
    {
        var admin = await factory.ClientForAsync("financeadmin");

        var response = await PostRoundAsync(admin, await RoundAsync("权重个数错误", "rubric-c-self-evaluation", 1, [40, 10, 50]));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await ReadJsonAsync(response)).GetProperty("errors").TryGetProperty("level1Weights", out _));
    }

    [Fact]
    public async Task Open_UnknownRuleSetVersion_Returns400OnRuleSetVersion()
    {
        var admin = await factory.ClientForAsync("financeadmin");

        var response = await PostRoundAsync(admin, await RoundAsync("版本不存在", "rubric-c-self-evaluation", 99, null));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await ReadJsonAsync(response)).GetProperty("errors").TryGetProperty("ruleSetVersion", out _));
    }

    [Fact]
    public async Task Score_ReportOfRoundWithWeights_UsesTheRoundsRubricAndWeights()
    {
        var admin = await factory.ClientForAsync("financeadmin");
        var opened = await ReadJsonAsync(await PostRoundAsync(admin, await RoundAsync("按轮次权重评分", "rubric-c-self-evaluation", 1, [40, 10, 40, 10])));
        var reportId = opened.GetProperty("createdReportIds")[0].GetGuid();
        Assert.Equal("40,10,40,10", opened.GetProperty("detail").GetProperty("round").GetProperty("level1Weights").GetString());
        var preparer = await factory.ClientForAsync("preparer");
        var content = ApiJson.Seed("changan-2019-project-online-service.json")["content"];
        (await preparer.PutAsJsonAsync($"/api/reports/{reportId}", new { content, version = 1 })).EnsureSuccessStatusCode();

        var score = await OkJsonAsync(await preparer.PostAsync(new Uri($"/api/reports/{reportId}/score", UriKind.Relative), null));

        Assert.Equal(98m, score.GetProperty("total").GetDecimal());
        Assert.Equal([40m, 10m, 40m, 10m], score.GetProperty("level1").EnumerateArray().Select(l => l.GetProperty("points").GetDecimal()));
        Assert.True(score.GetProperty("stored").GetBoolean());
    }
}
