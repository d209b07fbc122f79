using Microsoft.Playwright;
using PerfEval.Host.BrowserTests.Infrastructure;
using PerfEval.Host.BrowserTests.Pages;
using static Microsoft.Playwright.Assertions;

namespace PerfEval.Host.BrowserTests;

/// <summary>The indicator table at 1366 px and on a phone, the print view, and screenshots of every page (issue 20).</summary>
[Collection(BrowserCollection.Name)]
public sealed class ReportLayoutTests(BrowserHost host)
{
    /// <summary>A seed report with eight indicators (长安 2019, UNIT-SI, accepted).</summary>
    private const string Seed = "中小企业网上服务经费";

    private const string ScrollIndicators = """
        () => {
            const root = document.querySelector('[data-testid=indicator-scroll]');
            const all = [root, ...root.querySelectorAll('*')];
            const s = all.find(e => e.scrollWidth > e.clientWidth + 10 && ['auto', 'scroll'].includes(getComputedStyle(e).overflowX));
            s.scrollLeft = s.scrollWidth;
            return s.scrollLeft;
        }
        """;

    [Theory]
    [InlineData(false, "indicators-scrolled-1366")]
    [InlineData(true, "indicators-scrolled-390")]
    public async Task IndicatorTable_ScrolledSideways_FirstThreeColumnsStayVisible(bool narrow, string shot)
    {
        var page = await host.NewPageAsync(narrow);
        await new LoginPage(page).SignInAsync("preparer");
        var form = new ReportFormPage(page);
        await form.OpenFromListAsync(Seed);
        var level1 = form.Field("indicators[0].level1");
        var level3 = form.Field("indicators[0].level3");
        var comparatorHeader = page.Locator("[data-testid=indicator-table] thead th").Nth(3);
        await level3.ScrollIntoViewIfNeededAsync();
        var before1 = (await level1.BoundingBoxAsync())!;
        var before3 = (await level3.BoundingBoxAsync())!;
        var beforeOther = (await comparatorHeader.BoundingBoxAsync())!;

        var scrolled = await page.EvaluateAsync<int>(ScrollIndicators);

        Assert.True(scrolled > 100, $"the table did not scroll ({scrolled} px)");
        var after1 = (await level1.BoundingBoxAsync())!;
        var after3 = (await level3.BoundingBoxAsync())!;
        var afterOther = (await comparatorHeader.BoundingBoxAsync())!;
        Assert.Equal(before1.X, after1.X, 1);
        Assert.Equal(before3.X, after3.X, 1);
        Assert.True(afterOther.X < beforeOther.X - 100, "the other columns should have moved");
        await Expect(level3).ToBeInViewportAsync();
        await Screenshots.TakeViewportAsync(page, shot);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task IndicatorTable_Keyboard_AddsMovesAndRemovesRows()
    {
        var page = await host.NewPageAsync();
        var form = await (await new LoginPage(page).SignInAsync("preparer-gs")).OpenReportAsync("政务服务");
        await form.AddRowAsync("indicators");
        await form.FillAsync("indicators[0].level3", "第一行");

        await form.Field("indicators[0].level3").PressAsync("Alt+n");
        await form.FillAsync("indicators[1].level3", "第二行");
        await form.Field("indicators[1].level3").PressAsync("Alt+ArrowUp");

        await Expect(form.Field("indicators[0].level3")).ToHaveValueAsync("第二行");
        await Expect(form.Field("indicators[1].level3")).ToHaveValueAsync("第一行");
        await form.Field("indicators[0].level3").PressAsync("Alt+Delete");
        await Expect(form.Field("indicators[0].level3")).ToHaveValueAsync("第一行");
        await Expect(page.Locator("[data-testid^=indicator-row-]")).ToHaveCountAsync(1);
        await page.ClickAsync("[data-testid=indicator-open-0]");
        await Expect(page.Locator("[data-testid=indicator-editor-0]")).ToBeVisibleAsync();
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task PrintView_SeedReport_PrintsOnA4WithNoClippedTable()
    {
        var page = await host.NewPageAsync();
        await new LoginPage(page).SignInAsync("preparer");
        var form = new ReportFormPage(page);
        await form.OpenFromListAsync(Seed);
        await page.GotoAsync($"/reports/{form.ReportId}/print");
        await page.Locator("[data-testid=print-view]").WaitForAsync();
        await Screenshots.TakeAsync(page, "print-view-1366");

        await page.EmulateMediaAsync(new() { Media = Media.Print });
        // No table is wider than the printed page: every table fits its section.
        var overflowing = await page.EvaluateAsync<int>(
            "() => [...document.querySelectorAll('.pe-print table')].filter(t => t.scrollWidth > t.parentElement.clientWidth + 1).length");
        Assert.Equal(0, overflowing);
        await Expect(page.Locator("[data-testid=print]")).ToBeHiddenAsync();
        var pdf = Path.Combine(BrowserHost.ScreenshotDir, "print-view-seed.pdf");
        var bytes = await page.PdfAsync(new() { Path = pdf, PreferCSSPageSize = true, PrintBackground = true });
        Assert.True(bytes.Length > 10_000);
        await page.Context.CloseAsync();
    }

    [Theory]
    [InlineData(false, "1366")]
    [InlineData(true, "390")]
    public async Task EveryPage_Screenshot(bool narrow, string width)
    {
        var page = await host.NewPageAsync(narrow);
        await new LoginPage(page).SignInAsync("financeadmin");
        foreach (var (path, name) in new[] { ("/", "inbox"), ("/reports", "reports"), ("/dashboard", "dashboard"), ("/rounds", "rounds"), ("/rubrics", "rubrics"), ("/reminders", "reminders"), ("/reports/new", "report-new"), ("/reports/import", "report-import") })
        {
            await page.GotoAsync(path);
            await page.WaitInteractiveAsync();
            await Screenshots.TakeAsync(page, $"page-{name}-{width}");
        }

        var form = new ReportFormPage(page);
        await form.OpenFromListAsync(Seed);
        await Screenshots.TakeAsync(page, $"page-report-{width}");
        await page.Locator("[data-testid=funding-grid]").ScrollIntoViewIfNeededAsync();
        await Screenshots.TakeViewportAsync(page, $"page-report-funding-{width}");
        await page.GotoAsync($"/reports/{form.ReportId}/print");
        await page.Locator("[data-testid=print-view]").WaitForAsync();
        await Screenshots.TakeAsync(page, $"page-report-print-{width}");
        await page.GotoAsync("/rounds");
        await page.Locator("#rounds-title").WaitForAsync();
        await page.WaitInteractiveAsync();
        var round = await page.Locator("[data-testid=round-link]").First.GetAttributeAsync("href");
        await page.GotoAsync(round!);
        await page.WaitInteractiveAsync();
        await Screenshots.TakeAsync(page, $"page-round-{width}");
        await page.GotoAsync("/rubrics");
        await page.Locator("#rubrics-title").WaitForAsync();
        await page.WaitInteractiveAsync();
        var rubric = await page.Locator("[data-testid^='open-']").First.GetAttributeAsync("href");
        await page.GotoAsync(rubric!);
        await page.Locator("#rubric-title").WaitForAsync();
        await Screenshots.TakeAsync(page, $"page-rubric-{width}");
        await page.Context.CloseAsync();
    }
}
