using PerfEval.Host.BrowserTests.Infrastructure;
using PerfEval.Host.BrowserTests.Pages;
using static Microsoft.Playwright.Assertions;

namespace PerfEval.Host.BrowserTests;

[Collection(BrowserCollection.Name)]
public sealed class ValidationTests(BrowserHost host)
{
    [Fact]
    public async Task Save_EmptyProjectName_ShowsErrorUnderTheField()
    {
        var page = await host.NewPageAsync();
        var inbox = await new LoginPage(page).SignInAsync("preparer-gs");
        var form = await inbox.OpenReportAsync("政务服务");

        await form.FillAsync("basic.projectName", "");
        await page.ClickAsync("[data-testid=save]");

        var field = page.Locator(".mud-input-control", new() { Has = form.Field("basic.projectName") });
        await Expect(field).ToContainTextAsync("项目名称不能为空。");
        await Expect(page.Locator("[data-testid=validation-summary]")).ToBeVisibleAsync();
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Submit_EmptyDraft_RefusalListsWhatIsMissingAtTheFieldsAndInThePanel()
    {
        var page = await host.NewPageAsync();
        var inbox = await new LoginPage(page).SignInAsync("preparer-gs");
        var form = await inbox.OpenReportAsync("政务服务");
        // An untouched draft scores nothing: every indicator of its rubric says why.
        await Expect(form.LiveTotal).ToHaveTextAsync("0.00");
        await Expect(page.Locator("[data-testid=live-scores]")).ToContainTextAsync("无法评分");

        await form.Workflow.ActAsync("提交", null);

        // The panel and the form open with the gate's own sentence and list the same messages the API returns (409 errors).
        var blocked = form.Workflow.Root.Locator("[data-testid=wf-blocked]");
        await Expect(blocked).ToContainTextAsync("处需要更正，不能提交：");
        await Expect(blocked).ToContainTextAsync("资金表缺少计划安排资金（没有发生请填 0）。");
        await Expect(blocked).ToContainTextAsync("缺少绩效目标（预期目标或绩效指标）。");
        await Expect(blocked).ToContainTextAsync("无法评分");
        var summary = page.Locator("[data-testid=validation-summary]");
        await Expect(summary).ToContainTextAsync("处需要更正，不能提交：");
        await Expect(summary).Not.ToContainTextAsync("保存未成功");
        await Expect(form.Workflow.CurrentStage).ToHaveTextAsync("起草");
        await Screenshots.TakeAsync(page, "report-submit-refused-1366");

        // Each refusal in the panel links to its field, as the form's summary does: a click scrolls to it and focuses it.
        var link = blocked.Locator("[data-testid=wf-blocked-link][data-path='funding.planned.total']").First;
        await Expect(link).ToContainTextAsync("计划安排");
        await link.ClickAsync();
        await Expect(form.Field("funding.planned.total")).ToBeFocusedAsync();
        await Expect(form.Field("funding.planned.total")).ToBeInViewportAsync();
        await page.Context.CloseAsync();
    }
}
