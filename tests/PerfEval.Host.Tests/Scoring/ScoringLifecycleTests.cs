using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PerfEval.Host.Data;
using PerfEval.Host.Tests.Infrastructure;
using static PerfEval.Host.Tests.Scoring.ScoringTestSupport;
using static PerfEval.Host.Tests.WorkflowTestHelpers;

namespace PerfEval.Host.Tests.Scoring;

/// <summary>Scores in the report lifecycle: frozen once accepted, checks gate submission, history carries the score.</summary>
public sealed class ScoringLifecycleTests(PerfEvalFactory factory) : IClassFixture<PerfEvalFactory>
{
    [Fact]
    public async Task PublishNewVersion_AcceptedReport_KeepsItsStoredScore()
    {
        var admin = await factory.ClientForAsync("financeadmin");
        var id = await ReportIdByTitleAsync(factory, "中小企业网上服务经费");
        var first = await OkJsonAsync(await admin.PostAsync(new Uri($"/api/reports/{id}/score", UriKind.Relative), null));
        Assert.True(first.GetProperty("stored").GetBoolean());
        // The round now follows the latest published rubric C; v2 makes 98 a 良 (优 from 99).
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<PerfEvalDbContext>();
            var roundId = await db.Reports.Where(r => r.Id == id).Select(r => r.RoundId).SingleAsync();
            await db.Rounds.Where(r => r.Id == roundId).ExecuteUpdateAsync(s => s.SetProperty(r => r.RuleSetVersion, (int?)null));
        }

        var draft = await ReadJsonAsync(await admin.PostAsJsonAsync("/api/rule-sets/rubric-c-self-evaluation/drafts", new { fromVersion = 1 }));
        var version = draft.GetProperty("info").GetProperty("version").GetInt32();
        var json = JsonNode.Parse(draft.GetProperty("json").GetString()!)!.AsObject();
        var bands = Rule(json, "rubric")["Properties"]!["gradeBands"]!.AsArray();
        bands[0]!["min"] = 99;
        bands[1]!["max"] = 99;
        (await admin.PutAsJsonAsync($"/api/rule-sets/rubric-c-self-evaluation/versions/{version}", new { json, revision = 1 })).EnsureSuccessStatusCode();
        (await admin.PostAsJsonAsync($"/api/rule-sets/rubric-c-self-evaluation/versions/{version}/publish", new { note = "优 自 99 分起" })).EnsureSuccessStatusCode();

        var again = await OkJsonAsync(await admin.PostAsync(new Uri($"/api/reports/{id}/score", UriKind.Relative), null));
        var underNew = await OkJsonAsync(await admin.PostAsJsonAsync("/api/reports/score/preview", new
        {
            kind = "project", content = ApiJson.Seed("changan-2019-project-online-service.json")["content"],
            ruleSetId = "rubric-c-self-evaluation", version, weights = new[] { 40, 10, 40, 10 },
        }));

        Assert.Equal("良", underNew.GetProperty("grade").GetString());
        Assert.False(again.GetProperty("stored").GetBoolean());
        Assert.Equal(1, again.GetProperty("ruleSetVersion").GetInt32());
        Assert.Equal("优", again.GetProperty("grade").GetString());
        var report = await OkJsonAsync(await admin.GetAsync(new Uri($"/api/reports/{id}", UriKind.Relative)));
        Assert.Equal(98m, report.GetProperty("summary").GetProperty("scoredTotal").GetDecimal());
        Assert.Equal("优", report.GetProperty("summary").GetProperty("scoredGrade").GetString());
        Assert.Equal(1, report.GetProperty("scoredRuleSetVersion").GetInt32());
    }

    [Fact]
    public async Task Submit_FundingGridDoesNotAddUp_Blocked409ThenAllowedAfterFixWithScoreInHistory()
    {
        var preparer = await factory.ClientForAsync("preparer");
        var broken = Sample("broken-funding-and-expenditure.json")["content"]!.AsObject();
        broken["statedGrade"] = "优";
        broken["expenditure"] = ApiJson.Seed("changan-2019-project-online-service.json")["content"]!["expenditure"]!.DeepClone();
        var created = await ReadJsonAsync(await preparer.PostAsJsonAsync("/api/reports", new { kind = "project", content = broken }));
        var id = created.GetProperty("summary").GetProperty("id").GetGuid();

        var blocked = await FireAsync(preparer, id, "submit");

        Assert.Equal(HttpStatusCode.Conflict, blocked.StatusCode);
        var fields = (await ReadJsonAsync(blocked)).GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("field").GetString()).ToList();
        Assert.Equal(["content.funding.arrived.total", "content.funding.balance.total"], fields);
        Assert.Equal("Draft", await StageOfAsync(factory, id));

        var fixedContent = ApiJson.Seed("changan-2019-project-online-service.json")["content"]!.AsObject();
        var saved = await ReadJsonAsync(await preparer.PutAsJsonAsync($"/api/reports/{id}", new { content = fixedContent, version = 1 }));
        Assert.DoesNotContain(saved.GetProperty("findings").EnumerateArray(), f => f.GetProperty("severity").GetString() == "error");
        var submitted = await FireAsync(preparer, id, "submit");

        Assert.Equal(HttpStatusCode.OK, submitted.StatusCode);
        var report = await OkJsonAsync(await preparer.GetAsync(new Uri($"/api/reports/{id}", UriKind.Relative)));
        var scored = report.GetProperty("summary").GetProperty("scoredTotal").GetDecimal();
        Assert.Equal("rubric-c-self-evaluation", report.GetProperty("scoredRuleSetId").GetString());
        var history = await GetJsonAsync(preparer, $"/api/reports/{id}/history");
        var step = Assert.Single(history.EnumerateArray());
        Assert.Equal(scored, step.GetProperty("ruleSetScore").GetDecimal());
    }

    [Fact]
    public async Task Submit_OnlyWarnings_IsAllowed()
    {
        var preparer = await factory.ClientForAsync("preparer");
        var content = ApiJson.Seed("changan-2019-project-online-service.json")["content"]!.AsObject();
        content["basic"]!["projectName"] = "只有提示的项目";
        content["basic"]!["phone"] = "8228080";
        var created = await ReadJsonAsync(await preparer.PostAsJsonAsync("/api/reports", new { kind = "project", content }));
        var id = created.GetProperty("summary").GetProperty("id").GetGuid();
        Assert.Contains(created.GetProperty("findings").EnumerateArray(), f => f.GetProperty("severity").GetString() == "warning");

        var response = await FireAsync(preparer, id, "submit");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
