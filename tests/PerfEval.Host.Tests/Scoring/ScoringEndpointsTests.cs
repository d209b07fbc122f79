using System.Net;
using System.Net.Http.Json;
using PerfEval.Host.Tests.Infrastructure;
using static PerfEval.Host.Tests.Scoring.ScoringTestSupport;

namespace PerfEval.Host.Tests.Scoring;

/// <summary>Scoring stored and posted reports through the API: the worked examples score exactly.</summary>
public sealed class ScoringEndpointsTests(PerfEvalFactory factory) : IClassFixture<PerfEvalFactory>
{
    [Fact]
    public async Task Score_ChanganSeed_Scores98WithItsRoundsRubricAndWeightsAndStoresIt()
    {
        var reviewer = await factory.ClientForAsync("financereviewer");
        var id = await ReportIdByTitleAsync(factory, "中小企业网上服务经费");

        var score = await OkJsonAsync(await reviewer.PostAsync(new Uri($"/api/reports/{id}/score", UriKind.Relative), null));

        Assert.Equal(98m, score.GetProperty("total").GetDecimal());
        Assert.Equal("优", score.GetProperty("grade").GetString());
        Assert.Equal("rubric-c-self-evaluation", score.GetProperty("ruleSetId").GetString());
        Assert.Equal(1, score.GetProperty("ruleSetVersion").GetInt32());
        Assert.Equal([40m, 10m, 40m, 10m], score.GetProperty("level1Weights").EnumerateArray().Select(w => w.GetDecimal()));
        Assert.Equal([10m, 10m, 10m, 10m, 10m, 20m, 20m, 8m], score.GetProperty("indicators").EnumerateArray().Select(i => i.GetProperty("score").GetDecimal()));
        Assert.All(score.GetProperty("indicators").EnumerateArray(), i => Assert.False(string.IsNullOrEmpty(i.GetProperty("explanation").GetString())));
        // The real form leaves 结余 blank: a warning asking for the figure, never read as 0.
        var check = Assert.Single(score.GetProperty("checks").EnumerateArray());
        Assert.Equal(("warning", "funding.balance.total"), (check.GetProperty("severity").GetString(), check.GetProperty("field").GetString()));
        Assert.True(score.GetProperty("stored").GetBoolean());
        var report = await OkJsonAsync(await reviewer.GetAsync(new Uri($"/api/reports/{id}", UriKind.Relative)));
        Assert.Equal(98m, report.GetProperty("summary").GetProperty("scoredTotal").GetDecimal());
        Assert.Equal("优", report.GetProperty("summary").GetProperty("scoredGrade").GetString());
        Assert.Equal(1, report.GetProperty("scoredRuleSetVersion").GetInt32());
    }

    [Fact]
    public async Task Score_HechiSeed_ChecksFlagTheStatedGrade100()
    {
        var preparer = await factory.ClientForAsync("preparer");
        var id = await ReportIdByTitleAsync(factory, "网络维护费");

        var score = await OkJsonAsync(await preparer.PostAsync(new Uri($"/api/reports/{id}/score", UriKind.Relative), null));
        var checks = await OkJsonAsync(await preparer.GetAsync(new Uri($"/api/reports/{id}/checks", UriKind.Relative)));

        var flagged = Assert.Single(score.GetProperty("checks").EnumerateArray(), c => c.GetProperty("field").GetString() == "statedGrade");
        Assert.Equal("error", flagged.GetProperty("severity").GetString());
        Assert.Contains("100", flagged.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Contains(checks.EnumerateArray(), c => c.GetProperty("field").GetString() == "statedGrade");
    }

    [Fact]
    public async Task Score_YueyanglouSeed_ScoresWithTheHistoricalRound()
    {
        var admin = await factory.ClientForAsync("financeadmin");
        var id = await ReportIdByTitleAsync(factory, "公共网络平台运行经费");

        var score = await OkJsonAsync(await admin.PostAsync(new Uri($"/api/reports/{id}/score", UriKind.Relative), null));

        Assert.Equal("rubric-c-self-evaluation", score.GetProperty("ruleSetId").GetString());
        Assert.Equal(4, score.GetProperty("level1").GetArrayLength());
        Assert.Equal(score.GetProperty("total").GetDecimal(), score.GetProperty("level1").EnumerateArray().Sum(l => l.GetProperty("score").GetDecimal()));
    }

    [Fact]
    public async Task Score_ReportOfAnotherUnit_Returns404()
    {
        var other = await factory.ClientForAsync("preparer-gs");
        var id = await ReportIdByTitleAsync(factory, "中小企业网上服务经费");

        var response = await other.PostAsync(new Uri($"/api/reports/{id}/score", UriKind.Relative), null);
        var checks = await other.GetAsync(new Uri($"/api/reports/{id}/checks", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, checks.StatusCode);
    }

    [Fact]
    public async Task Preview_WorkedExampleA_Scores98WithSubtotals19_24_55()
    {
        var preparer = await factory.ClientForAsync("preparer");
        var sample = Sample("rubric-a-project-2021.json");

        var score = await OkJsonAsync(await preparer.PostAsJsonAsync("/api/reports/score/preview", new { kind = "project", content = sample["content"] }));

        Assert.Equal("rubric-a-project", score.GetProperty("ruleSetId").GetString());
        Assert.Equal(98m, score.GetProperty("total").GetDecimal());
        Assert.Equal("优", score.GetProperty("grade").GetString());
        Assert.Equal([19m, 24m, 55m], score.GetProperty("level1").EnumerateArray().Select(l => l.GetProperty("score").GetDecimal()));
        Assert.False(score.GetProperty("stored").GetBoolean());
        var lost = score.GetProperty("indicators").EnumerateArray().Where(i => i.GetProperty("score").GetDecimal() < i.GetProperty("points").GetDecimal()).ToList();
        Assert.Equal(2, lost.Count);
        Assert.All(lost, i => Assert.False(string.IsNullOrEmpty(i.GetProperty("explanation").GetString())));
    }

    [Fact]
    public async Task Preview_WorkedExampleB_Scores98WithSubtotals15_38_25_20()
    {
        var preparer = await factory.ClientForAsync("preparer");
        var sample = Sample("rubric-b-department-2021.json");

        var score = await OkJsonAsync(await preparer.PostAsJsonAsync("/api/reports/score/preview",
            new { kind = "department", content = sample["content"], ruleSetId = "rubric-b-department", version = 1 }));

        Assert.Equal("rubric-b-department", score.GetProperty("ruleSetId").GetString());
        Assert.Equal(98m, score.GetProperty("total").GetDecimal());
        Assert.Equal("优", score.GetProperty("grade").GetString());
        Assert.Equal([15m, 38m, 25m, 20m], score.GetProperty("level1").EnumerateArray().Select(l => l.GetProperty("score").GetDecimal()));
    }

    [Fact]
    public async Task Preview_ChanganWithWeights_Scores98AndWithoutWeightsDiffers()
    {
        var preparer = await factory.ClientForAsync("preparer");
        var content = ApiJson.Seed("changan-2019-project-online-service.json")["content"];

        var weighted = await OkJsonAsync(await preparer.PostAsJsonAsync("/api/reports/score/preview", new { kind = "project", content, weights = new[] { 40, 10, 40, 10 } }));
        var badWeights = await preparer.PostAsJsonAsync("/api/reports/score/preview", new { kind = "project", content, weights = new[] { 40, 10, 40 } });

        Assert.Equal(98m, weighted.GetProperty("total").GetDecimal());
        Assert.Equal(HttpStatusCode.BadRequest, badWeights.StatusCode);
        Assert.True((await ReadJsonAsync(badWeights)).GetProperty("errors").TryGetProperty("weights", out _));
    }

    [Fact]
    public async Task Preview_DraftVersion_OnlyForFinanceAdmin()
    {
        var admin = await factory.ClientForAsync("financeadmin");
        var draft = await ReadJsonAsync(await admin.PostAsJsonAsync("/api/rule-sets/rubric-a-project/drafts", new { fromVersion = 1 }));
        var version = draft.GetProperty("info").GetProperty("version").GetInt32();
        var content = Sample("rubric-a-project-2021.json")["content"];
        var preparer = await factory.ClientForAsync("preparer");

        var byAdmin = await admin.PostAsJsonAsync("/api/reports/score/preview", new { kind = "project", content, ruleSetId = "rubric-a-project", version });
        var byPreparer = await preparer.PostAsJsonAsync("/api/reports/score/preview", new { kind = "project", content, ruleSetId = "rubric-a-project", version });

        Assert.Equal(version, (await OkJsonAsync(byAdmin)).GetProperty("ruleSetVersion").GetInt32());
        Assert.Equal(HttpStatusCode.Conflict, byPreparer.StatusCode);
    }

    [Fact]
    public async Task Create_BrokenFundingGrid_ReturnsFindingsWithTheReport()
    {
        var preparer = await factory.ClientForAsync("preparer");
        var sample = Sample("broken-funding-and-expenditure.json");

        var response = await preparer.PostAsJsonAsync("/api/reports", new { kind = "project", content = sample["content"] });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var findings = (await ReadJsonAsync(response)).GetProperty("findings").EnumerateArray().ToList();
        Assert.Contains(findings, f => f.GetProperty("field").GetString() == "funding.arrived.total" && f.GetProperty("severity").GetString() == "error");
        Assert.Contains(findings, f => f.GetProperty("field").GetString() == "funding.balance.total");
        Assert.Contains(findings, f => f.GetProperty("field").GetString() == "expenditure.statedActualTotal");
    }
}
