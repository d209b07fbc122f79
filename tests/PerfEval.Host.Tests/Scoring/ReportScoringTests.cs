using System.Net;
using PerfEval.Host.Tests.Infrastructure;
using PerfEval.Host.Tests.Reports;

namespace PerfEval.Host.Tests.Scoring;

/// <summary>Every write of a form stores its rubric score (what lists, exports and the dashboard show).</summary>
public sealed class ReportScoringTests(PerfEvalFactory factory) : IClassFixture<PerfEvalFactory>
{
    [Fact]
    public async Task CreateAndUpdate_ProjectReport_StoresRubricScoreAndGrade()
    {
        var client = await factory.ClientForAsync("preparer");

        var created = await client.PostJsonAsync("/api/reports", new { kind = "project", content = ReportSamples.Project("评分存储项目") });
        var node = await created.ReadNodeAsync();
        var id = node["summary"]!["id"]!.GetValue<Guid>();
        var updated = await client.PutJsonAsync($"/api/reports/{id}", new { version = 1, content = ReportSamples.Project("评分存储项目") });
        var detail = await updated.ReadNodeAsync();
        var summary = detail["summary"]!;

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.NotNull(node["summary"]!["scoredTotal"]?.GetValue<decimal>());
        Assert.Equal(HttpStatusCode.OK, updated.StatusCode);
        Assert.InRange(summary["scoredTotal"]!.GetValue<decimal>(), 0m, 100m);
        Assert.Contains(summary["scoredGrade"]!.GetValue<string>(), new[] { "优", "良", "中", "差" });
        Assert.Equal("rubric-c-self-evaluation", detail["scoredRuleSetId"]!.GetValue<string>());
    }

    [Fact]
    public async Task Submit_FundingBalanceWrong_RefusedNamingTheField()
    {
        var client = await factory.ClientForAsync("preparer");
        var doc = ReportSamples.Project("结余有误项目");
        doc.Funding.Balance.Total = 9m;
        doc.Funding.Balance.City = 9m;
        var created = await (await client.PostJsonAsync("/api/reports", new { kind = "project", content = doc })).ReadNodeAsync();
        var id = created["summary"]!["id"]!.GetValue<Guid>();

        var submitted = await client.PostJsonAsync($"/api/reports/{id}/actions/submit", new { });
        var body = await submitted.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.Conflict, submitted.StatusCode);
        Assert.Contains("funding.balance", body, StringComparison.Ordinal);
        Assert.Contains("结余", body, StringComparison.Ordinal);
    }
}
