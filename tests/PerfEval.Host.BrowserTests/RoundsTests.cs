using PerfEval.Host.BrowserTests.Infrastructure;
using PerfEval.Host.BrowserTests.Pages;
using static Microsoft.Playwright.Assertions;

namespace PerfEval.Host.BrowserTests;

/// <summary>自评任务 pages: the finance administrator moves a deadline; a preparer only reads.</summary>
[Collection(BrowserCollection.Name)]
public sealed class RoundsTests(BrowserHost host)
{
    private static readonly string CurrentRound = $"{DateTime.Now.Year - 1}年度项目支出绩效自评";

    [Fact]
    public async Task Round_FinanceAdminMovesDeadline_ShownAndPastDateRefused()
    {
        var page = await host.NewPageAsync();
        await new LoginPage(page).SignInAsync("financeadmin");
        var rounds = new RoundsPage(page);
        await rounds.OpenListAsync();
        await Expect(rounds.Row("历年项目支出绩效自评（示例数据）")).ToContainTextAsync("已关闭");
        await rounds.OpenRoundAsync(CurrentRound);
        var before = await rounds.Deadline.InnerTextAsync();
        var beforeDays = int.Parse(await rounds.WarningDays.InnerTextAsync(), System.Globalization.CultureInfo.InvariantCulture);
        var today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8));

        await rounds.ChangeDeadlineAsync(today.AddDays(40), 10);
        await Expect(rounds.Deadline).ToHaveTextAsync(today.AddDays(40).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        await Expect(rounds.WarningDays).ToHaveTextAsync("10");
        await Screenshots.TakeViewportAsync(page, "round-1366");

        // A date in the past is refused under the field; the stored deadline stays.
        await rounds.ChangeDeadlineAsync(today.AddDays(-3), 10);
        await Expect(rounds.AdminPanel).ToContainTextAsync("早于今天");
        await Expect(rounds.Deadline).ToHaveTextAsync(today.AddDays(40).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));

        // Closing asks first; cancelled here (other tests submit reports of this round).
        await page.ClickAsync("[data-testid=round-close]");
        await Expect(page.Locator("[data-testid=close-confirm]")).ToBeVisibleAsync();
        await page.GetByText("取消", new() { Exact = true }).ClickAsync();
        await Expect(page.Locator("[data-testid=round-status]")).ToHaveTextAsync("进行中");

        // Put the demo round back as it was.
        await rounds.ChangeDeadlineAsync(DateOnly.ParseExact(before, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), beforeDays);
        await Expect(rounds.Deadline).ToHaveTextAsync(before);
    }

    [Fact]
    public async Task Round_Preparer_SeesOwnUnitWithoutAdminControls()
    {
        var page = await host.NewPageAsync();
        await new LoginPage(page).SignInAsync("preparer");
        var rounds = new RoundsPage(page);
        await rounds.OpenListAsync();

        await rounds.OpenRoundAsync(CurrentRound);

        await Expect(rounds.Targets).ToContainTextAsync("社会保险");
        await Expect(rounds.AdminPanel).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task NewRound_FinanceAdminPicksUnitAndProjects_RoundWithTheirDrafts()
    {
        var page = await host.NewPageAsync();
        await new LoginPage(page).SignInAsync("financeadmin");
        var rounds = new RoundsPage(page);
        await rounds.OpenListAsync();
        await page.ClickAsync("[data-testid=new-round]");
        await page.Locator("#new-round-title").WaitForAsync();
        var name = $"浏览器测试：发起任务 {Guid.NewGuid():N}"[..20];

        // Nothing picked: refused with the validator's message, nothing opened.
        await rounds.FillAsync("round-name", name);
        await rounds.FillAsync("round-deadline-input", DateOnly.FromDateTime(DateTime.UtcNow.AddDays(20)).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        await page.ClickAsync("[data-testid=new-round-submit]");
        await Expect(page.Locator("[data-testid=new-round-errors]")).ToContainTextAsync("请至少选择一个单位");

        // 人社信息服务中心 with two projects.
        var unit = page.Locator("[data-testid=unit-UNIT-IT]");
        await unit.Locator("input[type=checkbox]").CheckAsync();
        await unit.Locator("textarea:not([aria-hidden])").FillAsync("甲项目\n乙项目");
        await unit.Locator("textarea:not([aria-hidden])").PressAsync("Tab");

        // The approval process pinned explicitly: a published version of the project definition.
        await page.ChooseAsync(page.Locator("[data-testid=round-workflow-select] .mud-select").First, "project-approval 第 1 版");
        await Screenshots.TakeViewportAsync(page, "round-new-1366");
        await page.ClickAsync("[data-testid=new-round-submit]");

        await page.WaitForURLAsync(u => !u.EndsWith("/rounds/new", StringComparison.Ordinal), Ready.Committed);
        await Expect(page.Locator("#round-title")).ToHaveTextAsync(name);
        await Expect(rounds.Targets).ToContainTextAsync("甲项目");
        await Expect(rounds.Targets).ToContainTextAsync("乙项目");
        await Expect(rounds.Targets.Locator("tbody tr")).ToHaveCountAsync(2);
        await Expect(page.Locator("[data-testid=round-workflow]")).ToContainTextAsync("第 1 版");
    }
}
