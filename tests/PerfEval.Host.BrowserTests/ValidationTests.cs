using PerfEval.Host.BrowserTests.Infrastructure;
using PerfEval.Host.BrowserTests.Pages;
using static Microsoft.Playwright.Assertions;

namespace PerfEval.Host.BrowserTests;

[Collection(BrowserCollection.Name)]
public sealed class ValidationTests(BrowserHost host)
{
    [Fact]
    public async Task Save_EmptyProjectName_ShowsErrorUnderTheField()
    {
        var page = await host.NewPageAsync();
        var inbox = await new LoginPage(page).SignInAsync("preparer-gs");
        var form = await inbox.OpenReportAsync("政务服务");

        await form.FillAsync("basic.projectName", "");
        await page.ClickAsync("[data-testid=save]");

        var field = page.Locator(".mud-input-control", new() { Has = form.Field("basic.projectName") });
        await Expect(field).ToContainTextAsync("项目名称不能为空。");
        await Expect(page.Locator("[data-testid=validation-summary]")).ToBeVisibleAsync();
        await page.Context.CloseAsync();
    }
}
