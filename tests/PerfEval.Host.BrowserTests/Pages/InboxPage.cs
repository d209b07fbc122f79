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

    /// <summary>Ticks the batch checkbox of the report's row.</summary>
    public Task SelectAsync(string title) => Row(title).Locator("[data-testid=inbox-select]").First.CheckAsync();

    /// <summary>Approves (同意) or returns (退回) the selected reports with one opinion.</summary>
    public async Task BatchAsync(string action, string opinion)
    {
        await page.Locator("[data-testid=batch-opinion] input, input[data-testid=batch-opinion]").First.FillAsync(opinion);
        await page.ClickAsync($"[data-testid=batch-{action}]");
    }

    /// <summary>The per-report result of the last batch.</summary>
    public ILocator BatchResult => page.Locator("[data-testid=batch-result]");

    public ILocator DelegationsLink => page.Locator("a[href='/delegations']");

    /// <summary>Clicks the app bar's language switch (a full reload) and waits for the inbox titled <paramref name="title"/>.</summary>
    public async Task SwitchLanguageAsync(string title)
    {
        await page.ClickAsync("[data-testid=language-switch]");
        await page.Locator("#inbox-title", new() { HasTextString = title }).WaitForAsync();
        await WaitReadyAsync();
    }

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
