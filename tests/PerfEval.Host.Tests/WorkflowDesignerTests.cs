using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PerfEval.Host.Data;
using PerfEval.Host.Tests.Infrastructure;
using PerfEval.Host.Tests.Reports;
using PerfEval.Rules.Model;
using PerfEval.Tests.Shared;
using static PerfEval.Host.Tests.WorkflowTestHelpers;

namespace PerfEval.Host.Tests;

/// <summary>
/// The workflow designer's API (issue 18): conditional routes judged by the rules engine when the action fires, the live check
/// naming the culprit, the simulation on stored reports, and the hostile-expression corpus refused as route conditions.
/// </summary>
public sealed class WorkflowDesignerTests(PerfEvalFactory factory) : IClassFixture<PerfEvalFactory>
{
    /// <summary>The route condition the designer's amount template writes for ≥ 500 万元.</summary>
    private const string LargeProject = "input.PlannedTotal >= 500m";

    /// <summary>Path of the department stage's approve routes in <see cref="WithExpertReviewAsync"/>.</summary>
    private const string RoutesPath = "stages[2].actions[0].routes";

    /// <summary>The shipped project definition with a 专家评审 stage that large projects (planned ≥ 500 万元) pass through.</summary>
    private static async Task<JsonObject> WithExpertReviewAsync(HttpClient client, bool withDefault = true, string condition = LargeProject)
    {
        var definition = JsonNode.Parse((await GetJsonAsync(client, "/api/workflows/project-approval?version=1")).GetRawText())!.AsObject();
        var stages = definition["stages"]!.AsArray();
        var department = stages.Single(s => s!["code"]!.GetValue<string>() == "DepartmentApproval")!;
        var approve = department["actions"]![0]!.AsObject();
        approve.Remove("to");
        var routes = new JsonArray(new JsonObject { ["when"] = condition, ["to"] = "ExpertReview" });
        if (withDefault)
        {
            routes.Add(new JsonObject { ["to"] = "FinanceReview" });
        }

        approve["routes"] = routes;
        stages.Insert(3, JsonNode.Parse("""
            {
              "code": "ExpertReview", "label": "专家评审", "dueDays": 10, "terminal": false,
              "actions": [
                { "code": "approve", "label": "评审通过", "to": "FinanceReview", "role": "FinanceReviewer", "orgLevel": "financeBureau", "commentRequired": true, "signOff": "none", "rescore": false },
                { "code": "return", "label": "退回修改", "to": "Draft", "role": "FinanceReviewer", "orgLevel": "financeBureau", "commentRequired": true, "signOff": "none", "rescore": false }
              ]
            }
            """));
        definition["name"] = "项目支出绩效自评审批流程（大额项目专家评审）";
        return definition;
    }

    private static async Task<Guid> CreateReportAsync(PerfEvalFactory factory, string title, decimal plannedWanYuan)
    {
        var content = ReportSamples.Submittable(title);
        var scale = plannedWanYuan / content.Funding.Planned.Total!.Value;
        foreach (var row in new[] { content.Funding.Planned, content.Funding.Arrived, content.Funding.Spent, content.Funding.Balance })
        {
            (row.City, row.Total) = (row.City * scale, row.Total * scale);
        }

        foreach (var line in content.Expenditure.Lines)
        {
            (line.Planned, line.Actual) = (line.Planned * scale, line.Actual * scale);
        }

        content.Expenditure.StatedActualTotal *= scale;
        var preparer = await factory.ClientForAsync("preparer");
        var response = await preparer.PostJsonAsync("/api/reports", new { kind = "project", content });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("summary").GetProperty("id").GetGuid();
    }

    private static async Task ApproveAsync(PerfEvalFactory factory, string user, Guid report, string expectedStage)
    {
        var response = await FireAsync(await factory.ClientForAsync(user), report, "approve", new { comment = "同意。" });
        Assert.True(response.IsSuccessStatusCode, $"{user} approve: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        Assert.Equal(expectedStage, await StageOfAsync(factory, report));
    }

    private static async Task<JsonElement> CheckAsync(HttpClient client, JsonObject definition)
    {
        var response = await client.PostAsJsonAsync("/api/workflows/check", definition);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    private static IEnumerable<string> ErrorPaths(JsonElement check) => check.GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("path").GetString()!);

    [Fact]
    public async Task Fire_ConditionalRoute_LargeProjectGoesThroughExpertReview_SmallSkipsIt_OldVersionReportFinishesOnOld()
    {
        // Arrange: a large project started on version 1, then version 2 with the 专家评审 route published.
        var admin = await factory.ClientForAsync("financeadmin");
        var old = await CreateReportAsync(factory, "旧版本上的大额项目", 800m);
        await DriveToAsync(factory, old, "UnitSignOff");
        var publish = await admin.PostAsJsonAsync("/api/workflows/project-approval/versions?note=test-change", await WithExpertReviewAsync(admin));
        Assert.Equal(HttpStatusCode.Created, publish.StatusCode);
        var version = (await publish.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("version").GetInt32();
        var large = await CreateReportAsync(factory, "大额项目", 600m);
        var small = await CreateReportAsync(factory, "小额项目", 30m);
        await DriveToAsync(factory, large, "DepartmentApproval");
        await DriveToAsync(factory, small, "DepartmentApproval");

        // Act + Assert: the department's approval routes each by its planned funding; both finish.
        await ApproveAsync(factory, "deptreviewer", large, "ExpertReview");
        await ApproveAsync(factory, "deptreviewer", small, "FinanceReview");
        await ApproveAsync(factory, "financereviewer", large, "FinanceReview");
        await ApproveAsync(factory, "financereviewer", large, "Accepted");
        await ApproveAsync(factory, "financereviewer", small, "Accepted");
        var largeHistory = await GetJsonAsync(admin, $"/api/reports/{large}/history");
        Assert.Contains(largeHistory.EnumerateArray(), h => h.GetProperty("toStage").GetString() == "ExpertReview");
        Assert.Equal(version, (await GetJsonAsync(admin, $"/api/reports/{large}/actions")).GetProperty("definitionVersion").GetInt32());

        // The report started on version 1 stays on it: no 专家评审 although it is large.
        await ApproveAsync(factory, "unithead", old, "DepartmentApproval");
        await ApproveAsync(factory, "deptreviewer", old, "FinanceReview");
        await ApproveAsync(factory, "financereviewer", old, "Accepted");
        Assert.Equal(1, (await GetJsonAsync(admin, $"/api/reports/{old}/actions")).GetProperty("definitionVersion").GetInt32());
    }

    [Fact]
    public async Task Check_RouteWithoutDefault_NamesTheRoutes_AndPublishIsRefused()
    {
        var admin = await factory.ClientForAsync("financeadmin");
        var definition = await WithExpertReviewAsync(admin, withDefault: false);

        var check = await CheckAsync(admin, definition);
        var publish = await admin.PostAsJsonAsync("/api/workflows/project-approval/versions?note=test-change", definition);

        Assert.False(check.GetProperty("valid").GetBoolean());
        Assert.Contains(RoutesPath, ErrorPaths(check));
        Assert.Contains("默认路线", check.GetProperty("errors").ToString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, publish.StatusCode);
        Assert.Contains("默认路线", await publish.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Check_ValidDraft_ReturnsNoErrorsAndDiagramWithTheRoute()
    {
        var admin = await factory.ClientForAsync("financeadmin");

        var check = await CheckAsync(admin, await WithExpertReviewAsync(admin));

        Assert.True(check.GetProperty("valid").GetBoolean(), check.ToString());
        var mermaid = check.GetProperty("mermaid").GetString()!;
        Assert.Contains("DepartmentApproval --> ExpertReview", mermaid, StringComparison.Ordinal);
        Assert.Contains("DepartmentApproval --> FinanceReview", mermaid, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Check_UnreachableStageAndStageWithoutEnd_NameTheStages()
    {
        var admin = await factory.ClientForAsync("financeadmin");
        var definition = await WithExpertReviewAsync(admin);
        var stages = definition["stages"]!.AsArray();
        // 专家评审 only returns: no way on to a terminal stage from it; an orphan stage nobody leads to.
        stages[3]!["actions"]!.AsArray().RemoveAt(0);
        stages.Add(JsonNode.Parse("""{ "code": "Orphan", "label": "孤立", "terminal": false, "actions": [ { "code": "approve", "label": "同意", "to": "Accepted", "role": "FinanceReviewer", "orgLevel": "financeBureau" } ] }"""));

        var check = await CheckAsync(admin, definition);

        var errors = check.GetProperty("errors").EnumerateArray().Select(e => $"{e.GetProperty("path").GetString()} {e.GetProperty("message").GetString()}").ToList();
        Assert.Contains(errors, e => e.StartsWith("stages[6] ", StringComparison.Ordinal) && e.Contains("无法到达", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.StartsWith("stages[3] ", StringComparison.Ordinal) && e.Contains("终止阶段", StringComparison.Ordinal));
    }

    [Fact]
    public async Task CheckAndPublish_HostileConditions_EachRefusedNamingTheRoute()
    {
        var admin = await factory.ClientForAsync("financeadmin");
        var accepted = new List<string>();

        foreach (var (name, expression) in HostileExpressions.All)
        {
            var definition = await WithExpertReviewAsync(admin, condition: expression);
            var check = await admin.PostAsJsonAsync("/api/workflows/check", definition);
            var checkBody = await check.Content.ReadAsStringAsync();
            if (check.StatusCode == HttpStatusCode.OK
                && !ErrorPaths(JsonDocument.Parse(checkBody).RootElement).Contains($"{RoutesPath}[0].when"))
            {
                accepted.Add($"check {name}: {checkBody}");
            }
            else if (check.StatusCode != HttpStatusCode.OK && check.StatusCode != HttpStatusCode.BadRequest)
            {
                accepted.Add($"check {name}: {(int)check.StatusCode}");
            }

            var publish = await admin.PostAsJsonAsync("/api/workflows/project-approval/versions?note=test-change", definition);
            if (publish.StatusCode != HttpStatusCode.BadRequest)
            {
                accepted.Add($"publish {name}: {(int)publish.StatusCode}");
            }
        }

        Assert.Empty(accepted);
        Assert.Equal("Healthy", await admin.GetStringAsync(new Uri("/health", UriKind.Relative)));
    }

    [Fact]
    public async Task Simulate_Draft_CountsPerPathMatchStoredReports()
    {
        var admin = await factory.ClientForAsync("financeadmin");
        await CreateReportAsync(factory, "模拟用大额项目", 900m);
        await CreateReportAsync(factory, "模拟用小额项目", 20m);
        List<decimal?> planned;
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<PerfEvalDbContext>();
            planned = (await db.Reports.AsNoTracking().Where(r => r.Kind == ReportKind.Project).ToListAsync()).Select(r => r.Content.Funding.Planned.Amount).ToList();
        }

        var response = await admin.PostAsJsonAsync("/api/workflows/simulate", await WithExpertReviewAsync(admin));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var simulation = await response.Content.ReadFromJsonAsync<JsonElement>();
        var paths = simulation.GetProperty("paths").EnumerateArray().ToList();
        int Count(bool expert) => paths.Where(p => p.GetProperty("stages").EnumerateArray().Any(s => s.GetString() == "ExpertReview") == expert).Sum(p => p.GetProperty("count").GetInt32());
        Assert.Equal(planned.Count, simulation.GetProperty("total").GetInt32());
        Assert.Equal(planned.Count(p => p >= 500m), Count(expert: true));
        Assert.Equal(planned.Count(p => !(p >= 500m)), Count(expert: false));
        Assert.True(Count(expert: true) >= 1);
        Assert.Contains(simulation.GetProperty("reports").EnumerateArray(), r => r.GetProperty("title").GetString() == "模拟用大额项目" && r.GetProperty("path").GetString()!.Contains("专家评审", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Simulate_LargeProjectsRoutedToPrevious_FollowedBack_AndNamedAsUnplaced()
    {
        var admin = await factory.ClientForAsync("financeadmin");
        await CreateReportAsync(factory, "模拟退回上一阶段的大额项目", 700m);
        List<decimal?> planned;
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<PerfEvalDbContext>();
            planned = (await db.Reports.AsNoTracking().Where(r => r.Kind == ReportKind.Project).ToListAsync()).Select(r => r.Content.Funding.Planned.Amount).ToList();
        }

        var definition = await WithExpertReviewAsync(admin);
        definition["stages"]![2]!["actions"]![0]!["routes"]![0]!["to"] = "@previous";
        definition["stages"]!.AsArray().RemoveAt(3); // 专家评审 is no longer reachable

        var response = await admin.PostAsJsonAsync("/api/workflows/simulate", definition);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var simulation = await response.Content.ReadFromJsonAsync<JsonElement>();
        var reports = simulation.GetProperty("reports").EnumerateArray().ToList();
        Assert.Equal(planned.Count(p => p >= 500m), simulation.GetProperty("unplaced").GetInt32());
        var large = reports.Single(r => r.GetProperty("title").GetString() == "模拟退回上一阶段的大额项目");
        Assert.Contains("单位签署", large.GetProperty("unplaced").GetString(), StringComparison.Ordinal);
        Assert.All(reports.Where(r => r.GetProperty("unplaced").ValueKind == JsonValueKind.Null), r => Assert.EndsWith("已通过", r.GetProperty("path").GetString(), StringComparison.Ordinal));
    }

    [Fact]
    public async Task Retire_PublishedVersion_NewReportsSkipIt_LastPublishedRefused()
    {
        var admin = await factory.ClientForAsync("financeadmin");
        var shipped = JsonNode.Parse((await GetJsonAsync(admin, "/api/workflows/department-approval?version=1")).GetRawText())!.AsObject();
        var publish = await admin.PostAsJsonAsync("/api/workflows/department-approval/versions?note=test-change", shipped);
        var version = (await publish.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("version").GetInt32();

        var retireOld = await admin.PostAsync(new Uri("/api/workflows/department-approval/versions/1/retire", UriKind.Relative), null);
        var retireLast = await admin.PostAsync(new Uri($"/api/workflows/department-approval/versions/{version}/retire", UriKind.Relative), null);
        var retireAgain = await admin.PostAsync(new Uri("/api/workflows/department-approval/versions/1/retire", UriKind.Relative), null);

        Assert.Equal(HttpStatusCode.OK, retireOld.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, retireLast.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, retireAgain.StatusCode);
        var list = await GetJsonAsync(admin, "/api/workflows");
        var department = list.EnumerateArray().Single(w => w.GetProperty("id").GetString() == "department-approval");
        Assert.Equal(version, department.GetProperty("latestPublishedVersion").GetInt32());
        Assert.Contains(department.GetProperty("versions").EnumerateArray(), v => v.GetProperty("version").GetInt32() == 1 && v.GetProperty("status").GetString() == "retired");
    }

    [Theory]
    [InlineData("preparer", "/api/workflows/check")]
    [InlineData("financereviewer", "/api/workflows/simulate")]
    public async Task DesignerEndpoints_NotFinanceAdmin_Returns403(string user, string url)
    {
        var client = await factory.ClientForAsync(user);
        var definition = await WithExpertReviewAsync(client);

        var response = await client.PostAsJsonAsync(url, definition);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }
}
