using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using PerfEval.Host.Tests.Infrastructure;
using static PerfEval.Host.Tests.WorkflowTestHelpers;

namespace PerfEval.Host.Tests;

/// <summary>Publishing definition versions: validated, FinanceAdmin only, and never changing running reports.</summary>
public sealed class WorkflowDefinitionVersionTests(PerfEvalFactory factory) : IClassFixture<PerfEvalFactory>
{
    /// <summary>The shipped project definition without the department stage.</summary>
    private static async Task<JsonObject> WithoutDepartmentStageAsync(HttpClient client)
    {
        var definition = JsonNode.Parse((await GetJsonAsync(client, "/api/workflows/project-approval?version=1")).GetRawText())!.AsObject();
        var stages = definition["stages"]!.AsArray();
        var unit = stages.Single(s => s!["code"]!.GetValue<string>() == "UnitSignOff")!;
        unit["actions"]![0]!["to"] = "FinanceReview";
        stages.Remove(stages.Single(s => s!["code"]!.GetValue<string>() == "DepartmentApproval"));
        definition["name"] = "项目支出绩效自评审批流程（不经主管部门）";
        return definition;
    }

    [Fact]
    public async Task Publish_NewVersion_RunningReportKeepsOldVersion_NewReportGetsNew()
    {
        // Arrange: a report started (pinned) on version 1.
        var admin = await factory.ClientForAsync("financeadmin");
        var running = await CreateProjectReportAsync(factory, "旧版本上的报告");
        await DriveToAsync(factory, running, "UnitSignOff");

        // Act: publish version 2 (no department stage), then move both an old and a new report on.
        var publish = await admin.PostAsJsonAsync("/api/workflows/project-approval/versions?note=test-change", await WithoutDepartmentStageAsync(admin));
        var fresh = await CreateProjectReportAsync(factory, "新版本上的报告");
        await DriveToAsync(factory, fresh, "UnitSignOff");
        var unithead = await factory.ClientForAsync("unithead");
        var oldStep = await FireAsync(unithead, running, "approve", new { comment = "同意。" });
        var newStep = await FireAsync(unithead, fresh, "approve", new { comment = "同意。" });

        // Assert
        Assert.Equal(HttpStatusCode.Created, publish.StatusCode);
        Assert.Equal(2, (await publish.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("version").GetInt32());
        Assert.Equal(HttpStatusCode.OK, oldStep.StatusCode);
        Assert.Equal(HttpStatusCode.OK, newStep.StatusCode);
        Assert.Equal("DepartmentApproval", await StageOfAsync(factory, running));
        Assert.Equal("FinanceReview", await StageOfAsync(factory, fresh));
        var oldActions = await GetJsonAsync(admin, $"/api/reports/{running}/actions");
        var newActions = await GetJsonAsync(admin, $"/api/reports/{fresh}/actions");
        Assert.Equal(1, oldActions.GetProperty("definitionVersion").GetInt32());
        Assert.Equal(2, newActions.GetProperty("definitionVersion").GetInt32());
        var list = await GetJsonAsync(admin, "/api/workflows");
        var project = list.EnumerateArray().Single(w => w.GetProperty("id").GetString() == "project-approval");
        Assert.Equal(2, project.GetProperty("latestPublishedVersion").GetInt32());
        Assert.Equal(2, project.GetProperty("versions").GetArrayLength());
    }

    [Fact]
    public async Task Publish_ActionToUnknownStage_Returns400WithReason()
    {
        var admin = await factory.ClientForAsync("financeadmin");
        var definition = await WithoutDepartmentStageAsync(admin);
        definition["stages"]![1]!["actions"]![0]!["to"] = "Nowhere";

        var response = await admin.PostAsJsonAsync("/api/workflows/project-approval/versions?note=test-change", definition);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = problem.GetProperty("errors");
        Assert.True(errors.TryGetProperty("stages[1].actions[0].to", out var reason), problem.ToString());
        Assert.Contains("Nowhere", reason[0].GetString(), StringComparison.Ordinal);
        // The unreachable FinanceReview stage is named too.
        Assert.Contains("无法到达", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Publish_ReturnWithoutRequiredComment_Returns400()
    {
        var admin = await factory.ClientForAsync("financeadmin");
        var definition = await WithoutDepartmentStageAsync(admin);
        definition["stages"]![1]!["actions"]![1]!["commentRequired"] = false;

        var response = await admin.PostAsJsonAsync("/api/workflows/project-approval/versions?note=test-change", definition);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("commentRequired", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task PublishDraft_StoredAsDraft_NotUsedUntilPublished()
    {
        var admin = await factory.ClientForAsync("financeadmin");
        var definition = await WithoutDepartmentStageAsync(admin);
        definition["id"] = "project-approval-draft-test";
        definition["reportKind"] = "department";

        var stored = await admin.PostAsJsonAsync("/api/workflows/project-approval-draft-test/versions?publish=false", definition);
        var beforePublish = await admin.GetAsync(new Uri("/api/workflows/project-approval-draft-test/diagram", UriKind.Relative));
        var published = await admin.PostAsJsonAsync("/api/workflows/project-approval-draft-test/versions/1/publish", new { note = "试运行" });
        var again = await admin.PostAsJsonAsync("/api/workflows/project-approval-draft-test/versions/1/publish", new { note = "再次发布" });
        var afterPublish = await admin.GetAsync(new Uri("/api/workflows/project-approval-draft-test/diagram", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Created, stored.StatusCode);
        Assert.Equal("draft", (await stored.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetString());
        Assert.Equal(HttpStatusCode.NotFound, beforePublish.StatusCode);
        Assert.Equal(HttpStatusCode.OK, published.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Equal(HttpStatusCode.OK, afterPublish.StatusCode);
    }

    [Fact]
    public async Task Publish_NotFinanceAdmin_Returns403()
    {
        var reviewer = await factory.ClientForAsync("financereviewer");
        var definition = await WithoutDepartmentStageAsync(reviewer);

        var response = await reviewer.PostAsJsonAsync("/api/workflows/project-approval/versions?note=test-change", definition);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Diagram_Version1_HasDepartmentStage()
    {
        var client = await factory.ClientForAsync("preparer");

        var text = await client.GetStringAsync(new Uri("/api/workflows/project-approval/diagram?version=1", UriKind.Relative));

        Assert.Contains("UnitSignOff --> DepartmentApproval", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Function", text, StringComparison.Ordinal);
    }
}
