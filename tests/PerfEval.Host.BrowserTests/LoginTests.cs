using PerfEval.Host.BrowserTests.Infrastructure;
using PerfEval.Host.BrowserTests.Pages;

namespace PerfEval.Host.BrowserTests;

[Collection(BrowserCollection.Name)]
public sealed class LoginTests(BrowserHost host)
{
    [Fact]
    public async Task SignIn_WrongPassword_ShowsChineseError()
    {
        var page = await host.NewPageAsync();
        var login = new LoginPage(page);
        await login.OpenAsync();

        await login.SubmitAsync("preparer", "wrong-password");

        Assert.Equal("用户名或密码错误，请重新输入。", await login.ErrorTextAsync());
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task LanguageSwitch_SignInPageAndAppBar_SwitchToEnglishAndBack()
    {
        var page = await host.NewPageAsync();
        var login = new LoginPage(page);
        await login.OpenAsync();
        await login.SwitchLanguageAsync("Sign in");

        await login.SubmitAsync("preparer", "wrong-password");
        Assert.Equal("Wrong user name or password; please try again.", await login.ErrorTextAsync());
        await login.SubmitAsync("preparer", BrowserHost.DemoPassword);
        var inbox = new InboxPage(page);
        await inbox.WaitReadyAsync();

        // Read after the circuit's first interactive render: the circuit took English from the culture cookie.
        Assert.Equal("My inbox", (await page.Locator("#inbox-title").InnerTextAsync()).Trim());
        Assert.Equal("中文", (await page.Locator("[data-testid=language-switch]").InnerTextAsync()).Trim());
        await inbox.SwitchLanguageAsync("我的待办");
        Assert.Equal("我的待办", (await page.Locator("#inbox-title").InnerTextAsync()).Trim());
        Assert.Equal("English", (await page.Locator("[data-testid=language-switch]").InnerTextAsync()).Trim());
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task SignIn_ExternalReturnUrl_LandsOnInbox()
    {
        var page = await host.NewPageAsync();
        var login = new LoginPage(page);
        await login.OpenAsync("//evil.example/");

        await login.SubmitAsync("unithead", BrowserHost.DemoPassword);
        var inbox = new InboxPage(page);
        await inbox.WaitReadyAsync();

        Assert.StartsWith(host.BaseUrl, page.Url, StringComparison.Ordinal);
        Assert.Contains("单位负责人", await page.Locator(".pe-user-org").InnerTextAsync(), StringComparison.Ordinal);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task SignOut_PostsForm_BackToLogin()
    {
        var page = await host.NewPageAsync();
        var inbox = await new LoginPage(page).SignInAsync("preparer");

        await inbox.SignOutAsync();
        await page.GotoAsync("/");

        Assert.Contains("/login", page.Url, StringComparison.Ordinal);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Reminders_FromAppBarBell_OpensReminderList()
    {
        var page = await host.NewPageAsync();
        await new LoginPage(page).SignInAsync("preparer");

        await page.ClickAsync("[data-testid=reminder-badge] a, [data-testid=reminder-badge] button");
        await page.Locator("#reminders-title").WaitForAsync();

        await Microsoft.Playwright.Assertions.Expect(page.Locator("[data-testid=reminders-table]")).ToBeVisibleAsync();
        await page.Context.CloseAsync();
    }
}
