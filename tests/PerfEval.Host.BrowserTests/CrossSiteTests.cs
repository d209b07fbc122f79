using System.Text.Json;
using Microsoft.Playwright;
using PerfEval.Host.BrowserTests.Infrastructure;
using PerfEval.Host.BrowserTests.Pages;

namespace PerfEval.Host.BrowserTests;

/// <summary>
/// CSRF from a page on another loopback port (same site, so SameSite=Strict does not help): with the finance admin
/// signed in, a self-posting form cannot close a round; with the preparer signed in, a no-cors fetch cannot submit a
/// report. The cookie goes along (PerfEval answers 403, not 401) and nothing changes. Pages also run under the CSP
/// without a single violation.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class CrossSiteTests(BrowserHost host) : IDisposable
{
    private readonly AttackerSite _attacker = new();

    private static async Task<JsonElement> JsonAsync(IAPIResponse response)
    {
        Assert.True(response.Ok, $"{response.Status} {await response.TextAsync()}");
        return JsonDocument.Parse(await response.TextAsync()).RootElement.Clone();
    }

    [Fact]
    public async Task CloseRound_FormOnAnotherLoopbackPort_IsRefusedAndTheRoundStaysOpen()
    {
        var page = await host.NewPageAsync();
        await new LoginPage(page).SignInAsync("financeadmin");
        var orgs = await JsonAsync(await page.APIRequest.GetAsync("/api/orgs"));
        var unitId = orgs.EnumerateArray().Single(o => o.GetProperty("code").GetString() == "UNIT-GS").GetProperty("id").GetString();
        var opened = await JsonAsync(await page.APIRequest.PostAsync("/api/rounds", new()
        {
            Headers = BrowserHost.ApiHeaders,
            DataObject = new
            {
                name = "浏览器测试：跨站关闭任务", kind = "project", deadline = "2030-12-31", warningDays = 7,
                units = new[] { new { orgId = unitId, projects = new[] { "跨站测试项目" } } },
            },
        }));
        var roundId = opened.GetProperty("detail").GetProperty("round").GetProperty("id").GetString();

        var status = await new AttackerPage(page, _attacker, host.BaseUrl).PostFormAsync($"/api/rounds/{roundId}/close");

        Assert.Equal(403, status);
        var round = await JsonAsync(await page.APIRequest.GetAsync($"/api/rounds/{roundId}"));
        Assert.Equal("open", round.GetProperty("round").GetProperty("status").GetString());
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task SubmitReport_NoCorsFetchFromAnotherLoopbackPort_IsRefusedAndTheReportStaysDraft()
    {
        var page = await host.NewPageAsync();
        await new LoginPage(page).SignInAsync("preparer");
        var created = await JsonAsync(await page.APIRequest.PostAsync("/api/reports", new()
        {
            Headers = BrowserHost.ApiHeaders,
            DataObject = new { kind = "project", content = new { basic = new { projectName = "浏览器测试：跨站提交", unitName = "示范市社会保险事业管理中心", year = 2025 } } },
        }));
        var reportId = created.GetProperty("summary").GetProperty("id").GetString();
        var actions = await JsonAsync(await page.APIRequest.GetAsync($"/api/reports/{reportId}/actions"));
        Assert.Contains(actions.GetProperty("allowed").EnumerateArray(), a => a.GetProperty("code").GetString() == "submit");

        var status = await new AttackerPage(page, _attacker, host.BaseUrl).FetchNoCorsAsync($"/api/reports/{reportId}/actions/submit");

        Assert.Equal(403, status);
        var report = await JsonAsync(await page.APIRequest.GetAsync($"/api/reports/{reportId}"));
        Assert.Equal("Draft", report.GetProperty("summary").GetProperty("stage").GetString());
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task ReportPage_WithDiagram_RunsUnderTheCspWithoutViolations()
    {
        var page = await host.NewPageAsync();
        var violations = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase))
            {
                violations.Add(message.Text);
            }
        };
        await new LoginPage(page).SignInAsync("preparer");
        var form = new ReportFormPage(page);
        await form.OpenFromListAsync("社会保险经办服务能力提升项目");

        await Assertions.Expect(page.Locator("[data-testid=wf-diagram] svg")).ToBeVisibleAsync();

        Assert.Empty(violations);
        await page.Context.CloseAsync();
    }

    public void Dispose() => _attacker.Dispose();
}
