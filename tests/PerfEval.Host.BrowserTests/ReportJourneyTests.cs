using PerfEval.Host.BrowserTests.Infrastructure;
using PerfEval.Host.BrowserTests.Pages;
using static Microsoft.Playwright.Assertions;

namespace PerfEval.Host.BrowserTests;

/// <summary>The whole journey of one project report through the UI, as issue 6 describes it.</summary>
[Collection(BrowserCollection.Name)]
public sealed class ReportJourneyTests(BrowserHost host)
{
    private const string Title = "浏览器测试：就业见习补贴资金项目";

    [Fact]
    public async Task ProjectReport_FilledSavedAndApproved_ShowsOnDashboard()
    {
        // Preparer: inbox, new report, fill the form with a mistake in the funding grid.
        var page = await host.NewPageAsync();
        var inbox = await new LoginPage(page).SignInAsync("preparer");
        Assert.Equal("张填报", await inbox.UserNameAsync());
        await Screenshots.TakeAsync(page, "inbox-preparer-1366");

        var form = new ReportFormPage(page);
        await form.NewCreateAsync(Title);
        await form.FillAsync("basic.personInCharge", "张三");
        await form.FillAsync("basic.phone", "0731-88886666");
        await form.FillAsync("funding.planned.city", "100");
        await form.FillAsync("funding.planned.total", "100");
        await form.FillAsync("funding.arrived.city", "100");
        await form.FillAsync("funding.arrived.total", "100");
        await form.FillAsync("funding.spent.city", "95");
        await form.FillAsync("funding.spent.total", "95");
        await form.FillAsync("funding.balance.city", "5");
        await form.FillAsync("funding.balance.total", "6"); // the mistake: 100 − 95 is 5, not 6
        await form.AddRowAsync("expenditure");
        await form.FillAsync("expenditure.lines[0].content", "302商品和服务支出");
        await form.FillAsync("expenditure.lines[0].planned", "100");
        await form.FillAsync("expenditure.lines[0].actual", "95");
        await form.FillAsync("expenditure.statedActualTotal", "95");
        await form.AddRowAsync("goals");
        await form.FillAsync("goals[0].expected", "支持高校毕业生就业见习 500 人");
        await form.FillAsync("goals[0].actual", "完成见习 520 人");
        await FillIndicatorAsync(form, 0, "产出指标", "数量指标", "见习人数", "500", "520", "人", "50");
        await FillIndicatorAsync(form, 1, "效益指标", "社会效益指标", "见习后就业率", "60", "70", "%", "30");
        await FillIndicatorAsync(form, 2, "满意度指标", "服务对象满意度指标", "见习人员满意度", "90", "95", "%", "10");
        await form.FillAsync("statedTotalScore", "90");
        await form.FillAsync("statedGrade", "优");
        await form.SaveAsync();

        // The mistake shows as a finding next to the funding grid; the live score is there.
        await Expect(form.Findings("funding").First).ToContainTextAsync("结余");
        await Expect(form.LiveTotal).ToBeVisibleAsync();
        await page.Locator("#sec-funding").ScrollIntoViewIfNeededAsync();
        await Screenshots.TakeViewportAsync(page, "report-form-funding-1366");
        await form.Workflow.ActAsync("提交", null);
        await Expect(form.Workflow.Root.Locator("[data-testid=wf-blocked]")).ToContainTextAsync("结余");
        await Expect(form.Workflow.CurrentStage).ToHaveTextAsync("起草");
        await form.FillAsync("funding.balance.total", "5");
        await Expect(form.Findings("funding")).ToHaveCountAsync(0);
        await Expect(form.LiveGrade).ToHaveTextAsync("优");
        await form.SaveAsync();
        await form.Workflow.ActAsync("提交", null);
        await Expect(form.Workflow.CurrentStage).ToHaveTextAsync("单位签署");
        await Screenshots.TakeAsync(page, "report-form-1366");
        await page.Context.CloseAsync();

        // Unit head signs for the unit.
        await ApproveFromInboxAsync("unithead", "同意", "同意上报，数据已核对。", "主管部门审批");

        // Department reviewer: the opinion is required to return; returns once with a comment.
        var dept = await OpenFromInboxAsync("deptreviewer");
        await dept.Workflow.ActAsync("退回修改", null);
        await Expect(dept.Workflow.Root).ToContainTextAsync("需要填写意见");
        await dept.Workflow.ActAsync("退回修改", "请补充评价报告综述中的项目概况。");
        await Expect(dept.Workflow.CurrentStage).ToHaveTextAsync("起草");
        await dept.Page.Context.CloseAsync();

        // Preparer answers the return: edits, submits again (unsaved edits are saved first).
        var again = await OpenFromInboxAsync("preparer");
        await Expect(again.Workflow.History.First).ToContainTextAsync("请补充评价报告综述中的项目概况。");
        await again.FillAsync("narrative.overview", "本项目支持高校毕业生就业见习，全年完成见习 520 人。");
        await again.Workflow.ActAsync("提交", null);
        await Expect(again.Workflow.CurrentStage).ToHaveTextAsync("单位签署");
        await again.Page.Context.CloseAsync();

        await ApproveFromInboxAsync("unithead", "同意", "已按主管部门意见补充，同意上报。", "主管部门审批");
        await ApproveFromInboxAsync("deptreviewer", "同意", "同意报送财政局。", "财政局审核");
        // Finance reviewer re-scores first (the stage stays), then accepts.
        var financeForm = await OpenFromInboxAsync("financereviewer");
        await financeForm.Workflow.FillScoreAsync("88");
        await financeForm.Workflow.ActAsync("复核评分", "预算执行率未达 100%，复核为 88 分。");
        await Expect(financeForm.Workflow.History).ToHaveCountAsync(7);
        await Expect(financeForm.Workflow.CurrentStage).ToHaveTextAsync("财政局审核");
        await financeForm.Workflow.ActAsync("审核通过", "审核通过。");
        await Expect(financeForm.Workflow.CurrentStage).ToHaveTextAsync("已通过");
        await Expect(financeForm.Workflow.History).ToHaveCountAsync(8);
        await Expect(financeForm.Page.Locator("[data-testid=score-panel]")).ToContainTextAsync("88.00");
        await Expect(financeForm.Page.Locator("[data-testid=signoffs]")).ToContainTextAsync("审核通过。");
        await Expect(financeForm.Page.Locator("[data-testid=wf-diagram] svg")).ToBeVisibleAsync();
        await financeForm.Page.EvaluateAsync("window.scrollTo(0, 0)");
        await Screenshots.TakeViewportAsync(financeForm.Page, "report-workflow-1366");
        await Screenshots.TakeAsync(financeForm.Page, "report-accepted-1366");

        // Finance dashboard: accepted, with its grade.
        var dashboard = new DashboardPage(financeForm.Page);
        await dashboard.OpenAsync();
        // The dashboard counts the finance reviewer's score: 88 → 良 (the unit's rubric score was 优).
        await Expect(dashboard.AcceptedRow(Title)).ToContainTextAsync("88.00");
        await Expect(dashboard.AcceptedRow(Title)).ToContainTextAsync("良");
        await Screenshots.TakeAsync(financeForm.Page, "dashboard-finance-1366");
        await financeForm.Page.Context.CloseAsync();

        // Narrow screen (390 px): inbox, form and dashboard stay usable.
        var narrow = await host.NewPageAsync(narrow: true);
        var narrowInbox = await new LoginPage(narrow).SignInAsync("preparer");
        await Screenshots.TakeAsync(narrow, "inbox-preparer-390");
        await narrowInbox.OpenReportAsync("社会保险经办服务能力提升项目");
        await Screenshots.TakeViewportAsync(narrow, "report-form-390");
        await narrow.GetByText("审批操作").ClickAsync();
        await Expect(narrow.Locator("[data-testid=workflow-panel]")).ToBeInViewportAsync();
        await Screenshots.TakeViewportAsync(narrow, "report-workflow-390");
        await narrow.Context.CloseAsync();
        var narrowFinance = await host.NewPageAsync(narrow: true);
        await new LoginPage(narrowFinance).SignInAsync("financereviewer");
        await new DashboardPage(narrowFinance).OpenAsync();
        await Screenshots.TakeAsync(narrowFinance, "dashboard-finance-390");
        await narrowFinance.Context.CloseAsync();
    }

    private static async Task FillIndicatorAsync(ReportFormPage form, int row, string level1, string level2, string level3, string target, string actual, string unit, string points)
    {
        await form.AddRowAsync("indicators");
        var p = $"indicators[{row}]";
        await form.FillAsync($"{p}.level1", level1);
        await form.FillAsync($"{p}.level2", level2);
        await form.FillAsync($"{p}.level3", level3);
        await form.FillAsync($"{p}.targetText", target + unit);
        await form.FillAsync($"{p}.targetValue", target);
        await form.FillAsync($"{p}.unit", unit);
        await form.FillAsync($"{p}.actualText", actual + unit);
        await form.FillAsync($"{p}.actualValue", actual);
        await form.FillAsync($"{p}.points", points);
        await form.FillAsync($"{p}.selfScore", points);
    }

    private async Task<ReportFormPage> OpenFromInboxAsync(string userName)
    {
        var page = await host.NewPageAsync();
        var inbox = await new LoginPage(page).SignInAsync(userName);
        await Expect(inbox.Row(Title)).ToBeVisibleAsync();
        return await inbox.OpenReportAsync(Title);
    }

    private async Task<ReportFormPage> ApproveFromInboxAsync(string userName, string action, string opinion, string expectedStage, bool keepOpen = false)
    {
        var form = await OpenFromInboxAsync(userName);
        await form.Workflow.ActAsync(action, opinion);
        await Expect(form.Workflow.CurrentStage).ToHaveTextAsync(expectedStage);
        if (!keepOpen)
        {
            await form.Page.Context.CloseAsync();
        }

        return form;
    }
}
