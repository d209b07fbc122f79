using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using PerfEval.Host.BrowserTests.Infrastructure;
using PerfEval.Host.BrowserTests.Pages;
using static Microsoft.Playwright.Assertions;

namespace PerfEval.Host.BrowserTests;

/// <summary>The 评分要素填报 section: answers to rubric A's indicators entered on the form move the live score.</summary>
[Collection(BrowserCollection.Name)]
public sealed class AnswersTests(BrowserHost host)
{
    [Fact]
    public async Task RubricARound_TickChecklistAndPickChoice_LiveScoreRisesAndAnswersSave()
    {
        // The finance administrator opens a round pinned to rubric A v1 for one project of UNIT-SI (API, session cookie).
        var page = await host.NewPageAsync();
        await new LoginPage(page).SignInAsync("financeadmin");
        var orgs = JsonDocument.Parse(await (await page.APIRequest.GetAsync("/api/orgs")).TextAsync()).RootElement;
        var unitId = orgs.EnumerateArray().Single(o => o.GetProperty("code").GetString() == "UNIT-SI").GetProperty("id").GetString();
        // Pin the newest published version: the rubric editor test (same host) may have published v2 and retired v1.
        var ruleSets = JsonDocument.Parse(await (await page.APIRequest.GetAsync("/api/rule-sets")).TextAsync()).RootElement;
        var version = ruleSets.EnumerateArray().Single(r => r.GetProperty("ruleSetId").GetString() == "rubric-a-project")
            .GetProperty("latestPublishedVersion").GetInt32();
        var response = await page.APIRequest.PostAsync("/api/rounds", new()
        {
            Headers = BrowserHost.ApiHeaders,
            DataObject = new
            {
                name = $"浏览器测试：评分要素填报（评分标准 A v{version}）",
                kind = "project",
                ruleSetId = "rubric-a-project",
                ruleSetVersion = version,
                deadline = "2026-12-31",
                warningDays = 14,
                units = new[] { new { orgId = unitId, projects = new[] { "评分要素填报测试项目" } } },
            },
        });
        Assert.True(response.Ok, await response.TextAsync());
        var reportId = JsonDocument.Parse(await response.TextAsync()).RootElement.GetProperty("createdReportIds")[0].GetString();

        await page.GotoAsync($"/reports/{reportId}");
        var form = new ReportFormPage(page);
        await form.WaitReadyAsync();
        await Expect(page.Locator("[data-testid=score-panel]")).ToContainTextAsync("项目支出绩效评价指标体系");
        await Expect(form.Answers).ToBeVisibleAsync();
        // 到位率 is computed from the funding grid: no input for it.
        await Expect(page.Locator("[data-testid='answer-A.2.1.1']")).ToHaveCountAsync(0);
        var before = await form.LiveTotalValueAsync();
        await Expect(page.Locator("[data-testid='answer-A.1.1.1-finding']")).ToContainTextAsync("无法评分");

        // 目标内容: two items of 1 point each; 到位时效: 到位及时 (2 points) → +4.
        await form.AnswerItem("A.1.1.1", "1").ClickAsync();
        await form.AnswerItem("A.1.1.1", "2").ClickAsync();
        await form.AnswerOption("A.2.1.2", "timely").ClickAsync();
        var total = before + 4m;
        await Expect(form.LiveTotal).ToHaveTextAsync(Text(total));
        await Expect(page.Locator("[data-testid='answer-A.1.1.1-finding']")).ToHaveCountAsync(0);

        // 产出数量: actual / target from the answer, 80 of 100 → 80 % of its points (5 in v1, 4 once the editor test published v2).
        var points = decimal.Parse(
            Regex.Match(await page.Locator("[data-testid='answer-A.3.1.1'] .pe-unit").First.InnerTextAsync(), @"分值\s*([0-9.]+)").Groups[1].Value,
            CultureInfo.InvariantCulture);
        await form.FillAsync("answer-A.3.1.1-actual", "80");
        await form.FillAsync("answer-A.3.1.1-target", "100");
        total += 0.8m * points;
        await Expect(form.LiveTotal).ToHaveTextAsync(Text(total));

        // 经济效益: a judged score of 6 with its reason → +6.
        await form.FillAsync("answer-A.3.2.1-score", "6");
        await form.FillAsync("answer-A.3.2.1-reason", "带动就业目标部分达成");
        total += 6m;
        await Expect(form.LiveTotal).ToHaveTextAsync(Text(total));

        // 资金使用: unanswered it scored nothing; a deduction row starts on 虚列套取 at its smallest deduction (4) and asks for a
        // reason → 7 − 4 = +3.
        await page.ClickAsync("[data-testid='answer-A.2.2.1-deduction-add']");
        var deductions = page.Locator("[data-testid='answer-A.2.2.1-deductions']");
        await Expect(deductions).ToContainTextAsync("请填写扣分理由");
        await form.FillAsync("answer-A.2.2.1-deduction-0-reason", "部分支出无合同");
        await Expect(deductions).Not.ToContainTextAsync("请填写扣分理由");
        total += 3m;
        await Expect(form.LiveTotal).ToHaveTextAsync(Text(total));

        await page.Locator("#sec-answers").ScrollIntoViewIfNeededAsync();
        await Screenshots.TakeViewportAsync(page, "report-answers-1366");

        // Saved with the form: after a reload the answers and the score are still there.
        await form.SaveAsync();
        await page.ReloadAsync();
        await form.WaitReadyAsync();
        await Expect(form.AnswerItem("A.1.1.1", "2")).ToBeCheckedAsync();
        await Expect(form.AnswerItem("A.1.1.1", "3")).Not.ToBeCheckedAsync();
        await Expect(form.AnswerOption("A.2.1.2", "timely")).ToBeCheckedAsync();
        Assert.Equal("80.00", await form.ValueAsync("answer-A.3.1.1-actual"));
        Assert.Equal("部分支出无合同", await form.ValueAsync("answer-A.2.2.1-deduction-0-reason"));
        await Expect(form.LiveTotal).ToHaveTextAsync(Text(total));
        await page.Context.CloseAsync();
    }

    private static string Text(decimal total) => total.ToString("0.00", CultureInfo.InvariantCulture);
}
