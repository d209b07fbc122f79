using Microsoft.Playwright;

namespace PerfEval.Host.BrowserTests.Pages;

/// <summary>自评任务: the round list (/rounds) and one round (/rounds/{id}).</summary>
public sealed class RoundsPage(IPage page)
{
    public IPage Page => page;

    public async Task OpenListAsync()
    {
        await page.GotoAsync("/rounds");
        await page.WaitInteractiveAsync();
        await page.Locator("#rounds-title").WaitForAsync();
    }

    public ILocator Row(string name) => page.Locator("[data-testid=rounds-table] tr", new() { HasText = name });

    public async Task OpenRoundAsync(string name)
    {
        await Row(name).Locator("[data-testid=round-link]").ClickAsync();
        await page.WaitForURLAsync(u => u.Contains("/rounds/", StringComparison.Ordinal), Ready.Committed);
        await page.Locator("#round-title").WaitForAsync();
    }

    public ILocator Deadline => page.Locator("[data-testid=round-deadline]");

    public ILocator WarningDays => page.Locator("[data-testid=round-warning-days]");

    public ILocator AdminPanel => page.Locator("[data-testid=round-admin]");

    public ILocator Targets => page.Locator("[data-testid=round-targets]");

    /// <summary>Sets the deadline field (yyyy-MM-dd) and warning days, then saves.</summary>
    public async Task ChangeDeadlineAsync(DateOnly deadline, int warningDays)
    {
        await page.Field("deadline-input").FillAsync(deadline.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        await page.FillFieldAsync("warning-days-input", warningDays.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await page.ClickAsync("[data-testid=deadline-save]");
    }

    /// <summary>Types into a text field and leaves it (bound values update on change).</summary>
    public Task FillAsync(string testId, string value) => page.FillFieldAsync(testId, value);
}
