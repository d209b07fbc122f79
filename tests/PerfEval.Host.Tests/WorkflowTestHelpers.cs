using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using PerfEval.Host.Tests.Infrastructure;

namespace PerfEval.Host.Tests;

/// <summary>Shared steps of the workflow tests: create a report, drive it up the ladder, fire actions.</summary>
internal static class WorkflowTestHelpers
{
    /// <summary>The move-up action of each stage and who takes it in the demo data.</summary>
    public static readonly (string Stage, string Action, string User)[] Ladder =
    [
        ("Draft", "submit", "preparer"),
        ("UnitSignOff", "approve", "unithead"),
        ("DepartmentApproval", "approve", "deptreviewer"),
        ("FinanceReview", "approve", "financereviewer"),
    ];

    /// <summary>Creates a project report in the preparer's unit that the submission gate accepts (see <see cref="Reports.ReportSamples.Submittable"/>).</summary>
    public static async Task<Guid> CreateProjectReportAsync(PerfEvalFactory factory, string title = "测试项目")
    {
        var preparer = await factory.ClientForAsync("preparer");
        var response = await preparer.PostJsonAsync("/api/reports", new { kind = "project", content = Reports.ReportSamples.Submittable(title) });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        return body.GetProperty("summary").GetProperty("id").GetGuid();
    }

    /// <summary>Moves a draft report up to <paramref name="stage"/> with the demo users.</summary>
    public static async Task DriveToAsync(PerfEvalFactory factory, Guid reportId, string stage)
    {
        foreach (var (from, action, user) in Ladder)
        {
            if (from == stage)
            {
                return;
            }

            var response = await FireAsync(await factory.ClientForAsync(user), reportId, action, new { comment = "同意。" });
            Assert.True(response.IsSuccessStatusCode, $"{user} {action} at {from}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        }
    }

    public static Task<HttpResponseMessage> FireAsync(HttpClient client, Guid reportId, string action, object? body = null)
        => client.PostAsJsonAsync($"/api/reports/{reportId}/actions/{action}", body ?? new { });

    public static async Task<JsonElement> GetJsonAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(new Uri(url, UriKind.Relative));
        Assert.True(response.IsSuccessStatusCode, $"GET {url}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    public static async Task<string> StageOfAsync(PerfEvalFactory factory, Guid reportId)
    {
        var report = await GetJsonAsync(await factory.ClientForAsync("financeadmin"), $"/api/reports/{reportId}");
        return report.GetProperty("summary").GetProperty("stage").GetString()!;
    }

    public static async Task<int> VersionOfAsync(PerfEvalFactory factory, Guid reportId)
    {
        var report = await GetJsonAsync(await factory.ClientForAsync("financeadmin"), $"/api/reports/{reportId}");
        return report.GetProperty("summary").GetProperty("version").GetInt32();
    }
}
