using Microsoft.Playwright;

namespace PerfEval.Host.BrowserTests.Pages;

/// <summary>统计分析 (/dashboard).</summary>
public sealed class DashboardPage(IPage page)
{
    public async Task OpenAsync()
    {
        await page.GotoAsync("/dashboard");
        await page.WaitInteractiveAsync();
        await page.Locator("#dashboard-title").WaitForAsync();
    }

    public ILocator StageTable => page.Locator("[data-testid=dash-stages]");

    public ILocator GradeTable => page.Locator("[data-testid=dash-grades]");

    public ILocator AcceptedRow(string title) => page.Locator("[data-testid=dash-accepted] tr", new() { HasText = title });
}
