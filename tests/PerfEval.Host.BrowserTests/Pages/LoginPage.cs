using Microsoft.Playwright;
using PerfEval.Host.BrowserTests.Infrastructure;

namespace PerfEval.Host.BrowserTests.Pages;

/// <summary>The static sign-in page.</summary>
public sealed class LoginPage(IPage page)
{
    public async Task OpenAsync(string? returnUrl = null)
    {
        await page.GotoAsync(returnUrl is null ? "/login" : $"/login?ReturnUrl={Uri.EscapeDataString(returnUrl)}");
    }

    public async Task SubmitAsync(string userName, string password)
    {
        await page.FillAsync("#username", userName);
        await page.FillAsync("#password", password);
        await page.ClickAsync("#login-submit");
    }

    /// <summary>Signs in as a demo user and waits for the interactive inbox.</summary>
    public async Task<InboxPage> SignInAsync(string userName)
    {
        await OpenAsync();
        await SubmitAsync(userName, BrowserHost.DemoPassword);
        var inbox = new InboxPage(page);
        await inbox.WaitReadyAsync();
        return inbox;
    }

    /// <summary>Follows the sign-in card's language link (English ⇄ 中文) and waits for the page in that language.</summary>
    public async Task SwitchLanguageAsync(string loginButtonText)
    {
        await page.ClickAsync("[data-testid=language-switch]");
        await page.Locator("#login-submit", new() { HasTextString = loginButtonText }).WaitForAsync();
    }

    public Task<string> ErrorTextAsync() => page.Locator("[data-testid=login-error]").InnerTextAsync();
}
