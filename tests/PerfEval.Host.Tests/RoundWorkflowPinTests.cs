using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PerfEval.Host.Data;
using PerfEval.Host.Tests.Infrastructure;
using static PerfEval.Host.Tests.WorkflowTestHelpers;

namespace PerfEval.Host.Tests;

/// <summary>
/// Rounds pin the workflow definition version their reports start on, as they pin a rubric version: the latest published
/// one when the round opens unless a published version is chosen; reports added later to the round still start on it.
/// </summary>
public sealed class RoundWorkflowPinTests(PerfEvalFactory factory) : IClassFixture<PerfEvalFactory>
{
    private async Task<(HttpResponseMessage Response, JsonElement Body)> OpenAsync(Guid roundId, string name, string[] projects, object? pin = null)
    {
        var admin = await factory.ClientForAsync("financeadmin");
        var orgId = await RoundsTestSupport.OrgIdAsync(factory, "UNIT-SI");
        var body = JsonSerializer.SerializeToNode(new
        {
            id = roundId, name, kind = "project", deadline = RoundsTestSupport.Today(factory).AddDays(30), warningDays = 7,
            units = new[] { new { orgId, projects } },
        })!.AsObject();
        if (pin is not null)
        {
            foreach (var (key, value) in JsonSerializer.SerializeToNode(pin)!.AsObject())
            {
                body[key] = value?.DeepClone();
            }
        }

        var response = await admin.PostAsJsonAsync("/api/rounds", body);
        return (response, response.IsSuccessStatusCode || response.StatusCode == HttpStatusCode.BadRequest ? await response.Content.ReadFromJsonAsync<JsonElement>() : default);
    }

    /// <summary>Publishes the shipped project definition again as a new version; returns its number.</summary>
    private async Task<int> PublishNewProjectVersionAsync(bool publish = true)
    {
        var admin = await factory.ClientForAsync("financeadmin");
        var definition = JsonNode.Parse((await GetJsonAsync(admin, "/api/workflows/project-approval?version=1")).GetRawText())!.AsObject();
        var response = await admin.PostAsJsonAsync($"/api/workflows/project-approval/versions?publish={(publish ? "true" : "false")}&note=round-pin-test", definition);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("version").GetInt32();
    }

    private async Task<(string? Id, int? Version)> ReportPinAsync(Guid reportId)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PerfEvalDbContext>();
        var report = await db.Reports.AsNoTracking().SingleAsync(r => r.Id == reportId);
        return (report.WorkflowDefinitionId, report.WorkflowVersion);
    }

    private static Guid CreatedReport(JsonElement body) => body.GetProperty("createdReportIds").EnumerateArray().Single().GetGuid();

    [Fact]
    public async Task OpenRound_NewVersionPublishedLater_OldRoundKeepsStartingReportsOnItsVersion_NewRoundGetsTheNewOne()
    {
        // Arrange: a round opened on today's latest version.
        var current = await PublishNewProjectVersionAsync();
        var oldRound = Guid.NewGuid();
        var (opened, first) = await OpenAsync(oldRound, $"固定流程旧任务 {oldRound:N}", ["项目甲"]);
        Assert.Equal(HttpStatusCode.Created, opened.StatusCode);
        Assert.Equal(current, first.GetProperty("detail").GetProperty("round").GetProperty("workflowVersion").GetInt32());

        // Act: a newer version is published; the old round gets another project; a new round opens.
        var newer = await PublishNewProjectVersionAsync();
        var (_, added) = await OpenAsync(oldRound, $"固定流程旧任务 {oldRound:N}", ["项目甲", "项目乙"]);
        var newRound = Guid.NewGuid();
        var (_, fresh) = await OpenAsync(newRound, $"固定流程新任务 {newRound:N}", ["项目丙"]);

        // Assert: both reports of the old round start on its version; the new round's on the newer one.
        Assert.True(newer > current);
        Assert.Equal(("project-approval", current), await ReportPinAsync(CreatedReport(first)));
        Assert.Equal(("project-approval", current), await ReportPinAsync(CreatedReport(added)));
        Assert.Equal(("project-approval", newer), await ReportPinAsync(CreatedReport(fresh)));
        Assert.Equal(newer, fresh.GetProperty("detail").GetProperty("round").GetProperty("workflowVersion").GetInt32());
        var actions = await GetJsonAsync(await factory.ClientForAsync("preparer"), $"/api/reports/{CreatedReport(added)}/actions");
        Assert.Equal(current, actions.GetProperty("definitionVersion").GetInt32());

        // A report the preparer creates in the old round (POST /api/reports with roundId) starts on the round's version too.
        var joined = await (await factory.ClientForAsync("preparer")).PostJsonAsync("/api/reports",
            new { kind = "project", roundId = oldRound, content = Reports.ReportSamples.Submittable("加入旧任务的项目") });
        Assert.Equal(HttpStatusCode.Created, joined.StatusCode);
        var joinedId = (await joined.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("summary").GetProperty("id").GetGuid();
        Assert.Equal(("project-approval", current), await ReportPinAsync(joinedId));
    }

    [Fact]
    public async Task OpenRound_ChosenPublishedOlderVersion_ReportsStartOnIt_AndRoundShowsIt()
    {
        var roundId = Guid.NewGuid();

        var (response, body) = await OpenAsync(roundId, $"指定流程版本 {roundId:N}", ["项目丁"], new { workflowDefinitionId = "project-approval", workflowVersion = 1 });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal(("project-approval", 1), await ReportPinAsync(CreatedReport(body)));
        var round = (await GetJsonAsync(await factory.ClientForAsync("financeadmin"), $"/api/rounds/{roundId}")).GetProperty("round");
        Assert.Equal("project-approval", round.GetProperty("workflowDefinitionId").GetString());
        Assert.Equal(1, round.GetProperty("workflowVersion").GetInt32());
        Assert.False(string.IsNullOrEmpty(round.GetProperty("workflowName").GetString()));
    }

    [Fact]
    public async Task OpenRound_DraftRetiredUnknownOrWrongKindVersion_400NamingTheField_NoRoundStored()
    {
        var draft = await PublishNewProjectVersionAsync(publish: false);
        var admin = await factory.ClientForAsync("financeadmin");
        var retiring = await PublishNewProjectVersionAsync();
        await PublishNewProjectVersionAsync();
        Assert.Equal(HttpStatusCode.OK, (await admin.PostAsync(new Uri($"/api/workflows/project-approval/versions/{retiring}/retire", UriKind.Relative), null)).StatusCode);

        var cases = new (object Pin, string Field)[]
        {
            (new { workflowDefinitionId = "project-approval", workflowVersion = draft }, "workflowVersion"),
            (new { workflowDefinitionId = "project-approval", workflowVersion = retiring }, "workflowVersion"),
            (new { workflowDefinitionId = "project-approval", workflowVersion = 999 }, "workflowVersion"),
            (new { workflowDefinitionId = "department-approval", workflowVersion = 1 }, "workflowDefinitionId"),
            (new { workflowDefinitionId = "no-such-flow" }, "workflowDefinitionId"),
            (new { workflowVersion = 0 }, "workflowVersion"),
        };
        foreach (var (pin, field) in cases)
        {
            var roundId = Guid.NewGuid();
            var (response, problem) = await OpenAsync(roundId, $"拒绝的流程版本 {roundId:N}", ["项目戊"], pin);

            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), $"{JsonSerializer.Serialize(pin)}: {problem}");
            Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync(new Uri($"/api/rounds/{roundId}", UriKind.Relative))).StatusCode);
        }
    }

    [Fact]
    public async Task OpenRound_RoundWithoutPin_FromBeforeTheMigration_ReportsStartOnLatestPublished()
    {
        // Arrange: a round as the migration leaves it (no pin), then a newer version.
        var roundId = Guid.NewGuid();
        var name = $"迁移前的任务 {roundId:N}";
        Assert.Equal(HttpStatusCode.Created, (await OpenAsync(roundId, name, ["项目己"])).Response.StatusCode);
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<PerfEvalDbContext>();
            await db.Rounds.Where(r => r.Id == roundId).ExecuteUpdateAsync(s => s.SetProperty(r => r.WorkflowDefinitionId, (string?)null).SetProperty(r => r.WorkflowVersion, (int?)null));
        }

        var latest = await PublishNewProjectVersionAsync();

        // Act: a report added to that round.
        var (_, added) = await OpenAsync(roundId, name, ["项目己", "项目庚"]);

        // Assert: today's rule — the latest published version at report creation.
        Assert.Equal(("project-approval", latest), await ReportPinAsync(CreatedReport(added)));
        Assert.Equal(JsonValueKind.Null, added.GetProperty("detail").GetProperty("round").GetProperty("workflowVersion").ValueKind);
    }
}
