using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using PerfEval.Host.Tests.Infrastructure;
using static PerfEval.Host.Tests.WorkflowTestHelpers;

namespace PerfEval.Host.Tests;

/// <summary>
/// The inbox reads the definition versions in use from a copy kept between requests (<c>WorkflowCatalog.InUseAsync</c>):
/// a version published through this host counts at once. Own factory: it publishes a project definition.
/// </summary>
public sealed class WorkflowInboxDefinitionsTests(PerfEvalFactory factory) : IClassFixture<PerfEvalFactory>
{
    [Fact]
    public async Task Inbox_VersionPublishedAfterTheInboxWasRead_NewStageListedAtOnce()
    {
        var admin = await factory.ClientForAsync("financeadmin");
        var reviewer = await factory.ClientForAsync("financereviewer");
        await GetJsonAsync(reviewer, "/api/inbox");

        // Version 2: 主管部门审批 → 专家评审 (the finance reviewer acts) → 财政局审核.
        var publish = await admin.PostAsJsonAsync("/api/workflows/project-approval/versions?note=test-change", await WithExpertReviewAsync(admin));
        Assert.Equal(HttpStatusCode.Created, publish.StatusCode);
        var id = await CreateProjectReportAsync(factory, "专家评审待办");
        await DriveToAsync(factory, id, "FinanceReview");
        Assert.Equal("ExpertReview", await StageOfAsync(factory, id));

        var inbox = await GetJsonAsync(reviewer, "/api/inbox?stage=ExpertReview");
        Assert.Contains(inbox.EnumerateArray(), i => i.GetProperty("reportId").GetGuid() == id);
    }

    private static async Task<JsonObject> WithExpertReviewAsync(HttpClient admin)
    {
        var definition = JsonNode.Parse((await GetJsonAsync(admin, "/api/workflows/project-approval?version=1")).GetRawText())!.AsObject();
        var stages = definition["stages"]!.AsArray();
        var department = stages.Single(s => s!["code"]!.GetValue<string>() == "DepartmentApproval")!;
        department["actions"]![0]!["to"] = "ExpertReview";
        var finance = stages.Single(s => s!["code"]!.GetValue<string>() == "FinanceReview")!;
        var expert = finance.DeepClone().AsObject();
        expert["code"] = "ExpertReview";
        expert["label"] = "专家评审";
        var actions = expert["actions"]!.AsArray();
        actions.Remove(actions.Single(a => a!["code"]!.GetValue<string>() == "rescore"));
        actions[0]!["to"] = "FinanceReview";
        actions[0]!["signOff"] = "none";
        stages.Insert(stages.IndexOf(finance), expert);
        definition["name"] = "项目支出绩效自评审批流程（增加专家评审）";
        return definition;
    }
}
