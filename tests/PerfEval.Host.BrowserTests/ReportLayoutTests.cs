using System.Text.Json.Nodes;
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
    [InlineData("department", "deptreviewer", "rubric-b-department-2021.json", "print-view-department")]
    [InlineData("project", "preparer", "rubric-a-project-2021.json", "print-view-project-answers")]
    public async Task PrintView_ReportWithEverySection_PrintsTheFormsSectionsOnA4(string kind, string user, string sample, string name)
    {
        // The worked samples: rubric B (部门整体 tables, answers, 评分表自评) and rubric A (answers), created through the API.
        var page = await host.NewPageAsync();
        await new LoginPage(page).SignInAsync(user);
        var content = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(BrowserHost.RepoRoot(), "samples", sample)))!["content"]!.AsObject();
        content["basic"]!["projectName"] = "打印视图（浏览器测试）" + kind;
        var created = await page.APIRequest.PostAsync("/api/reports", new() { Headers = BrowserHost.ApiHeaders, DataObject = new { kind, content } });
        Assert.True(created.Ok, await created.TextAsync());
        var id = JsonNode.Parse(await created.TextAsync())!["summary"]!["id"]!.GetValue<string>();

        await page.GotoAsync($"/reports/{id}/print");
        var view = page.Locator("[data-testid=print-view]");
        await view.WaitForAsync();
        var answers = content["assessments"]?.AsArray().Count ?? 0;
        var selfScores = content["rubricSelfScores"]?.AsArray().Count ?? 0;
        await Expect(view.Locator("[data-testid=print-answers] tbody tr")).ToHaveCountAsync(answers);
        await Expect(view.Locator("[data-testid=print-rubric-self-scores] tbody tr")).ToHaveCountAsync(selfScores);
        if (kind == "project")
        {
            // Answers name the indicator and what was chosen, not the rubric's ids alone.
            var choice = view.Locator("[data-testid=print-answers] tbody tr", new() { HasText = "A.2.1.2" });
            await Expect(choice).ToContainTextAsync("到位时效");
            await Expect(choice).ToContainTextAsync("选项：到位及时（timely）");
            // 到位率 is scored from the funding table: its empty answer says so instead of printing an empty cell.
            var computed = view.Locator("[data-testid=print-answers] tbody tr", new() { HasText = "A.2.1.1" });
            await Expect(computed).ToContainTextAsync("（由报告数据计算：资金情况 · 实际到位 ÷ 资金情况 · 计划安排）");

            // The sample has no 绩效指标 rows: the table says so on the page instead of taking a blank landscape page.
            Assert.Empty(content["indicators"]!.AsArray());
            await Expect(view.Locator("[data-testid=print-indicators]")).ToContainTextAsync("（未填报）");
            await Expect(view.Locator("[data-testid=print-indicators].pe-print-wide")).ToHaveCountAsync(0);
        }

        if (kind == "department")
        {
            await Expect(view.Locator("[data-testid=print-department]")).ToContainTextAsync("职能职责概述");
            foreach (var table in new[] { "staffing", "revenue", "expenditure", "threePublic", "fixedAssets" })
            {
                await Expect(view.Locator($"[data-testid=print-dept-{table}] thead th").First).ToHaveTextAsync("机构");
            }

            // The 合计 row as written, and the form's order: department tables before the goals, answers and self-scores after the indicators.
            await Expect(view.Locator("[data-testid=print-dept-revenue] tr.pe-print-summary")).ToHaveCountAsync(1);
            var order = await page.EvaluateAsync<string[]>(
                "() => [...document.querySelectorAll('[data-testid^=print-]')].map(e => e.dataset.testid).filter(t => ['print-funding','print-department','print-indicators','print-answers','print-rubric-self-scores'].includes(t))");
            Assert.Equal(["print-funding", "print-department", "print-indicators", "print-answers", "print-rubric-self-scores"], order);
        }
        else
        {
            await Expect(view.Locator("[data-testid=print-department]")).ToHaveCountAsync(0);
        }

        await page.EmulateMediaAsync(new() { Media = Media.Print });
        var overflowing = await page.EvaluateAsync<int>(
            "() => [...document.querySelectorAll('.pe-print table')].filter(t => t.scrollWidth > t.parentElement.clientWidth + 1).length");
        Assert.Equal(0, overflowing);
        // No number cell wider than its column (numbers do not wrap, so a too narrow column would clip them).
        var clipped = await page.EvaluateAsync<int>("() => [...document.querySelectorAll('.pe-print td.num')].filter(td => td.scrollWidth > td.clientWidth + 1).length");
        Assert.Equal(0, clipped);
        var bytes = await page.PdfAsync(new() { Path = Path.Combine(BrowserHost.ScreenshotDir, name + ".pdf"), PreferCSSPageSize = true, PrintBackground = true });
        Assert.True(bytes.Length > 10_000);
        await page.Context.CloseAsync();
    }

    /// <summary>Right edge of an element on screen is inside the 390 px window, and nothing on the page scrolls sideways.</summary>
    private static async Task AssertWithinWidthAsync(ILocator element, string what)
    {
        await element.ScrollIntoViewIfNeededAsync();
        var box = await element.BoundingBoxAsync();
        Assert.True(box is not null, $"{what} is not rendered");
        Assert.True(box.X >= 0 && box.X + box.Width <= 390.5, $"{what} is outside the 390 px window: x={box.X}, width={box.Width}");
    }

    [Fact]
    public async Task ReportForm_Phone_SaveButtonFundingTotalsAndRowButtonsAreOnScreen()
    {
        var page = await host.NewPageAsync(narrow: true);
        var form = await (await new LoginPage(page).SignInAsync("preparer-gs")).OpenReportAsync("政务服务");
        await Screenshots.TakeViewportAsync(page, "phone-form-top-390");
        var save = page.Locator("[data-testid=save]");
        await Expect(save).ToBeInViewportAsync();
        await AssertWithinWidthAsync(save, "the Save button");
        // The sticky bar leaves the form room: two lines, the kind · unit · version line under it.
        var bar = await page.Locator("[data-testid=report-bar]").BoundingBoxAsync();
        Assert.True(bar is not null && bar.Height <= 100, $"the report bar takes {bar?.Height} px of the phone's 844");
        await Expect(page.Locator("[data-testid=report-line]")).ToContainTextAsync("示范市政务服务中心");
        await AssertWithinWidthAsync(page.Locator("[data-testid=export-docx]"), "the Word export link");

        await form.FillAsync("funding.planned.central", "100");
        await form.FillAsync("funding.planned.provincial", "20");
        await form.FillAsync("funding.spent.central", "90");
        await Expect(form.Field("funding.planned.total")).ToHaveValueAsync("120.00");
        // The grid is stacked on a phone: nothing scrolls sideways, every total is on screen.
        var grid = page.Locator("[data-testid=funding-grid]");
        var sideways = await grid.EvaluateAsync<int>("g => [g, ...g.querySelectorAll('*')].filter(e => e.scrollWidth > e.clientWidth + 1 && ['auto', 'scroll'].includes(getComputedStyle(e).overflowX)).length");
        Assert.Equal(0, sideways);
        Assert.True(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth"), "the page scrolls sideways");
        foreach (var row in new[] { "planned", "arrived", "spent", "balance" })
        {
            await AssertWithinWidthAsync(form.Field($"funding.{row}.total"), $"the {row} total");
        }

        await Expect(page.Locator("[data-testid=funding-execution-rate]")).ToContainTextAsync("75%");
        await grid.ScrollIntoViewIfNeededAsync();
        await Screenshots.TakeViewportAsync(page, "phone-form-funding-390");

        await form.AddRowAsync("expenditure");
        var remove = page.Locator("[data-testid=expenditure-table] tbody tr").First.Locator("button");
        await AssertWithinWidthAsync(remove, "the row's remove button");
        await AssertWithinWidthAsync(form.Field("expenditure.lines[0].actual"), "the 实际支出数 cell");
        await Screenshots.TakeViewportAsync(page, "phone-form-expenditure-390");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Dashboard_Phone_GradeTableFitsTheScreen()
    {
        var page = await host.NewPageAsync(narrow: true);
        await new LoginPage(page).SignInAsync("financeadmin");
        var dashboard = new DashboardPage(page);
        await dashboard.OpenAsync();
        var grades = dashboard.GradeTable;
        await Expect(grades.Locator("tbody tr").First).ToBeVisibleAsync();

        var sideways = await grades.EvaluateAsync<int>("g => [g, ...g.querySelectorAll('*')].filter(e => e.scrollWidth > e.clientWidth + 1).length");
        Assert.Equal(0, sideways);
        await AssertWithinWidthAsync(grades.Locator("thead th").Last, "the 平均分 header");
        await AssertWithinWidthAsync(grades.Locator("tbody tr").First.Locator("td").Last, "an average score");
        await Screenshots.TakeViewportAsync(page, "phone-dashboard-grades-390");
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
