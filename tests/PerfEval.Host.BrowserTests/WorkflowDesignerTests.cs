using System.Text.Json;
using PerfEval.Host.BrowserTests.Infrastructure;
using PerfEval.Host.BrowserTests.Pages;
using static Microsoft.Playwright.Assertions;

namespace PerfEval.Host.BrowserTests;

/// <summary>The workflow designer (issue 18) driven as the finance administrator.</summary>
[Collection(BrowserCollection.Name)]
public sealed class WorkflowDesignerTests(BrowserHost host)
{
    [Fact]
    public async Task Designer_AddExpertReviewForLargeProjects_DefaultMissingThenFixed_SimulatesAndPublishes()
    {
        var page = await host.NewPageAsync();
        await new LoginPage(page).SignInAsync("financeadmin");
        var designer = new WorkflowDesignerPage(page);
        await designer.OpenAsync("project-approval");
        await Expect(designer.Ok).ToBeVisibleAsync();
        var shipped = await (await page.APIRequest.GetAsync("/api/workflows/project-approval?version=1")).TextAsync();

        // A 专家评审 stage before 财政局审核: added before the terminal stage, moved up one place.
        await designer.ClickAsync("stage-add");
        await designer.ClickAsync("stage-up-4");
        await designer.FillAsync("stage-code-3", "ExpertReview");
        await Expect(designer.Problems.Filter(new() { HasText = "ExpertReview" }).First).ToBeVisibleAsync();
        await designer.FillAsync("stage-label-3", "专家评审");
        await designer.ClickAsync("action-add-3");
        await Expect(designer.Problems.Filter(new() { HasText = "没有指定办理角色" }).First).ToBeVisibleAsync();
        await designer.ChooseAsync("action-role-3-0", "财政审核人");
        await designer.ChooseAsync("action-level-3-0", "财政局");
        await designer.ChooseAsync("action-target-3-0", "财政局审核（FinanceReview）");

        // 主管部门审批 → 同意 routes by planned funding: ≥ 500 万元 to 专家评审; without a default route publishing is blocked.
        await designer.TickAsync("action-conditional-2-0");
        await designer.FillAsync("route-amount-2-0-0", "500");
        await designer.ChooseAsync("route-to-2-0-0", "专家评审（ExpertReview）");
        await Expect(page.Locator("[data-testid='route-expr-2-0-0']")).ToHaveTextAsync("input.PlannedTotal >= 500m");
        await Expect(designer.Problems.Filter(new() { HasText = "缺少默认路线" }).First).ToBeVisibleAsync();
        await Expect(designer.PublishButton).ToBeDisabledAsync();
        await Screenshots.TakeViewportAsync(page, "workflow-designer-missing-default-1366");

        // Fix: a default route to 财政局审核.
        await designer.ClickAsync("route-add-2-0");
        await designer.ChooseAsync("route-to-2-0-1", "财政局审核（FinanceReview）");
        await Expect(designer.Ok).ToBeVisibleAsync();
        await Expect(page.Locator("[data-testid=designer-diagram] svg, [data-testid=designer-mermaid]").First).ToBeVisibleAsync();
        await Expect(designer.PublishButton).ToBeEnabledAsync();

        // Simulate: the counts shown match the stored project reports (planned ≥ 500 万元 through 专家评审).
        var (large, small) = await StoredProjectsAsync(page);
        await designer.ClickAsync("simulate");
        await Expect(page.Locator("[data-testid=simulation-notice]")).ToContainTextAsync("在途");
        var paths = await designer.SimulatedPathsAsync();
        Assert.Equal(large, paths.Where(p => p.Label.Contains("专家评审", StringComparison.Ordinal)).Sum(p => p.Count));
        Assert.Equal(small, paths.Where(p => !p.Label.Contains("专家评审", StringComparison.Ordinal)).Sum(p => p.Count));
        await Screenshots.TakeViewportAsync(page, "workflow-designer-simulation-1366");

        // Publish asks for the change note: refused without one, naming it; then published with it.
        await designer.ClickAsync("publish");
        await Expect(designer.NotePanel).ToBeVisibleAsync();
        await designer.ClickAsync("publish-confirm");
        await Expect(designer.NotePanel).ToContainTextAsync("发布须填写变更说明");
        await designer.ConfirmPublishAsync("大额项目（≥500 万元）增加专家评审");
        await Expect(designer.NotePanel).ToBeHiddenAsync();
        await Expect(page.Locator("[data-testid=designer-versions] tr", new() { HasText = "已发布" }).Filter(new() { HasText = "financeadmin" }).First).ToBeVisibleAsync();
        var diff = page.Locator("[data-testid=diff-row]");
        await Expect(diff.Filter(new() { HasText = "新增" }).Filter(new() { HasText = "专家评审（ExpertReview）" }).First).ToBeVisibleAsync();
        await Expect(diff.Filter(new() { HasText = "DepartmentApproval.approve" }).First).ToContainTextAsync("若 input.PlannedTotal >= 500m → ExpertReview");
        await Screenshots.TakeViewportAsync(page, "workflow-designer-published-diff-1366");
        await Expect(designer.HistoryRows.First).ToContainTextAsync("发布");
        await Expect(designer.HistoryRows.First).ToContainTextAsync("大额项目（≥500 万元）增加专家评审");
        await Expect(designer.HistoryRows.First).ToContainTextAsync("财政绩效管理员");
        await Expect(page.Locator("[data-testid=designer-versions] tr", new() { HasText = "大额项目（≥500 万元）增加专家评审" })).ToHaveCountAsync(1);
        var published = JsonDocument.Parse(await (await page.APIRequest.GetAsync("/api/workflows/project-approval")).TextAsync()).RootElement;
        Assert.Contains(published.GetProperty("stages").EnumerateArray(), s => s.GetProperty("code").GetString() == "ExpertReview");

        // Other browser tests walk new project reports up the shipped ladder: publish it again as the latest version.
        var restore = await page.APIRequest.PostAsync("/api/workflows/project-approval/versions?note=test-change", new() { DataString = shipped, Headers = BrowserHost.ApiHeaders.Append(new("Content-Type", "application/json")) });
        Assert.True(restore.Ok, await restore.TextAsync());
    }

    [Fact]
    public async Task Designer_HostileAdvancedCondition_IsRefusedAndBlocksPublish()
    {
        var page = await host.NewPageAsync();
        await new LoginPage(page).SignInAsync("financeadmin");
        var designer = new WorkflowDesignerPage(page);
        await designer.OpenAsync("project-approval");

        await designer.TickAsync("action-conditional-2-0");
        await designer.ChooseAsync("route-template-2-0-0", "高级表达式", shows: page.Field("route-advanced-2-0-0"));
        await designer.FillAsync("route-advanced-2-0-0", "input.GetType().Assembly.FullName.Length > 0");
        await designer.ChooseAsync("route-to-2-0-0", "财政局审核（FinanceReview）");
        await designer.ClickAsync("route-add-2-0");
        await designer.ChooseAsync("route-to-2-0-1", "财政局审核（FinanceReview）");

        await Expect(designer.Problems.Filter(new() { HasText = "routes[0].when" }).First).ToContainTextAsync("不允许");
        await Expect(designer.PublishButton).ToBeDisabledAsync();
    }

    [Fact]
    public async Task Designer_SaveDraftTwice_OneDraftVersionUpdated()
    {
        var page = await host.NewPageAsync();
        await new LoginPage(page).SignInAsync("financeadmin");
        var designer = new WorkflowDesignerPage(page);
        await designer.OpenAsync("department-approval");
        await Expect(designer.Ok).ToBeVisibleAsync();
        var versions = page.Locator("[data-testid=designer-versions] tbody tr");
        var before = await versions.CountAsync();

        await designer.FillAsync("stage-label-0", "部门填报（草稿一）");
        await designer.ClickAsync("save-draft");
        await Expect(versions).ToHaveCountAsync(before + 1);
        var based = await page.Locator("[data-testid=designer-based]").InnerTextAsync();
        await designer.FillAsync("stage-label-0", "部门填报（草稿二）");
        await designer.ClickAsync("save-draft");

        // Saving the draft being edited saves over it: no second draft version, the history says 更新草稿.
        await Expect(designer.HistoryRows.First).ToContainTextAsync("更新草稿");
        await Expect(versions).ToHaveCountAsync(before + 1);
        await Expect(page.Locator("[data-testid=designer-based]")).ToHaveTextAsync(based);
        var draft = await (await page.APIRequest.GetAsync($"/api/workflows/department-approval?version={before + 1}")).TextAsync();
        Assert.Contains("部门填报（草稿二）", draft, StringComparison.Ordinal);
    }

    /// <summary>Stored project reports with planned funding ≥ 500 万元 and the others (blank counts as not large).</summary>
    private static async Task<(int Large, int Small)> StoredProjectsAsync(Microsoft.Playwright.IPage page)
    {
        var list = JsonDocument.Parse(await (await page.APIRequest.GetAsync("/api/reports?kind=project&pageSize=500")).TextAsync()).RootElement;
        var (large, small) = (0, 0);
        foreach (var item in list.GetProperty("items").EnumerateArray())
        {
            var report = JsonDocument.Parse(await (await page.APIRequest.GetAsync($"/api/reports/{item.GetProperty("id").GetGuid()}")).TextAsync()).RootElement;
            var planned = report.GetProperty("content").GetProperty("funding").GetProperty("planned");
            decimal? Cell(string name) => planned.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Number ? v.GetDecimal() : null;
            var sources = new[] { "central", "provincial", "city", "county", "other" }.Select(Cell).ToList();
            var amount = Cell("total") ?? (sources.All(s => s is null) ? null : sources.Sum(s => s ?? 0m));
            if (amount >= 500m)
            {
                large++;
            }
            else
            {
                small++;
            }
        }

        return (large, small);
    }
}
