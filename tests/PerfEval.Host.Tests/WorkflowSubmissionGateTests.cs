using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using PerfEval.Host.Domain;
using PerfEval.Host.Features.Workflow.Submission;
using PerfEval.Host.Tests.Infrastructure;
using static PerfEval.Host.Tests.WorkflowTestHelpers;

namespace PerfEval.Host.Tests;

/// <summary>Submission is refused (409, errors listed) while the submission gate reports blocking errors.</summary>
public sealed class WorkflowSubmissionGateTests(PerfEvalFactory factory) : IClassFixture<PerfEvalFactory>
{
    [Fact]
    public async Task Submit_MissingUnitName_Returns409WithErrorsAndStaysDraft()
    {
        var preparer = await factory.ClientForAsync("preparer");
        var content = Reports.ReportSamples.Submittable("缺单位名称的项目");
        content.Basic.UnitName = null;
        var created = await preparer.PostJsonAsync("/api/reports", new { kind = "project", content });
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("summary").GetProperty("id").GetGuid();

        var response = await FireAsync(preparer, id, "submit");

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        var error = Assert.Single(problem.GetProperty("errors").EnumerateArray());
        Assert.Equal("content.basic.unitName", error.GetProperty("field").GetString());
        Assert.Equal("Draft", await StageOfAsync(factory, id));
        Assert.Equal(0, (await GetJsonAsync(preparer, $"/api/reports/{id}/history")).GetArrayLength());
    }

    [Fact]
    public async Task Submit_GateReportsConsistencyErrors_Returns409ListingThem()
    {
        using var blocked = factory.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddScoped<ISubmissionGate, AlwaysBlockingGate>()));
        var id = await CreateProjectReportAsync(factory);
        var client = blocked.CreateClient();
        (await client.PostAsJsonAsync("/api/auth/login", new { userName = "preparer", password = PerfEvalFactory.DemoPassword })).EnsureSuccessStatusCode();

        var response = await FireAsync(client, id, "submit");

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.Equal(2, errors.GetArrayLength());
        Assert.Equal("content.funding.balance.total", errors[0].GetProperty("field").GetString());
        Assert.Equal("Draft", await StageOfAsync(factory, id));
    }

    [Fact]
    public async Task Approve_AfterSubmit_IsNotGated()
    {
        var id = await CreateProjectReportAsync(factory);
        await DriveToAsync(factory, id, "UnitSignOff");
        using var blocked = factory.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddScoped<ISubmissionGate, AlwaysBlockingGate>()));
        var client = blocked.CreateClient();
        (await client.PostAsJsonAsync("/api/auth/login", new { userName = "unithead", password = PerfEvalFactory.DemoPassword })).EnsureSuccessStatusCode();

        var response = await FireAsync(client, id, "approve", new { comment = "同意。" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    private sealed class AlwaysBlockingGate : ISubmissionGate
    {
        public Task<IReadOnlyList<SubmissionError>> GetBlockingErrorsAsync(Report report, CancellationToken cancellationToken)
            => Task.FromResult<IReadOnlyList<SubmissionError>>(
            [
                new("content.funding.balance.total", "结余应等于到位减支出。"),
                new("content.statedTotalScore", "综合得分与各指标得分之和不一致。"),
            ]);
    }
}
