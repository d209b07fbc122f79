using System.Text.Json.Nodes;
using PerfEval.Host.BrowserTests.Infrastructure;
using PerfEval.Host.BrowserTests.Pages;
using static Microsoft.Playwright.Assertions;

namespace PerfEval.Host.BrowserTests;

/// <summary>The low-code rubric editor (issue 7) driven as the finance administrator.</summary>
[Collection(BrowserCollection.Name)]
public sealed class RubricEditorTests(BrowserHost host)
{
    [Fact]
    public async Task RubricA_EditTryImpactPublish_ShowsRollUpErrorThenDiff()
    {
        var page = await host.NewPageAsync();
        await new LoginPage(page).SignInAsync("financeadmin");
        var editor = new RubricEditorPage(page);
        await editor.OpenListAsync();
        await Screenshots.TakeViewportAsync(page, "rubrics-list-1366");
        await editor.OpenAsync("rubric-a-project");
        await Expect(editor.VerificationOk).ToBeVisibleAsync();

        // 服务对象满意度: narrow the 80–90 tier to 80–85 → a gap the verifier names; close it; raise its score.
        await editor.SelectIndicatorAsync("A.3.2.5");
        await editor.FillAsync("tier-upper-1", "85");
        await Expect(editor.ProblemsOf("A.3.2.5").First).ToContainTextAsync("空档");
        await Expect(editor.PublishButton).ToBeDisabledAsync();
        await editor.FillAsync("tier-lower-0", "85");
        await Expect(editor.ProblemsOf("A.3.2.5")).ToHaveCountAsync(0);
        await editor.FillAsync("tier-score-1", "7");
        await Expect(page.Locator("[data-testid=generated-expression]")).ToContainTextAsync("85m ? 7m");

        // Move one point from 产出数量 to 产出质量: while only one side is changed, 项目产出 does not add up.
        await editor.SetPointsAsync("A.3.1.1", 4);
        await Expect(editor.Sum("A.3.1")).ToContainTextAsync("14 / 15");
        await Expect(editor.Sum("A.3.1")).ToHaveClassAsync(new System.Text.RegularExpressions.Regex("pe-rubric-sum-bad"));
        await Expect(editor.ProblemsOf("A.3.1").First).ToContainTextAsync("分值 15");
        await Expect(editor.PublishButton).ToBeDisabledAsync();
        await Screenshots.TakeViewportAsync(page, "rubric-editor-rollup-error-1366");
        await editor.SetPointsAsync("A.3.1.2", 5);
        await Expect(editor.Sum("A.3.1")).ToContainTextAsync("15 / 15");
        await Expect(editor.VerificationOk).ToBeVisibleAsync();

        // Reorder: 产出质量 moves above 产出数量 (keys stay).
        await page.ClickAsync("[data-testid='up-A.3.1.2']");
        await Expect(page.Locator("[data-testid='node-A.3.1'] .pe-rubric-l3").First).ToHaveAttributeAsync("data-testid", "node-A.3.1.2");
        await Expect(page.Locator("[data-testid='node-A.3.1'] .pe-rubric-l3").Nth(1)).ToHaveAttributeAsync("data-testid", "node-A.3.1.1");
        await Screenshots.TakeViewportAsync(page, "rubric-editor-1366");

        // Try it on a stored report: scores per indicator with reasons, from the draft.
        await editor.TabAsync("试算");
        await editor.ChooseAsync("try-report", "中小企业网上服务经费");
        await Expect(page.Locator("[data-testid=try-total]")).ToBeVisibleAsync();
        await Expect(page.Locator("[data-testid='try-row-A.3.2.5']")).ToContainTextAsync("/8");
        await Expect(page.Locator("[data-testid='try-row-A.3.1.2']")).ToContainTextAsync("/5");
        await Screenshots.TakeViewportAsync(page, "rubric-editor-try-1366");
        // The result follows the draft: a rename in the tree shows up in the try-it rows after the pause.
        await editor.FillAsync("name-A.3.1.2", "产出质量达标");
        await Expect(page.Locator("[data-testid='try-row-A.3.1.2']")).ToContainTextAsync("产出质量达标");

        // Impact analysis: stored reports of the rounds using the rubric, draft vs published.
        await editor.TabAsync("影响分析");
        await page.ClickAsync("[data-testid=impact-run]");
        await Expect(page.Locator("[data-testid=impact-reports]")).Not.ToHaveTextAsync("0");
        await Expect(page.Locator("[data-testid=impact-matrix]")).ToBeVisibleAsync();
        await Screenshots.TakeViewportAsync(page, "rubric-editor-impact-1366");

        // Publish with a note, then the diff of the two versions is shown.
        await editor.PublishAsync("产出数量与产出质量分值调整；满意度分档调整");
        await Expect(page.Locator("[data-testid=rubric-status]")).ToContainTextAsync("已发布 v2");
        var diff = page.Locator("[data-testid=diff-row]");
        var quantity = diff.Filter(new() { HasText = "A.3.1.1" }).First;
        await Expect(quantity.Locator(".pe-rubric-diff-old")).ToContainTextAsync("产出数量 5 分");
        await Expect(quantity.Locator(".pe-rubric-diff-new")).ToContainTextAsync("产出数量 4 分");
        await Expect(diff.Filter(new() { HasText = "A.3.1.2" }).First.Locator(".pe-rubric-diff-new")).ToContainTextAsync("产出质量达标 5 分");
        await Expect(diff.Filter(new() { HasText = "A.3.2.5" }).First.Locator(".pe-rubric-diff-new")).ToContainTextAsync("[80, 85) 7 分");
        await Expect(page.Locator("[data-testid=audit-table]")).ToContainTextAsync("产出数量与产出质量分值调整");
        await Screenshots.TakeViewportAsync(page, "rubric-editor-diff-1366");

        // The old version stays published until retired.
        await page.ClickAsync("[data-testid=retire-1]");
        await Expect(page.Locator("[data-testid=version-1]")).ToContainTextAsync("已停用");
        await Expect(page.Locator("[data-testid=version-2]")).ToContainTextAsync("已发布");
    }

    [Fact]
    public async Task RubricC_RowFilter_ShownInExpressionAndSelfExclusionRefused()
    {
        var page = await host.NewPageAsync();
        await new LoginPage(page).SignInAsync("financeadmin");
        var editor = new RubricEditorPage(page);
        await editor.OpenAsync("rubric-c-self-evaluation");
        var expression = page.Locator("[data-testid=generated-expression]");

        // 满意度 also takes 二级指标 rows (old forms); 效益 leaves out rows naming 满意.
        await editor.SelectIndicatorAsync("C.4.1");
        await Expect(page.Locator("[data-testid=rows-match-level2] input")).ToBeCheckedAsync();
        await Expect(expression).ToContainTextAsync("\"满意度\", true, \"\", \"linear\"");
        await editor.SelectIndicatorAsync("C.3.1");
        await Expect(editor.Input("rows-exclude")).ToHaveValueAsync("满意");
        await Expect(expression).ToContainTextAsync("\"效益\", false, \"满意\", \"linear\"");
        await Screenshots.TakeViewportAsync(page, "rubric-editor-rows-1366");

        // Excluding a word the keyword contains would empty the category: named on the indicator, publish blocked.
        await editor.SelectIndicatorAsync("C.4.1");
        await editor.FillAsync("rows-exclude", "满意");
        await Expect(editor.ProblemsOf("C.4.1").First).ToContainTextAsync("含排除词「满意」");
        await Expect(editor.PublishButton).ToBeDisabledAsync();
        await editor.FillAsync("rows-exclude", "");
        await Expect(editor.VerificationOk).ToBeVisibleAsync();

        // Try it on the Yueyanglou seed: its round weighs 40,10,40,10, so 效益 is worth 40 and its satisfaction rows 5 each.
        await editor.TabAsync("试算");
        await editor.ChooseAsync("try-report", "公共网络平台运行经费");
        await Expect(page.Locator("[data-testid=try-weights]")).ToContainTextAsync("40,10,40,10");
        await Expect(page.Locator("[data-testid='try-row-C.3.1#5']")).ToContainTextAsync("/40");
        await Expect(page.Locator("[data-testid='try-row-C.4.1#6']")).ToContainTextAsync("/5");
        await editor.TabAsync("指标设置");
        await editor.SelectIndicatorAsync("C.4.1");

        // Unticking gives back the expression earlier versions stored.
        await page.Locator("[data-testid=rows-match-level2] input").ClickAsync();
        await Expect(expression).ToContainTextAsync("Fn.Rows(input, \"C.4.1\", 10m, \"满意度\", \"linear\", \"zero\", 0m)");
    }

    [Fact]
    public async Task AdvancedExpression_ForbiddenMember_ErrorInlineAfterPause()
    {
        var page = await host.NewPageAsync();
        await new LoginPage(page).SignInAsync("financeadmin");
        var editor = new RubricEditorPage(page);
        await editor.OpenAsync("rubric-b-department");

        // Try it with a pasted report: the worked example scores 98 优 with the unchanged rubric B.
        await editor.TabAsync("试算");
        await page.GetByText("或粘贴报告 JSON", new() { Exact = true }).ClickAsync();
        await editor.Input("try-paste").FillAsync(await File.ReadAllTextAsync(Path.Combine(BrowserHost.RepoRoot(), "samples", "rubric-b-department-2021.json")));
        await page.ClickAsync("[data-testid=try-paste-use]");
        await Expect(page.Locator("[data-testid=try-total]")).ToHaveTextAsync("98");
        await Expect(page.Locator("[data-testid=try-grade]")).ToHaveTextAsync("优");
        await editor.TabAsync("指标设置");

        await editor.SelectIndicatorAsync("B.4.1.1");

        await page.ClickAsync("[data-testid=advanced-switch] input");
        var raw = editor.Input("raw-expression");
        await Expect(raw).ToHaveValueAsync(new System.Text.RegularExpressions.Regex("Fn\\.Judged"));
        await raw.FillAsync("DateTime.Now.Year > 2000 ? 5m : 0m");

        await Expect(page.Locator("[data-testid=expression-error]").First).ToContainTextAsync("DateTime");
        await Expect(editor.ProblemsOf("B.4.1.1").First).ToBeVisibleAsync();
        await Expect(editor.PublishButton).ToBeDisabledAsync();
        await Screenshots.TakeViewportAsync(page, "rubric-editor-advanced-1366");

        await raw.FillAsync("Math.Min(Fn.Judged(input, \"B.4.1.1\", 0m, 5m), 4m)");
        await Expect(page.Locator("[data-testid=expression-ok]")).ToBeVisibleAsync();
        await Expect(editor.VerificationOk).ToBeVisibleAsync();

        // Grade bands on the same page: 良 starting at 85 leaves 80–85 without a grade.
        await editor.TabAsync("评价等次");
        await editor.FillAsync("band-min-1", "85");
        await Expect(page.Locator("[data-testid=grade-bands] [data-testid=problem-rubric]").First).ToContainTextAsync("空档");
        await Expect(editor.PublishButton).ToBeDisabledAsync();
        await editor.FillAsync("band-min-1", "80");
        await Expect(editor.VerificationOk).ToBeVisibleAsync();
    }

    [Fact]
    public async Task DragIndicator_IntoOtherGroup_KeyStaysBothSumsRedThenBack()
    {
        var page = await host.NewPageAsync();
        await new LoginPage(page).SignInAsync("financeadmin");
        var editor = new RubricEditorPage(page);
        await editor.OpenAsync("rubric-b-department");
        await Expect(editor.VerificationOk).ToBeVisibleAsync();

        // B.2.1.2 (3 分) from 预算执行 onto B.2.2.2 of 预算管理: it lands before B.2.2.2 with its key unchanged.
        await editor.DragAsync("B.2.1.2", page.Locator("[data-testid='node-B.2.2.2']"));
        await Expect(page.Locator("[data-testid='node-B.2.2'] .pe-rubric-l3").Nth(1)).ToHaveAttributeAsync("data-testid", "node-B.2.1.2");
        Assert.Equal(["B.2.2.1", "B.2.1.2", "B.2.2.2", "B.2.2.3", "B.2.2.4", "B.2.2.5"], await editor.IndicatorKeysAsync("B.2.2"));
        Assert.Equal(["B.2.1.1", "B.2.1.3", "B.2.1.4"], await editor.IndicatorKeysAsync("B.2.1"));

        // Both level-2 sums are off now, in red, and the verifier names both groups; publishing is blocked.
        var bad = new System.Text.RegularExpressions.Regex("pe-rubric-sum-bad");
        await Expect(editor.Sum("B.2.1")).ToContainTextAsync("12 / 15");
        await Expect(editor.Sum("B.2.1")).ToHaveClassAsync(bad);
        await Expect(editor.Sum("B.2.2")).ToContainTextAsync("18 / 15");
        await Expect(editor.Sum("B.2.2")).ToHaveClassAsync(bad);
        await Expect(editor.ProblemsOf("B.2.1").First).ToBeVisibleAsync();
        await Expect(editor.ProblemsOf("B.2.2").First).ToBeVisibleAsync();
        await Expect(editor.PublishButton).ToBeDisabledAsync();
        await Screenshots.TakeViewportAsync(page, "rubric-editor-drag-1366");

        // Dropped on the 预算执行 group itself (its add button), it goes back to the end of that group: all adds up.
        await editor.DragAsync("B.2.1.2", page.Locator("[data-testid='add-indicator-B.2.1']"));
        await Expect(editor.Sum("B.2.1")).ToContainTextAsync("15 / 15");
        Assert.Equal(["B.2.1.1", "B.2.1.3", "B.2.1.4", "B.2.1.2"], await editor.IndicatorKeysAsync("B.2.1"));
        await Expect(editor.Sum("B.2.2")).Not.ToHaveClassAsync(bad);
        await Expect(editor.VerificationOk).ToBeVisibleAsync();

        // A level-2 group dragged onto another lands before it, indicators and keys along.
        await editor.DragAsync("B.2.3", page.Locator("[data-testid='node-B.2.2'] > .pe-rubric-row"));
        await Expect(page.Locator("[data-testid='node-B.2'] .pe-rubric-l2").Nth(1)).ToHaveAttributeAsync("data-testid", "node-B.2.3");
        await Expect(page.Locator("[data-testid='node-B.2'] .pe-rubric-l2").Nth(2)).ToHaveAttributeAsync("data-testid", "node-B.2.2");
        Assert.Equal(["B.2.3.1", "B.2.3.2", "B.2.3.3"], await editor.IndicatorKeysAsync("B.2.3"));
        await Expect(editor.VerificationOk).ToBeVisibleAsync();
    }

    [Fact]
    public async Task Rubrics_Preparer_NotAllowedAndNoNavEntry()
    {
        var page = await host.NewPageAsync();
        await new LoginPage(page).SignInAsync("preparer");
        await Expect(page.Locator(".mud-nav-link", new() { HasText = "评分标准" })).ToHaveCountAsync(0);

        await page.GotoAsync("/rubrics/rubric-a-project");

        await Expect(page.GetByText("您没有权限访问此页面。")).ToBeVisibleAsync();
        await Expect(page.Locator("#rubric-title")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task Import_BrokenFile_ListsEveryProblemAndSavesNothing()
    {
        var page = await host.NewPageAsync();
        await new LoginPage(page).SignInAsync("financeadmin");
        var editor = new RubricEditorPage(page);
        await editor.OpenListAsync();
        var before = await page.Locator("[data-testid=rubric-rubric-b-department]").InnerTextAsync();

        var path = Path.Combine(Path.GetTempPath(), $"broken-rubric-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(path, BrokenRubricB());
        try
        {
            await editor.ImportAsync(path);
            var problems = page.Locator("[data-testid=import-problem]");
            await Expect(page.Locator("[data-testid=import-failed]")).ToBeVisibleAsync();
            var texts = string.Join("\n", await problems.AllInnerTextsAsync());
            Assert.True(await problems.CountAsync() >= 3, texts);
            Assert.Contains("B.1.1", texts, StringComparison.Ordinal);      // roll-up: 6 points under a 5-point group
            Assert.Contains("DateTime", texts, StringComparison.Ordinal);   // forbidden member
            Assert.Contains("answer.nonsense", texts, StringComparison.Ordinal); // unknown field
            await Screenshots.TakeViewportAsync(page, "rubrics-import-broken-1366");

            await editor.OpenListAsync();
            Assert.Equal(before, await page.Locator("[data-testid=rubric-rubric-b-department]").InnerTextAsync());
        }
        finally
        {
            File.Delete(path);
        }
    }

    // Rubric B with three independent mistakes: a roll-up error, a raw expression using DateTime.Now, an unknown measure.
    private static string BrokenRubricB()
    {
        var root = JsonNode.Parse(File.ReadAllText(Path.Combine(BrowserHost.RepoRoot(), "rule-sets", "rubric-b-department.json")))!;
        var rules = root["Rules"]!.AsArray();
        var indicators = rules.Where(r => r!["Properties"]?["role"]?.GetValue<string>() == "indicator").ToList();
        var first = indicators.First(r => r!["Properties"]!["group"]!.GetValue<string>().StartsWith("B.1.1", StringComparison.Ordinal))!;
        first["Properties"]!["points"] = first["Properties"]!["points"]!.GetValue<decimal>() + 1;
        var second = indicators[^1]!;
        second["Properties"]!["template"] = "advanced";
        second["Actions"]!["OnSuccess"]!["Context"]!["Expression"] = "DateTime.Now.Year > 0 ? 1m : 0m";
        var ratio = indicators.First(r => r!["RuleName"]!.GetValue<string>() == "B.2.2.4")!;
        ratio["Properties"]!["parameters"]!["actual"] = "answer.nonsense";
        return root.ToJsonString();
    }
}
