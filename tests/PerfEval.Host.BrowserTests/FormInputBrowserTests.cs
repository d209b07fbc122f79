using PerfEval.Host.BrowserTests.Infrastructure;
using PerfEval.Host.BrowserTests.Pages;
using static Microsoft.Playwright.Assertions;

namespace PerfEval.Host.BrowserTests;

/// <summary>The form's inputs never change what was typed without saying so (issue 20).</summary>
[Collection(BrowserCollection.Name)]
public sealed class FormInputBrowserTests(BrowserHost host)
{
    private const string Draft = "政务服务";

    [Theory]
    [InlineData("八百六十八万abc", "不是可识别的数字")]
    [InlineData("12a3", "不是可识别的数字")]
    [InlineData("1,23", "千分位逗号应每三位一组")]
    [InlineData("-50", "金额不能为负数")]
    [InlineData("12.345", "超过两位小数")]
    public async Task MoneyCell_Unreadable_TextStaysWithMessageAndSaveIsHeld(string typed, string message)
    {
        var page = await host.NewPageAsync();
        var form = await (await new LoginPage(page).SignInAsync("preparer-gs")).OpenReportAsync(Draft);

        await form.FillAsync("funding.planned.central", typed);

        await Expect(form.Control("funding.planned.central")).ToContainTextAsync(message);
        await Expect(form.Field("funding.planned.central")).ToHaveValueAsync(typed);
        await Expect(form.Field("funding.planned.total")).ToHaveValueAsync("");
        await page.ClickAsync("[data-testid=save]");
        var summary = page.Locator("[data-testid=validation-summary]");
        await Expect(summary).ToContainTextAsync("输入无法识别");
        await Expect(summary).ToContainTextAsync("资金情况 · 计划安排 · 中央财政");
        await Expect(page.Locator("[data-testid=save-status]")).Not.ToHaveTextAsync("已保存");
        await Expect(form.Field("funding.planned.central")).ToHaveValueAsync(typed);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task MoneyCell_ChineseAmount_ReadAsWanYuanAndSaysSo()
    {
        var page = await host.NewPageAsync();
        var form = await (await new LoginPage(page).SignInAsync("preparer-gs")).OpenReportAsync(Draft);

        await form.FillAsync("funding.planned.central", "八百六十八万");

        await Expect(form.Field("funding.planned.central")).ToHaveValueAsync("868.00");
        await Expect(form.Control("funding.planned.central")).ToContainTextAsync("“八百六十八万”按 868万元 记录");
        await Expect(form.Field("funding.planned.total")).ToHaveValueAsync("868.00");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task MoneyCell_ThousandsSeparators_ReadAndKeptAsTyped()
    {
        var page = await host.NewPageAsync();
        var form = await (await new LoginPage(page).SignInAsync("preparer-gs")).OpenReportAsync(Draft);

        await form.FillAsync("funding.planned.city", "1,234.5");

        await Expect(form.Field("funding.planned.city")).ToHaveValueAsync("1,234.5");
        await Expect(form.Field("funding.planned.total")).ToHaveValueAsync("1234.50");
        await page.Context.CloseAsync();
    }

    [Theory]
    [InlineData("basic.reportDate", "2021-02-30", "没有这一天")]
    [InlineData("basic.reportDate", "9999-12-31", "不在合理范围内")]
    [InlineData("basic.reportDate", "2020年8月起至今", "不能写“起至今”")]
    [InlineData("basic.endDate", "2025年8月起至今", "不能写“起至今”")]
    [InlineData("basic.startDate", "下个月", "不是可识别的日期")]
    public async Task DateField_Refused_TextStaysWithMessage(string path, string typed, string message)
    {
        var page = await host.NewPageAsync();
        var form = await (await new LoginPage(page).SignInAsync("preparer-gs")).OpenReportAsync(Draft);

        await form.FillAsync(path, typed);

        await Expect(form.Control(path)).ToContainTextAsync(message);
        await Expect(form.Field(path)).ToHaveValueAsync(typed);
        await page.ClickAsync("[data-testid=save]");
        await Expect(page.Locator("[data-testid=validation-summary]")).ToContainTextAsync("输入无法识别");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task DateField_EvaluationYearChanged_DateJudgedAgainAtOnce()
    {
        var page = await host.NewPageAsync();
        var form = await (await new LoginPage(page).SignInAsync("preparer-gs")).OpenReportAsync(Draft);
        var year = int.Parse(await form.ValueAsync("basic.year"), System.Globalization.CultureInfo.InvariantCulture);
        await form.FillAsync("basic.reportDate", $"{year}-03-31");
        await Expect(form.Control("basic.reportDate")).Not.ToContainTextAsync("不在合理范围内");

        await form.FillAsync("basic.year", (year - 5).ToString(System.Globalization.CultureInfo.InvariantCulture));

        await Expect(form.Control("basic.reportDate")).ToContainTextAsync("不在合理范围内");
        await Expect(form.Field("basic.reportDate")).ToHaveValueAsync($"{year}-03-31");

        await form.FillAsync("basic.year", year.ToString(System.Globalization.CultureInfo.InvariantCulture));

        await Expect(form.Control("basic.reportDate")).Not.ToContainTextAsync("不在合理范围内");
        await page.Context.CloseAsync();
    }

    [Theory]
    [InlineData("2020年8月", "2020-08", "按月份记录")]
    [InlineData("2020年8月起至今", "2020-08..", "起至今")]
    public async Task DateField_MonthOrOpenEndedPeriod_AcceptedAndSaid(string typed, string stored, string note)
    {
        var page = await host.NewPageAsync();
        var form = await (await new LoginPage(page).SignInAsync("preparer-gs")).OpenReportAsync(Draft);

        await form.FillAsync("basic.startDate", typed);

        await Expect(form.Control("basic.startDate")).ToContainTextAsync(note);
        await form.SaveAsync();
        await page.ReloadAsync();
        await form.WaitReadyAsync();
        await Expect(form.Field("basic.startDate")).ToHaveValueAsync(stored);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task FundingGrid_Typing_ComputesTotalsBalanceAndExecutionRate()
    {
        var page = await host.NewPageAsync();
        var form = await (await new LoginPage(page).SignInAsync("preparer-gs")).OpenReportAsync(Draft);

        await form.FillAsync("funding.planned.central", "60");
        await form.FillAsync("funding.planned.city", "40");
        await form.FillAsync("funding.arrived.city", "100");
        await form.FillAsync("funding.spent.city", "95");

        await Expect(form.Field("funding.planned.total")).ToHaveValueAsync("100.00");
        await Expect(form.Field("funding.arrived.total")).ToHaveValueAsync("100.00");
        await Expect(form.Field("funding.spent.total")).ToHaveValueAsync("95.00");
        await Expect(form.Field("funding.balance.city")).ToHaveValueAsync("5.00");
        await Expect(form.Field("funding.balance.total")).ToHaveValueAsync("5.00");
        await Expect(page.Locator("[data-testid=funding-execution-rate]")).ToContainTextAsync("95%");

        // A stated value that differs is kept and flagged, not overwritten.
        await form.FillAsync("funding.balance.total", "6");
        await Expect(form.Field("funding.balance.total")).ToHaveValueAsync("6");
        await Expect(form.Control("funding.balance.total")).ToContainTextAsync("与计算值 5 不一致");
        await Screenshots.TakeAsync(page, "form-funding-computed-1366");
        await page.Context.CloseAsync();
    }
}
