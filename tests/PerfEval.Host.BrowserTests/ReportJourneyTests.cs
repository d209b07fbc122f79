using Microsoft.Playwright;
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
        await form.AddRowAsync("indicators");
        await form.FillAsync("indicators[0].level1", "产出指标");
        await form.FillAsync("indicators[0].level2", "数量指标");
        await form.FillAsync("indicators[0].level3", "见习人数");
        await form.FillAsync("indicators[0].targetText", "500人");
        await form.FillAsync("indicators[0].targetValue", "500");
        await form.FillAsync("indicators[0].actualValue", "520");
        await form.FillAsync("indicators[0].points", "100");
        await form.FillAsync("indicators[0].selfScore", "95");
        await form.FillAsync("statedTotalScore", "95");
        await form.FillAsync("statedGrade", "优");
        await form.SaveAsync();
        await page.Locator("#sec-funding").ScrollIntoViewIfNeededAsync();
        await Screenshots.TakeViewportAsync(page, "report-form-funding-1366");

        Assert.Equal("6.00", await form.ValueAsync("funding.balance.total"));
        await form.FillAsync("funding.balance.total", "5");
        await form.SaveAsync();
        await Screenshots.TakeAsync(page, "report-form-1366");

        var narrow = await host.NewPageAsync(narrow: true);
        await new LoginPage(narrow).SignInAsync("preparer");
        await Screenshots.TakeAsync(narrow, "inbox-preparer-390");
        await narrow.GotoAsync(page.Url);
        await new ReportFormPage(narrow).WaitReadyAsync();
        await Screenshots.TakeAsync(narrow, "report-form-390");
        await narrow.Context.CloseAsync();
        await page.Context.CloseAsync();

        // Finance reviewer: the dashboard.
        var finance = await host.NewPageAsync();
        await new LoginPage(finance).SignInAsync("financereviewer");
        var dashboard = new DashboardPage(finance);
        await dashboard.OpenAsync();
        await Expect(dashboard.StageTable).ToContainTextAsync("已通过");
        await Screenshots.TakeAsync(finance, "dashboard-finance-1366");
        await finance.Context.CloseAsync();
    }
}
