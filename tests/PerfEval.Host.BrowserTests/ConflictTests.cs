using PerfEval.Host.BrowserTests.Infrastructure;
using PerfEval.Host.BrowserTests.Pages;
using static Microsoft.Playwright.Assertions;

namespace PerfEval.Host.BrowserTests;

[Collection(BrowserCollection.Name)]
public sealed class ConflictTests(BrowserHost host)
{
    private const string DemoDraft = "社会保险经办服务能力提升项目";

    [Fact]
    public async Task Save_StaleWithDifferentFieldsOfOneSection_KeepsBothWithoutAsking()
    {
        var mine = await host.NewPageAsync();
        var theirs = await host.NewPageAsync();
        var myForm = await (await new LoginPage(mine).SignInAsync("preparer")).OpenReportAsync(DemoDraft);
        await new LoginPage(theirs).SignInAsync("unithead");
        var theirForm = new ReportFormPage(theirs);
        await theirForm.OpenFromListAsync(DemoDraft);

        await theirForm.FillAsync("basic.personInCharge", "负责人改的名字");
        await theirForm.SaveAsync();
        await myForm.FillAsync("basic.phone", "0730-8881234");
        await myForm.SaveAsync();

        await Expect(mine.Locator("[data-testid=conflict]")).ToHaveCountAsync(0);
        await Expect(myForm.Field("basic.personInCharge")).ToHaveValueAsync("负责人改的名字");
        await mine.ReloadAsync();
        await myForm.WaitReadyAsync();
        await Expect(myForm.Field("basic.personInCharge")).ToHaveValueAsync("负责人改的名字");
        await Expect(myForm.Field("basic.phone")).ToHaveValueAsync("0730-8881234");
        await mine.Context.CloseAsync();
        await theirs.Context.CloseAsync();
    }

    [Fact]
    public async Task Save_StaleWithTheSameFieldChanged_OffersOnlyThatFieldAndMergesTheRest()
    {
        var mine = await host.NewPageAsync();
        var theirs = await host.NewPageAsync();
        var myForm = await (await new LoginPage(mine).SignInAsync("preparer")).OpenReportAsync(DemoDraft);
        await new LoginPage(theirs).SignInAsync("unithead");
        var theirForm = new ReportFormPage(theirs);
        await theirForm.OpenFromListAsync(DemoDraft);

        await theirForm.FillAsync("narrative.overview", "负责人写的概况");
        await theirForm.FillAsync("narrative.conclusion", "负责人写的结论");
        await theirForm.SaveAsync();
        await myForm.FillAsync("narrative.conclusion", "我写的结论，不能丢");
        await mine.ClickAsync("[data-testid=save]");

        var conflict = mine.Locator("[data-testid=conflict]");
        await Expect(conflict).ToContainTextAsync("已被他人修改");
        await Expect(mine.Locator("[data-testid=conflict-fields] li")).ToHaveCountAsync(1);
        await Expect(mine.Locator("[data-testid=conflict-fields]")).ToContainTextAsync("综合评价结论");
        await Expect(myForm.Field("narrative.conclusion")).ToHaveValueAsync("我写的结论，不能丢");
        await Expect(myForm.Field("narrative.overview")).ToHaveValueAsync("负责人写的概况");
        await mine.ClickAsync("[data-testid=conflict-keep-mine]");
        await myForm.SaveAsync();
        await mine.ReloadAsync();
        await myForm.WaitReadyAsync();
        await Expect(myForm.Field("narrative.conclusion")).ToHaveValueAsync("我写的结论，不能丢");
        await Expect(myForm.Field("narrative.overview")).ToHaveValueAsync("负责人写的概况");
        await mine.Context.CloseAsync();
        await theirs.Context.CloseAsync();
    }

    [Fact]
    public async Task Save_StaleWithTwoFieldsChangedByBoth_DecidesEachFieldOnItsOwn()
    {
        var mine = await host.NewPageAsync();
        var theirs = await host.NewPageAsync();
        var myForm = await (await new LoginPage(mine).SignInAsync("preparer")).OpenReportAsync(DemoDraft);
        await new LoginPage(theirs).SignInAsync("unithead");
        var theirForm = new ReportFormPage(theirs);
        await theirForm.OpenFromListAsync(DemoDraft);

        await theirForm.FillAsync("narrative.fundsUseAndManagement", "对方写的资金使用");
        await theirForm.FillAsync("narrative.experienceProblemsSuggestions", "对方写的问题");
        await theirForm.SaveAsync();
        await myForm.FillAsync("narrative.fundsUseAndManagement", "我写的资金使用");
        await myForm.FillAsync("narrative.experienceProblemsSuggestions", "我写的问题");
        await mine.ClickAsync("[data-testid=save]");

        var fields = mine.Locator("[data-testid=conflict-fields] [data-testid=conflict-field]");
        await Expect(fields).ToHaveCountAsync(2);
        // Keep mine in one field: only the other is still offered, and nothing else changed.
        await mine.ClickAsync("[data-testid='conflict-keep-mine-narrative.fundsUseAndManagement']");
        await Expect(fields).ToHaveCountAsync(1);
        await Expect(fields.First).ToHaveAttributeAsync("data-path", "narrative.experienceProblemsSuggestions");
        await Expect(myForm.Field("narrative.experienceProblemsSuggestions")).ToHaveValueAsync("我写的问题");
        // Take theirs in the other: that field changes, mine stays in the first; the banner closes.
        await mine.ClickAsync("[data-testid='conflict-take-theirs-narrative.experienceProblemsSuggestions']");
        await Expect(mine.Locator("[data-testid=conflict]")).ToHaveCountAsync(0);
        await Expect(myForm.Field("narrative.experienceProblemsSuggestions")).ToHaveValueAsync("对方写的问题");
        await Expect(myForm.Field("narrative.fundsUseAndManagement")).ToHaveValueAsync("我写的资金使用");
        await myForm.SaveAsync();

        await mine.ReloadAsync();
        await myForm.WaitReadyAsync();
        await Expect(myForm.Field("narrative.fundsUseAndManagement")).ToHaveValueAsync("我写的资金使用");
        await Expect(myForm.Field("narrative.experienceProblemsSuggestions")).ToHaveValueAsync("对方写的问题");
        await mine.Context.CloseAsync();
        await theirs.Context.CloseAsync();
    }
}
