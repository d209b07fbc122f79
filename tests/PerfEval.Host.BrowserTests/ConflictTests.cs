using PerfEval.Host.BrowserTests.Infrastructure;
using PerfEval.Host.BrowserTests.Pages;
using static Microsoft.Playwright.Assertions;

namespace PerfEval.Host.BrowserTests;

[Collection(BrowserCollection.Name)]
public sealed class ConflictTests(BrowserHost host)
{
    private const string DemoDraft = "社会保险经办服务能力提升项目";

    [Fact]
    public async Task Save_AfterSomeoneElseSaved_ShowsConflictAndKeepsTypedText()
    {
        var mine = await host.NewPageAsync();
        var theirs = await host.NewPageAsync();
        var myForm = await (await new LoginPage(mine).SignInAsync("preparer")).OpenReportAsync(DemoDraft);
        await new LoginPage(theirs).SignInAsync("unithead");
        var theirForm = new ReportFormPage(theirs);
        await theirForm.OpenFromListAsync(DemoDraft);

        await theirForm.FillAsync("narrative.overview", "负责人写的概况");
        await theirForm.SaveAsync();
        await myForm.FillAsync("narrative.conclusion", "我写的结论，不能丢");
        await mine.ClickAsync("[data-testid=save]");

        await Expect(mine.Locator("[data-testid=conflict]")).ToContainTextAsync("已被他人修改");
        await Expect(mine.Locator("[data-testid=conflict]")).ToContainTextAsync("五、评价报告综述");
        Assert.Equal("我写的结论，不能丢", await myForm.ValueAsync("narrative.conclusion"));
        await mine.ClickAsync("[data-testid=conflict-keep-mine]");
        await myForm.SaveAsync();
        await mine.ReloadAsync();
        await myForm.WaitReadyAsync();
        Assert.Equal("我写的结论，不能丢", await myForm.ValueAsync("narrative.conclusion"));
        await mine.Context.CloseAsync();
        await theirs.Context.CloseAsync();
    }
}
