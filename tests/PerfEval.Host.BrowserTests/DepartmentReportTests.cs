using System.Text.Json;
using PerfEval.Host.BrowserTests.Infrastructure;
using PerfEval.Host.BrowserTests.Pages;
using static Microsoft.Playwright.Assertions;

namespace PerfEval.Host.BrowserTests;

[Collection(BrowserCollection.Name)]
public sealed class DepartmentReportTests(BrowserHost host)
{
    [Fact]
    public async Task DepartmentReport_Form_EditsInstitutionTables()
    {
        // The department prepares its own overall report; created through the API with the session's cookie.
        var page = await host.NewPageAsync();
        await new LoginPage(page).SignInAsync("deptreviewer");
        var response = await page.APIRequest.PostAsync("/api/reports", new()
        {
            Headers = BrowserHost.ApiHeaders,
            DataObject = new { kind = "department", content = new { basic = new { projectName = "人社局部门整体支出（浏览器测试）", year = 2025 }, department = new { } } },
        });
        Assert.True(response.Ok, await response.TextAsync());
        var id = JsonDocument.Parse(await response.TextAsync()).RootElement.GetProperty("summary").GetProperty("id").GetString();

        await page.GotoAsync($"/reports/{id}");
        var form = new ReportFormPage(page);
        await form.WaitReadyAsync();
        await form.AddRowAsync("staffing");
        await form.FillAsync("department.staffing.rows[0].institution", "局机关");
        await form.FillAsync("department.staffing.rows[0].approvedPosts", "30");
        await form.FillAsync("department.staffing.rows[0].actualHeadcount", "32");
        await form.AddRowAsync("threePublic");
        await form.FillAsync("department.threePublic.rows[0].institution", "局机关");
        await form.FillAsync("department.threePublic.rows[0].reception", "1.25");
        // Rubric B's 支付进度 takes the number of late payments (0.5 each) in 评分要素填报; unanswered it cannot be scored.
        var payment = page.Locator("[data-testid=live-scores] tr", new() { HasText = "支付进度" });
        await Expect(payment).ToContainTextAsync("无法评分");
        await form.FillAsync("answer-B.2.1.2-count", "0");
        await Expect(payment).ToContainTextAsync("3/3");
        await form.FillAsync("answer-B.2.1.2-count", "2");
        await Expect(payment).ToContainTextAsync("2/3");
        await form.SaveAsync();
        await page.ReloadAsync();
        await form.WaitReadyAsync();

        await Expect(page.Locator("[data-testid=table-staffing]")).ToContainTextAsync("编制数（人）");
        Assert.Equal("32", await form.ValueAsync("department.staffing.rows[0].actualHeadcount"));
        Assert.Equal("1.25", await form.ValueAsync("department.threePublic.rows[0].reception"));
        Assert.Equal("2", await form.ValueAsync("answer-B.2.1.2-count"));
        await Expect(page.Locator("[data-testid=score-panel]")).ToContainTextAsync("部门整体");
        await Screenshots.TakeAsync(page, "report-department-1366");
        await page.Context.CloseAsync();
    }
}
