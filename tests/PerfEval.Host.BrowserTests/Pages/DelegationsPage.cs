using Microsoft.Playwright;

namespace PerfEval.Host.BrowserTests.Pages;

/// <summary>代理审批: delegate one's approvals to a colleague for a date range, and end it early.</summary>
public sealed class DelegationsPage(IPage page)
{
    public async Task OpenAsync()
    {
        await page.GotoAsync("/delegations");
        await page.WaitInteractiveAsync();
        await page.Locator("#delegations-title").WaitForAsync();
    }

    /// <summary>Delegates to <paramref name="userName"/> from today for the page's default week.</summary>
    public async Task DelegateToAsync(string userName)
    {
        await page.Locator("[data-testid=delegation-to] input, input[data-testid=delegation-to]").First.FillAsync(userName);
        await page.ClickAsync("[data-testid=delegation-create]");
    }

    public ILocator Given(string delegateName) => page.Locator("[data-testid=delegations-given] [data-testid=delegation-row]", new() { HasText = delegateName });

    public Task EndAsync(string delegateName) => Given(delegateName).Locator("[data-testid=delegation-end]").ClickAsync();
}
