using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PerfEval.Host.Data;
using PerfEval.Host.Domain;
using PerfEval.Host.Features.Rounds;
using PerfEval.Host.Infrastructure;
using PerfEval.Host.Tests.Infrastructure;
using PerfEval.Rules.Model;
using static PerfEval.Host.Tests.RoundsTestSupport;

namespace PerfEval.Host.Tests;

public sealed class RoundsEndpointsTests(PerfEvalFactory.WithFileDatabase factory) : IClassFixture<PerfEvalFactory.WithFileDatabase>
{
    private async Task<object> DemoUnitsRoundAsync(string name, Guid? id = null) => new
    {
        id, name, kind = "project", ruleSetId = "rubric-a-project", ruleSetVersion = 1, deadline = Today(factory).AddDays(30), warningDays = 10,
        units = new object[]
        {
            new { orgId = await OrgIdAsync(factory, "UNIT-SI"), projects = new[] { "社会保险经办服务能力提升项目", "社保卡发放项目" } },
            new { orgId = await OrgIdAsync(factory, "UNIT-IT"), projects = new[] { "人社信息系统运行维护项目" } },
            new { orgId = await OrgIdAsync(factory, "UNIT-GS"), projects = new[] { "政务服务大厅运行保障项目" } },
        },
    };

    private async Task<List<Report>> ReportsOfRoundAsync(Guid roundId)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PerfEvalDbContext>();
        return await db.Reports.AsNoTracking().Include(r => r.Org).Where(r => r.RoundId == roundId).ToListAsync();
    }

    [Fact]
    public async Task Open_DemoUnits_CreatesOneDraftPerProject()
    {
        var admin = await factory.ClientForAsync("financeadmin");

        var response = await PostRoundAsync(admin, await DemoUnitsRoundAsync("2026年度项目支出绩效自评（开任务测试）"));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        var roundId = body.GetProperty("detail").GetProperty("round").GetProperty("id").GetGuid();
        var reports = await ReportsOfRoundAsync(roundId);
        Assert.Equal(4, reports.Count);
        Assert.All(reports, r => Assert.Equal((ReportStages.Draft, ReportKind.Project, 2025), (r.Stage, r.Kind, r.Year)));
        Assert.Equal(["UNIT-GS", "UNIT-IT", "UNIT-SI", "UNIT-SI"], reports.Select(r => r.Org!.Code).Order(StringComparer.Ordinal));
        Assert.Contains(reports, r => r.Title == "社保卡发放项目" && r.Content.Basic.SupervisingDepartment == "示范市人力资源和社会保障局");
        Assert.Equal(4, body.GetProperty("createdReportIds").GetArrayLength());
        Assert.Equal("rubric-a-project", body.GetProperty("detail").GetProperty("round").GetProperty("ruleSetId").GetString());
    }

    [Fact]
    public async Task Open_SameNameAndYearAgain_CreatesNone()
    {
        var admin = await factory.ClientForAsync("financeadmin");
        var body = await DemoUnitsRoundAsync("2026年度项目支出绩效自评（重复开任务）");
        var first = await (await PostRoundAsync(admin, body)).Content.ReadFromJsonAsync<JsonElement>();

        var again = await PostRoundAsync(admin, body);

        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        var second = await again.Content.ReadFromJsonAsync<JsonElement>();
        var roundId = first.GetProperty("detail").GetProperty("round").GetProperty("id").GetGuid();
        Assert.Equal(roundId, second.GetProperty("detail").GetProperty("round").GetProperty("id").GetGuid());
        Assert.Equal(0, second.GetProperty("createdReportIds").GetArrayLength());
        Assert.Equal(4, (await ReportsOfRoundAsync(roundId)).Count);
    }

    [Fact]
    public async Task Open_SameIdAgain_CreatesNone()
    {
        var admin = await factory.ClientForAsync("financeadmin");
        var id = Guid.NewGuid();
        await PostRoundAsync(admin, await DemoUnitsRoundAsync("按编号重复开任务", id));

        var again = await PostRoundAsync(admin, await DemoUnitsRoundAsync("按编号重复开任务", id));

        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal(4, (await ReportsOfRoundAsync(id)).Count);
    }

    [Fact]
    public async Task Open_TwiceConcurrently_OneRoundAndNoDuplicateReports()
    {
        var admin1 = await factory.ClientForAsync("financeadmin");
        var admin2 = await factory.ClientForAsync("financeadmin");
        var body = await DemoUnitsRoundAsync("同时重复开任务");

        var responses = await Task.WhenAll(PostRoundAsync(admin1, body), PostRoundAsync(admin2, body));

        Assert.All(responses, r => Assert.True(r.IsSuccessStatusCode, r.StatusCode.ToString()));
        var ids = new List<Guid>();
        foreach (var r in responses)
        {
            ids.Add((await r.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetProperty("round").GetProperty("id").GetGuid());
        }

        Assert.Single(ids.Distinct());
        Assert.Equal(4, (await ReportsOfRoundAsync(ids[0])).Count);
    }

    [Fact]
    public async Task Open_AgainWithAnotherProject_CreatesOnlyTheNewOne()
    {
        var admin = await factory.ClientForAsync("financeadmin");
        var unit = await OrgIdAsync(factory, "UNIT-IT");
        object Body(params string[] projects) => new
        {
            name = "追加项目任务", kind = "project", deadline = Today(factory).AddDays(30), warningDays = 5,
            units = new[] { new { orgId = unit, projects } },
        };
        await PostRoundAsync(admin, Body("甲项目"));

        var again = await (await PostRoundAsync(admin, Body("甲项目", "乙项目"))).Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(1, again.GetProperty("createdReportIds").GetArrayLength());
        Assert.Equal(2, again.GetProperty("detail").GetProperty("targets").GetArrayLength());
    }

    [Fact]
    public async Task Open_DepartmentKind_OneDraftPerDepartmentWithDepartmentSection()
    {
        var admin = await factory.ClientForAsync("financeadmin");
        var hrss = await OrgIdAsync(factory, "DEPT-HRSS");
        var govsvc = await OrgIdAsync(factory, "DEPT-GOVSVC");

        var response = await PostRoundAsync(admin, new
        {
            name = "部门整体支出绩效自评", kind = "department", deadline = Today(factory).AddDays(30), warningDays = 5,
            units = new[] { new { orgId = hrss }, new { orgId = govsvc } },
        });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var roundId = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetProperty("round").GetProperty("id").GetGuid();
        var reports = await ReportsOfRoundAsync(roundId);
        Assert.Equal(2, reports.Count);
        Assert.All(reports, r => Assert.Equal(ReportKind.Department, r.Kind));
        Assert.All(reports, r => Assert.NotNull(r.Content.Department));
    }

    [Fact]
    public async Task Open_DepartmentKindForBudgetUnit_Returns400NamingTheUnit()
    {
        var admin = await factory.ClientForAsync("financeadmin");

        var response = await PostRoundAsync(admin, new
        {
            name = "错误的部门任务", kind = "department", deadline = Today(factory).AddDays(30), warningDays = 5,
            units = new[] { new { orgId = await OrgIdAsync(factory, "UNIT-SI") } },
        });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("units[0].orgId", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Open_ProjectKindWithoutProjects_Returns400()
    {
        var admin = await factory.ClientForAsync("financeadmin");

        var response = await PostRoundAsync(admin, new
        {
            name = "没有项目的任务", kind = "project", deadline = Today(factory).AddDays(30), warningDays = 5,
            units = new[] { new { orgId = await OrgIdAsync(factory, "UNIT-SI"), projects = Array.Empty<string>() } },
        });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Theory]
    [InlineData("preparer")]
    [InlineData("deptreviewer")]
    [InlineData("financereviewer")]
    public async Task Open_NotFinanceAdmin_Returns403AndCreatesNothing(string user)
    {
        var client = await factory.ClientForAsync(user);
        var name = $"无权开任务 {user}";

        var response = await PostRoundAsync(client, await DemoUnitsRoundAsync(name));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        await using var scope = factory.Services.CreateAsyncScope();
        Assert.False(await scope.ServiceProvider.GetRequiredService<PerfEvalDbContext>().Rounds.AnyAsync(r => r.Name == name));
    }

    [Fact]
    public async Task Close_ThenOpenWithNewTarget_Returns409AndCreatesNothing()
    {
        var admin = await factory.ClientForAsync("financeadmin");
        var unit = await OrgIdAsync(factory, "UNIT-GS");
        object Body(params string[] projects) => new
        {
            name = "关闭后追加", kind = "project", deadline = Today(factory).AddDays(30), warningDays = 5,
            units = new[] { new { orgId = unit, projects } },
        };
        var opened = await (await PostRoundAsync(admin, Body("甲项目"))).Content.ReadFromJsonAsync<JsonElement>();
        var roundId = opened.GetProperty("detail").GetProperty("round").GetProperty("id").GetGuid();

        var close = await admin.PostAsync(new Uri($"/api/rounds/{roundId}/close", UriKind.Relative), null);
        var again = await PostRoundAsync(admin, Body("甲项目", "乙项目"));

        Assert.Equal(HttpStatusCode.OK, close.StatusCode);
        Assert.Equal("closed", (await close.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("round").GetProperty("status").GetString());
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Single(await ReportsOfRoundAsync(roundId));
    }

    [Fact]
    public async Task RoundGate_ClosedRound_RefusesSubmissionWith409()
    {
        var reportId = await OpenSingleReportRoundAsync(factory, Today(factory).AddDays(10), 3);
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PerfEvalDbContext>();
        var roundId = await db.Reports.Where(r => r.Id == reportId).Select(r => r.RoundId).SingleAsync();
        var gate = scope.ServiceProvider.GetRequiredService<IRoundGate>();
        var openBefore = await gate.IsOpenAsync(roundId, CancellationToken.None);

        await CloseRoundOfAsync(factory, reportId);

        Assert.True(openBefore);
        Assert.False(await gate.IsOpenAsync(roundId, CancellationToken.None));
        await Assert.ThrowsAsync<ConflictException>(() => gate.EnsureAcceptsSubmissionAsync(roundId, CancellationToken.None));
        await gate.EnsureAcceptsSubmissionAsync(null, CancellationToken.None);
    }

    [Fact]
    public async Task Submit_ReportOfClosedRound_Returns409AndStaysDraft()
    {
        var reportId = await OpenSingleReportRoundAsync(factory, Today(factory).AddDays(10), 3);
        await CloseRoundOfAsync(factory, reportId);
        var preparer = await factory.ClientForAsync("preparer");

        var submit = await preparer.PostAsync(new Uri($"/api/reports/{reportId}/actions/submit", UriKind.Relative), null);
        var report = await preparer.GetFromJsonAsync<JsonElement>($"/api/reports/{reportId}");

        Assert.Equal(HttpStatusCode.Conflict, submit.StatusCode);
        Assert.Contains("已关闭", await submit.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal("Draft", report.GetProperty("summary").GetProperty("stage").GetString());
    }

    [Fact]
    public async Task Close_AsPreparer_Returns403AndRoundStaysOpen()
    {
        var reportId = await OpenSingleReportRoundAsync(factory, Today(factory).AddDays(10), 3);
        var roundId = await RoundOfAsync(factory, reportId);
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PerfEvalDbContext>();
        var preparer = await factory.ClientForAsync("preparer");

        var response = await preparer.PostAsync(new Uri($"/api/rounds/{roundId}/close", UriKind.Relative), null);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(RoundStatus.Open, await db.Rounds.Where(r => r.Id == roundId).Select(r => r.Status).SingleAsync());
    }

    [Fact]
    public async Task Get_RoundOfAnotherUnit_Returns404AndIsNotListed()
    {
        var reportId = await OpenSingleReportRoundAsync(factory, Today(factory).AddDays(10), 3, unit: "UNIT-SI");
        await using var scope = factory.Services.CreateAsyncScope();
        var roundId = await scope.ServiceProvider.GetRequiredService<PerfEvalDbContext>().Reports
            .Where(r => r.Id == reportId).Select(r => r.RoundId!.Value).SingleAsync();
        var other = await factory.ClientForAsync("preparer-gs");
        var own = await factory.ClientForAsync("preparer");

        var get = await other.GetAsync(new Uri($"/api/rounds/{roundId}", UriKind.Relative));
        var list = await other.GetFromJsonAsync<JsonElement>("/api/rounds");
        var ownGet = await own.GetFromJsonAsync<JsonElement>($"/api/rounds/{roundId}");

        Assert.Equal(HttpStatusCode.NotFound, get.StatusCode);
        Assert.DoesNotContain(list.EnumerateArray(), r => r.GetProperty("id").GetGuid() == roundId);
        Assert.Equal(reportId, Assert.Single(ownGet.GetProperty("reports").EnumerateArray()).GetProperty("id").GetGuid());
    }

    [Fact]
    public async Task Open_DemoCurrentRoundAgain_CreatesNoneAndKeepsOneDraftPerUnit()
    {
        var admin = await factory.ClientForAsync("financeadmin");
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PerfEvalDbContext>();
        var demo = await db.Rounds.AsNoTracking().SingleAsync(r => r.Status == RoundStatus.Open && r.Name.EndsWith("年度项目支出绩效自评"));
        var units = new List<object>();
        foreach (var (code, project) in PerfEval.Host.DemoData.DemoOrganisations.CurrentProjects)
        {
            units.Add(new { orgId = await OrgIdAsync(factory, code), projects = new[] { project } });
        }

        var response = await PostRoundAsync(admin, new { name = demo.Name, kind = "project", year = demo.Year, deadline = demo.Deadline, warningDays = demo.WarningDays, units });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(0, (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("createdReportIds").GetArrayLength());
        Assert.Equal(3, (await ReportsOfRoundAsync(demo.Id)).Count);
    }
}
