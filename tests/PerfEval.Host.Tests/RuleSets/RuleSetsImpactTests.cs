using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using PerfEval.Host.Tests.Infrastructure;
using static PerfEval.Host.Tests.Scoring.ScoringTestSupport;

namespace PerfEval.Host.Tests.RuleSets;

/// <summary>Impact analysis: a draft version re-scores the pinned rounds' reports without storing anything.</summary>
public sealed class RuleSetsImpactTests(PerfEvalFactory factory) : IClassFixture<PerfEvalFactory>
{
    [Fact]
    public async Task Impact_DraftRaisingTheTopBand_ShowsChangedGradeAndStoresNothing()
    {
        var admin = await factory.ClientForAsync("financeadmin");
        var changan = await ReportIdByTitleAsync(factory, "中小企业网上服务经费");
        (await admin.PostAsync(new Uri($"/api/reports/{changan}/score", UriKind.Relative), null)).EnsureSuccessStatusCode();
        var draft = await ReadJsonAsync(await admin.PostAsJsonAsync("/api/rule-sets/rubric-c-self-evaluation/drafts", new { fromVersion = 1 }));
        var version = draft.GetProperty("info").GetProperty("version").GetInt32();
        var json = JsonNode.Parse(draft.GetProperty("json").GetString()!)!.AsObject();
        var bands = Rule(json, "rubric")["Properties"]!["gradeBands"]!.AsArray();
        bands[0]!["min"] = 99;
        bands[1]!["max"] = 99;
        (await admin.PutAsJsonAsync($"/api/rule-sets/rubric-c-self-evaluation/versions/{version}", new { json, revision = 1 })).EnsureSuccessStatusCode();

        var impact = await OkJsonAsync(await admin.GetAsync(new Uri($"/api/rule-sets/rubric-c-self-evaluation/versions/{version}/impact", UriKind.Relative)));

        var item = impact.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("reportId").GetGuid() == changan);
        Assert.Equal(98m, item.GetProperty("storedTotal").GetDecimal());
        Assert.Equal("优", item.GetProperty("storedGrade").GetString());
        Assert.Equal(98m, item.GetProperty("newTotal").GetDecimal());
        Assert.Equal("良", item.GetProperty("newGrade").GetString());
        Assert.True(item.GetProperty("frozen").GetBoolean());
        Assert.True(impact.GetProperty("gradeChanged").GetInt32() >= 1);
        var report = await OkJsonAsync(await admin.GetAsync(new Uri($"/api/reports/{changan}", UriKind.Relative)));
        Assert.Equal("优", report.GetProperty("summary").GetProperty("scoredGrade").GetString());
    }

    [Fact]
    public async Task Impact_NonAdmin_Returns403()
    {
        var reviewer = await factory.ClientForAsync("financereviewer");

        var response = await reviewer.GetAsync(new Uri("/api/rule-sets/rubric-c-self-evaluation/versions/1/impact", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }
}
