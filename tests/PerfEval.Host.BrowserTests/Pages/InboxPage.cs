using Microsoft.Playwright;

namespace PerfEval.Host.BrowserTests.Pages;

/// <summary>我的待办 (the home page).</summary>
public sealed class InboxPage(IPage page)
{
    public async Task WaitReadyAsync()
    {
        await page.WaitForURLAsync(u => !u.Contains("/login", StringComparison.Ordinal), Ready.Committed);
        await page.WaitInteractiveAsync();
        await page.Locator("#inbox-title").WaitForAsync();
    }

    public async Task OpenAsync()
    {
        await page.GotoAsync("/");
        await WaitReadyAsync();
    }

    public ILocator Row(string title) => page.Locator("[data-testid=inbox-table] tr", new() { HasText = title });

    public Task<string> UserNameAsync() => page.Locator("[data-testid=user-name]").InnerTextAsync();

    /// <summary>Clicks the report's link and waits for its form.</summary>
    public async Task<ReportFormPage> OpenReportAsync(string title)
    {
        await Row(title).Locator("[data-testid=inbox-link]").First.ClickAsync();
        var form = new ReportFormPage(page);
        await form.WaitReadyAsync();
        return form;
    }

    public async Task SignOutAsync()
    {
        await page.ClickAsync("[data-testid=logout]");
        await page.WaitForURLAsync(u => u.Contains("/login", StringComparison.Ordinal), Ready.Committed);
        await page.Locator("#username").WaitForAsync();
    }
}
