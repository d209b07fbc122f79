using PerfEval.Host.BrowserTests.Infrastructure;
using PerfEval.Host.BrowserTests.Pages;
using static Microsoft.Playwright.Assertions;

namespace PerfEval.Host.BrowserTests;

/// <summary>Issue 16 in the browser: batch approval from the inbox, 代理审批, the department reviewer's indicator notes.</summary>
[Collection(BrowserCollection.Name)]
public sealed class ReviewWorkTests(BrowserHost host)
{
    [Fact]
    public async Task Inbox_TwoSelectedAndApproved_EachReportedMoved()
    {
        string[] titles = ["浏览器测试：批量同意一", "浏览器测试：批量同意二"];
        await SubmittedAsync(titles);
        var page = await host.NewPageAsync();
        var inbox = await new LoginPage(page).SignInAsync("unithead");

        foreach (var title in titles)
        {
            await inbox.SelectAsync(title);
        }

        await inbox.BatchAsync("approve", "同意上报。");

        await Expect(inbox.BatchResult).ToContainTextAsync("成功 2 份");
        foreach (var title in titles)
        {
            await Expect(inbox.BatchResult.Locator("li", new() { HasText = title })).ToContainTextAsync("已办理 → 主管部门审批");
        }

        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Delegations_CreatedAndEndedEarly()
    {
        var page = await host.NewPageAsync();
        var inbox = await new LoginPage(page).SignInAsync("unithead");
        await Expect(inbox.DelegationsLink).ToBeVisibleAsync();
        var delegations = new DelegationsPage(page);
        await delegations.OpenAsync();

        await delegations.DelegateToAsync("preparer");
        await Expect(delegations.Given("张填报")).ToContainTextAsync("生效中");
        await delegations.EndAsync("张填报");

        await Expect(delegations.Given("张填报").First).ToContainTextAsync("已结束");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task DepartmentReviewer_AnnotatesAnIndicator_NoteSavedAndInHistory()
    {
        const string Title = "浏览器测试：主管部门批注";
        var id = (await SubmittedAsync([Title]))[0];
        var head = await host.NewPageAsync();
        await new LoginPage(head).SignInAsync("unithead");
        await ReportApi.ActAsync(head, id, "approve", "同意。");
        await head.Context.CloseAsync();
        var page = await host.NewPageAsync();
        var inbox = await new LoginPage(page).SignInAsync("deptreviewer");
        var form = await inbox.OpenReportAsync(Title);
        var review = new ReviewPanel(page);
        await Expect(review.Rows.First).ToBeVisibleAsync();

        await review.AnnotateAsync(0, "请核实服务人次台账。");
        await review.SaveAsync();

        await Expect(form.Workflow.History.First).ToContainTextAsync("指标批注");
        await Expect(review.NoteInput(0)).ToHaveValueAsync("请核实服务人次台账。");
        await page.Context.CloseAsync();
    }

    /// <summary>Project reports created and submitted by the preparer (they wait for the unit head).</summary>
    private async Task<List<string>> SubmittedAsync(IEnumerable<string> titles)
    {
        var page = await host.NewPageAsync();
        await new LoginPage(page).SignInAsync("preparer");
        var ids = new List<string>();
        foreach (var title in titles)
        {
            var id = await ReportApi.CreateProjectAsync(page, title);
            await ReportApi.ActAsync(page, id, "submit");
            ids.Add(id);
        }

        await page.Context.CloseAsync();
        return ids;
    }
}
