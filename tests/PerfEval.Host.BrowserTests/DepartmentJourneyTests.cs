using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using PerfEval.Host.BrowserTests.Infrastructure;
using PerfEval.Host.BrowserTests.Pages;
using static Microsoft.Playwright.Assertions;

namespace PerfEval.Host.BrowserTests;

/// <summary>Issue 16: the department prepares and signs its own overall report; the finance reviewer reviews it indicator by indicator.</summary>
[Collection(BrowserCollection.Name)]
public sealed class DepartmentJourneyTests(BrowserHost host)
{
    private const string Title = "示范市人力资源和社会保障局部门整体支出";

    [Fact]
    public async Task DepartmentReport_ClimbsWithDeptPreparerAndDeptHead_ReviewedIndicatorByIndicator()
    {
        // dept-preparer: the demo department draft, filled from the rubric B sample through the API with the session's cookie.
        var page = await host.NewPageAsync();
        var inbox = await new LoginPage(page).SignInAsync("dept-preparer");
        Assert.Equal("孙填报", await inbox.UserNameAsync());
        await Expect(inbox.Row(Title)).ToBeVisibleAsync();
        var list = JsonDocument.Parse(await (await page.APIRequest.GetAsync("/api/reports?stage=Draft")).TextAsync()).RootElement.GetProperty("items");
        var draft = list.EnumerateArray().Single(r => r.GetProperty("kind").GetString() == "department" && r.GetProperty("title").GetString() == Title);
        var content = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(BrowserHost.RepoRoot(), "samples", "rubric-b-department-2021.json")))!["content"]!;
        content["basic"]!["projectName"] = Title;
        var saved = await page.APIRequest.PutAsync($"/api/reports/{draft.GetProperty("id").GetString()}", new()
        {
            Headers = BrowserHost.ApiHeaders,
            DataObject = new { version = draft.GetProperty("version").GetInt32(), content },
        });
        Assert.True(saved.Ok, await saved.TextAsync());
        var form = await inbox.OpenReportAsync(Title);
        await form.Workflow.ActAsync("提交", null);
        await Expect(form.Workflow.CurrentStage).ToHaveTextAsync("单位签署");
        await page.Context.CloseAsync();

        // dept-head signs for the department: the department stage is skipped.
        var head = await OpenFromInboxAsync("dept-head");
        await head.Workflow.ActAsync("同意", "同意报送财政局。");
        await Expect(head.Workflow.CurrentStage).ToHaveTextAsync("财政局审核");
        await head.Page.Context.CloseAsync();

        // Finance reviewer: two indicators reviewed with reasons; the reviewed total follows; then accepted.
        var finance = await OpenFromInboxAsync("financereviewer");
        var review = new ReviewPanel(finance.Page);
        await Expect(review.Rows.First).ToBeVisibleAsync();
        var before = decimal.Parse(await review.Total.InnerTextAsync(), CultureInfo.InvariantCulture);
        var first = await review.ComputedScoreAsync(0);
        var second = await review.ComputedScoreAsync(1);
        Assert.True(first >= 1 && second >= 1, $"the first two indicators score {first} and {second}");
        await review.ReviewAsync(0, (first - 1).ToString(CultureInfo.InvariantCulture), "佐证材料不全，核减 1 分。");
        await review.ReviewAsync(1, (second - 1).ToString(CultureInfo.InvariantCulture), "数据口径不一致，核减 1 分。");
        await review.SaveAsync();
        await Expect(review.Total).ToHaveTextAsync((before - 2).ToString("0.##", CultureInfo.InvariantCulture));
        await Expect(finance.Workflow.History.First).ToContainTextAsync("逐项复核");
        await finance.Workflow.ActAsync("审核通过", "审核通过。");
        await Expect(finance.Workflow.CurrentStage).ToHaveTextAsync("已通过");
        await Expect(finance.Workflow.Root.Locator("[data-testid=wf-history-actor]", new() { HasText = "周局长" })).ToContainTextAsync("单位负责人");
        await Screenshots.TakeAsync(finance.Page, "report-department-reviewed-1366");
        await finance.Page.Context.CloseAsync();
    }

    private async Task<ReportFormPage> OpenFromInboxAsync(string userName)
    {
        var page = await host.NewPageAsync();
        var inbox = await new LoginPage(page).SignInAsync(userName);
        await Expect(inbox.Row(Title)).ToBeVisibleAsync();
        return await inbox.OpenReportAsync(Title);
    }
}
