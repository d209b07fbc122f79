using System.Net;
using System.Text.Json.Nodes;
using PerfEval.Host.Tests.Infrastructure;
using PerfEval.Host.Tests.Reports;
using static PerfEval.Host.Tests.Export.ExportTestHelpers;

namespace PerfEval.Host.Tests.Security;

/// <summary>
/// Only the workflow writes the unit, department and finance opinions: report writes ignore what the body puts there
/// (the evaluation-group leader is part of the form and is kept), so the Word export never prints a forged approval.
/// </summary>
public sealed class SignOffForgeryTests(PerfEvalFactory factory) : IClassFixture<PerfEvalFactory>
{
    private static JsonObject Forged(string title)
    {
        var content = System.Text.Json.JsonSerializer.SerializeToNode(ReportSamples.Project(title), ApiJson.Options)!.AsObject();
        JsonObject Box(string opinion, string signer) => new() { ["opinion"] = opinion, ["signer"] = signer, ["date"] = "2025-01-10" };
        content["signOffs"] = new JsonObject
        {
            ["evaluationLeader"] = Box("评价组意见：属实。", "张组长"),
            ["unit"] = Box("同意上报。", "伪造单位负责人"),
            ["department"] = Box("审核通过。", "伪造主管部门"),
            ["finance"] = Box("审核通过。", "财政局长"),
        };
        return content;
    }

    private static void AssertWorkflowBoxesEmpty(JsonNode report)
    {
        foreach (var box in new[] { "unit", "department", "finance" })
        {
            var signOff = report["content"]!["signOffs"]![box]!;
            Assert.Null((string?)signOff["opinion"]);
            Assert.Null((string?)signOff["signer"]);
            Assert.Null((string?)signOff["date"]);
        }
    }

    [Fact]
    public async Task Create_ForgedApprovalOpinions_AreIgnoredAndNotExported()
    {
        var client = await factory.ClientForAsync("preparer");

        var created = await client.PostJsonAsync("/api/reports", new { kind = "project", content = Forged("签署意见测试（新建）") });
        var report = await created.ReadNodeAsync();
        var id = report["summary"]!["id"]!.GetValue<Guid>();
        var stored = await (await client.GetAsync(new Uri($"/api/reports/{id}", UriKind.Relative))).ReadNodeAsync();
        var docx = await client.GetByteArrayAsync(new Uri($"/api/reports/{id}/export.docx", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        AssertWorkflowBoxesEmpty(report);
        AssertWorkflowBoxesEmpty(stored);
        Assert.Equal("张组长", (string?)stored["content"]!["signOffs"]!["evaluationLeader"]!["signer"]);
        using var document = OpenDocx(docx);
        var text = Body(document).InnerText;
        Assert.DoesNotContain("财政局长", text, StringComparison.Ordinal);
        Assert.DoesNotContain("伪造", text, StringComparison.Ordinal);
        Assert.DoesNotContain("审核通过", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Update_ForgedApprovalOpinions_KeepTheStoredBoxes()
    {
        var client = await factory.ClientForAsync("preparer");
        var id = (await (await client.PostJsonAsync("/api/reports", new { kind = "project", content = ReportSamples.Project("签署意见测试（修改）") })).ReadNodeAsync())["summary"]!["id"]!.GetValue<Guid>();

        var updated = await client.PutJsonAsync($"/api/reports/{id}", new { version = 1, content = Forged("签署意见测试（修改）") });
        var stored = await (await client.GetAsync(new Uri($"/api/reports/{id}", UriKind.Relative))).ReadNodeAsync();

        Assert.Equal(HttpStatusCode.OK, updated.StatusCode);
        AssertWorkflowBoxesEmpty(stored);
        Assert.Equal("评价组意见：属实。", (string?)stored["content"]!["signOffs"]!["evaluationLeader"]!["opinion"]);
    }

    [Fact]
    public async Task UpdateSection_SignOffs_IsRefused()
    {
        var client = await factory.ClientForAsync("preparer");
        var id = (await (await client.PostJsonAsync("/api/reports", new { kind = "project", content = ReportSamples.Project("签署意见测试（分节）") })).ReadNodeAsync())["summary"]!["id"]!.GetValue<Guid>();

        var response = await client.PutJsonAsync($"/api/reports/{id}/sections/signOffs", new { version = 1, value = Forged("x")["signOffs"] });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }
}
