using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using PerfEval.Host.Tests.Infrastructure;
using static PerfEval.Host.Tests.WorkflowTestHelpers;

namespace PerfEval.Host.Tests;

/// <summary>One demo draft driven Draft → Accepted through the API, with one return for revision on the way.</summary>
public sealed class WorkflowLadderTests(PerfEvalFactory factory) : IClassFixture<PerfEvalFactory>
{
    [Fact]
    public async Task Actions_DemoDraftToAccepted_WithOneReturn_WritesSignOffsAndHistory()
    {
        // Arrange: the UNIT-SI demo draft of the open round.
        var preparer = await factory.ClientForAsync("preparer");
        var unithead = await factory.ClientForAsync("unithead");
        var deptreviewer = await factory.ClientForAsync("deptreviewer");
        var financereviewer = await factory.ClientForAsync("financereviewer");
        var drafts = await GetJsonAsync(preparer, "/api/reports?stage=Draft");
        var id = drafts.GetProperty("items")[0].GetProperty("id").GetGuid();

        // Act
        var steps = new List<HttpResponseMessage>
        {
            await FireAsync(preparer, id, "submit"),
            await FireAsync(unithead, id, "approve", new { comment = "同意上报。" }),
            await FireAsync(deptreviewer, id, "return", new { comment = "支出明细缺少会计凭证号，请补充。" }),
            await FireAsync(preparer, id, "submit", new { comment = "已补充凭证号。" }),
            await FireAsync(unithead, id, "approve", new { comment = "同意上报。" }),
            await FireAsync(deptreviewer, id, "approve", new { comment = "同意，报财政局审核。" }),
            await FireAsync(financereviewer, id, "rescore", new { comment = "满意度指标缺少问卷依据，扣 2 分。", score = 88.5m }),
            await FireAsync(financereviewer, id, "approve", new { comment = "审核通过。" }),
        };

        // Assert
        foreach (var step in steps)
        {
            Assert.True(step.IsSuccessStatusCode, await step.Content.ReadAsStringAsync());
        }

        var report = await GetJsonAsync(financereviewer, $"/api/reports/{id}");
        Assert.Equal("Accepted", report.GetProperty("summary").GetProperty("stage").GetString());
        Assert.Equal(88.5m, report.GetProperty("summary").GetProperty("reviewedScore").GetDecimal());
        Assert.Equal("满意度指标缺少问卷依据，扣 2 分。", report.GetProperty("reviewedReason").GetString());
        var signOffs = report.GetProperty("content").GetProperty("signOffs");
        AssertSignOff(signOffs.GetProperty("unit"), "同意上报。", "李主任", "2026-11-23");
        AssertSignOff(signOffs.GetProperty("department"), "同意，报财政局审核。", "王科长", "2026-11-23");
        AssertSignOff(signOffs.GetProperty("finance"), "审核通过。", "赵审核", "2026-11-23");

        var history = await GetJsonAsync(preparer, $"/api/reports/{id}/history");
        Assert.Equal(8, history.GetArrayLength());
        var rows = history.EnumerateArray().Select(h => (
            Seq: h.GetProperty("seq").GetInt32(),
            Action: h.GetProperty("action").GetString(),
            From: h.GetProperty("fromStage").GetString(),
            To: h.GetProperty("toStage").GetString(),
            Actor: h.GetProperty("actorDisplayName").GetString())).ToList();
        Assert.Equal(
            [
                (1, "submit", "Draft", "UnitSignOff", "张填报"),
                (2, "approve", "UnitSignOff", "DepartmentApproval", "李主任"),
                (3, "return", "DepartmentApproval", "Draft", "王科长"),
                (4, "submit", "Draft", "UnitSignOff", "张填报"),
                (5, "approve", "UnitSignOff", "DepartmentApproval", "李主任"),
                (6, "approve", "DepartmentApproval", "FinanceReview", "王科长"),
                (7, "rescore", "FinanceReview", "FinanceReview", "赵审核"),
                (8, "approve", "FinanceReview", "Accepted", "赵审核"),
            ],
            rows);
        var returned = history[2];
        Assert.Equal("主管部门审批", returned.GetProperty("fromStageLabel").GetString());
        Assert.Equal("起草", returned.GetProperty("toStageLabel").GetString());
        Assert.Equal("支出明细缺少会计凭证号，请补充。", returned.GetProperty("comment").GetString());
        Assert.Equal("DepartmentReviewer", returned.GetProperty("actorRole").GetString());
        Assert.Equal("示范市人力资源和社会保障局", returned.GetProperty("actorOrgName").GetString());
        Assert.Equal(88.5m, history[6].GetProperty("reviewedScore").GetDecimal());
        Assert.Equal(new DateTime(2026, 11, 23, 2, 0, 0, DateTimeKind.Utc), history[7].GetProperty("atUtc").GetDateTime().ToUniversalTime());
    }

    private static void AssertSignOff(JsonElement box, string opinion, string signer, string date)
    {
        Assert.Equal(opinion, box.GetProperty("opinion").GetString());
        Assert.Equal(signer, box.GetProperty("signer").GetString());
        Assert.Equal(date, box.GetProperty("date").GetString());
    }

    [Fact]
    public async Task Return_WithoutComment_Returns400AndChangesNothing()
    {
        var id = await CreateProjectReportAsync(factory);
        await DriveToAsync(factory, id, "UnitSignOff");
        var unithead = await factory.ClientForAsync("unithead");
        var versionBefore = await VersionOfAsync(factory, id);

        var response = await FireAsync(unithead, id, "return", new { comment = "  " });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(problem.GetProperty("errors").TryGetProperty("comment", out _), problem.ToString());
        Assert.Equal("UnitSignOff", await StageOfAsync(factory, id));
        Assert.Equal(versionBefore, await VersionOfAsync(factory, id));
        Assert.Equal(1, (await GetJsonAsync(unithead, $"/api/reports/{id}/history")).GetArrayLength());
    }

    [Fact]
    public async Task Return_WithComment_BackToDraftAndPreparerMayEditAgain()
    {
        var id = await CreateProjectReportAsync(factory);
        await DriveToAsync(factory, id, "FinanceReview");
        var financereviewer = await factory.ClientForAsync("financereviewer");

        var response = await FireAsync(financereviewer, id, "return", new { comment = "绩效指标偏差原因未填写。" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Draft", await StageOfAsync(factory, id));
        var report = await GetJsonAsync(financereviewer, $"/api/reports/{id}");
        var unitBox = report.GetProperty("content").GetProperty("signOffs").GetProperty("unit");
        Assert.Equal(JsonValueKind.Null, unitBox.GetProperty("opinion").ValueKind);
        var actions = await GetJsonAsync(await factory.ClientForAsync("preparer"), $"/api/reports/{id}/actions");
        Assert.Equal("submit", actions.GetProperty("allowed")[0].GetProperty("code").GetString());
    }

    [Fact]
    public async Task Rescore_WithoutScore_Returns400NamingScore()
    {
        var id = await CreateProjectReportAsync(factory);
        await DriveToAsync(factory, id, "FinanceReview");

        var response = await FireAsync(await factory.ClientForAsync("financereviewer"), id, "rescore", new { comment = "复核。" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(problem.GetProperty("errors").TryGetProperty("score", out _), problem.ToString());
    }

    [Fact]
    public async Task Fire_StaleVersion_Returns409AndChangesNothing()
    {
        var id = await CreateProjectReportAsync(factory);
        var stale = await VersionOfAsync(factory, id);
        await DriveToAsync(factory, id, "UnitSignOff");

        var response = await FireAsync(await factory.ClientForAsync("unithead"), id, "approve", new { comment = "同意。", version = stale });

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal("UnitSignOff", await StageOfAsync(factory, id));
    }

    [Fact]
    public async Task Fire_IfMatchCurrentVersion_Succeeds()
    {
        var id = await CreateProjectReportAsync(factory);
        var version = await VersionOfAsync(factory, id);
        var preparer = await factory.ClientForAsync("preparer");
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/reports/{id}/actions/submit") { Content = JsonContent.Create(new { }) };
        request.Headers.TryAddWithoutValidation("If-Match", $"\"{version}\"");

        var response = await preparer.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal($"\"{version + 1}\"", response.Headers.ETag?.Tag);
    }

    [Fact]
    public async Task Fire_NoBody_Submits()
    {
        var id = await CreateProjectReportAsync(factory);
        var preparer = await factory.ClientForAsync("preparer");

        var response = await preparer.PostAsync(new Uri($"/api/reports/{id}/actions/submit", UriKind.Relative), null);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("UnitSignOff", await StageOfAsync(factory, id));
    }

    [Fact]
    public async Task Actions_WrongRole_ListsReasonForRefusal()
    {
        var id = await CreateProjectReportAsync(factory);
        await DriveToAsync(factory, id, "UnitSignOff");

        var actions = await GetJsonAsync(await factory.ClientForAsync("preparer"), $"/api/reports/{id}/actions");

        Assert.Equal(0, actions.GetProperty("allowed").GetArrayLength());
        var refused = actions.GetProperty("refused").EnumerateArray().Single(a => a.GetProperty("code").GetString() == "approve");
        Assert.Contains("须由单位负责人办理", refused.GetProperty("reasons")[0].GetString(), StringComparison.Ordinal);
        Assert.Equal("project-approval", actions.GetProperty("definitionId").GetString());
        Assert.Equal(1, actions.GetProperty("definitionVersion").GetInt32());
    }

    [Fact]
    public async Task History_OtherUnit_Returns404()
    {
        var id = await CreateProjectReportAsync(factory);
        var other = await factory.ClientForAsync("preparer-gs");

        var history = await other.GetAsync(new Uri($"/api/reports/{id}/history", UriKind.Relative));
        var actions = await other.GetAsync(new Uri($"/api/reports/{id}/actions", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, history.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, actions.StatusCode);
    }

    [Fact]
    public async Task Inbox_ReportAtUnitSignOff_ListedForUnitHeadOnly()
    {
        var id = await CreateProjectReportAsync(factory, "收件箱测试项目");
        await DriveToAsync(factory, id, "UnitSignOff");

        var unithead = await GetJsonAsync(await factory.ClientForAsync("unithead"), "/api/inbox");
        var deptreviewer = await GetJsonAsync(await factory.ClientForAsync("deptreviewer"), "/api/inbox?stage=UnitSignOff");
        var preparerGs = await GetJsonAsync(await factory.ClientForAsync("preparer-gs"), "/api/inbox");

        var item = unithead.EnumerateArray().Single(i => i.GetProperty("reportId").GetGuid() == id);
        Assert.Equal("UnitSignOff", item.GetProperty("stage").GetString());
        Assert.Equal(new DateTime(2026, 11, 28, 2, 0, 0, DateTimeKind.Utc), item.GetProperty("dueAtUtc").GetDateTime().ToUniversalTime());
        Assert.False(item.GetProperty("overdue").GetBoolean());
        Assert.Contains(item.GetProperty("actions").EnumerateArray(), a => a.GetProperty("code").GetString() == "approve");
        Assert.DoesNotContain(deptreviewer.EnumerateArray(), i => i.GetProperty("reportId").GetGuid() == id);
        Assert.DoesNotContain(preparerGs.EnumerateArray(), i => i.GetProperty("reportId").GetGuid() == id);
    }

    [Fact]
    public async Task Diagram_WithReport_MarksCurrentStage()
    {
        var id = await CreateProjectReportAsync(factory);
        await DriveToAsync(factory, id, "DepartmentApproval");
        var client = await factory.ClientForAsync("deptreviewer");

        var response = await client.GetAsync(new Uri($"/api/workflows/project-approval/diagram?reportId={id}", UriKind.Relative));
        var text = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("stateDiagram-v2", text, StringComparison.Ordinal);
        Assert.Contains("class DepartmentApproval current", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Function", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Workflows_List_HasBothShippedDefinitionsAtVersion1()
    {
        var list = await GetJsonAsync(await factory.ClientForAsync("preparer"), "/api/workflows");

        var ids = list.EnumerateArray().Select(w => w.GetProperty("id").GetString()).ToList();
        Assert.Contains("project-approval", ids);
        Assert.Contains("department-approval", ids);
        Assert.All(list.EnumerateArray(), w => Assert.Equal(1, w.GetProperty("latestPublishedVersion").GetInt32()));
    }
}
