using Mediator;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PerfEval.Host.Data;
using PerfEval.Host.Domain;
using PerfEval.Host.Features.Dashboard;
using PerfEval.Host.Identity;
using PerfEval.Host.Infrastructure;
using PerfEval.Host.Tests.Infrastructure;

namespace PerfEval.Host.Tests.Dashboard;

/// <summary>The dashboard query behind the UI's /dashboard page: who may see it and what it counts.</summary>
public sealed class GetDashboardTests(PerfEvalFactory factory) : IClassFixture<PerfEvalFactory>
{
    [Fact]
    public async Task GetDashboard_Preparer_IsForbidden()
    {
        var user = await UserAsync("preparer");

        await Assert.ThrowsAsync<ForbiddenException>(() => SendAsync(new GetDashboard(user, null)));
    }

    [Fact]
    public async Task GetDashboard_DepartmentReviewer_SeesOnlyOwnDepartment()
    {
        var user = await UserAsync("deptreviewer");

        var data = await SendAsync(new GetDashboard(user, null));

        var department = Assert.Single(data.GradesByDepartment);
        Assert.Equal("示范市人力资源和社会保障局", department.Department);
        Assert.DoesNotContain(data.OverdueByUnit, u => u.OrgName == "示范市政务服务中心");
    }

    [Fact]
    public async Task GetDashboard_FinanceReviewer_ListsSeedReportsAsAcceptedWithGrade()
    {
        var user = await UserAsync("financereviewer");

        var data = await SendAsync(new GetDashboard(user, null));

        Assert.Equal(3, data.ByStage.Single(s => s.Stage == ReportStages.Accepted).Count);
        Assert.Equal(3, data.Accepted.Count);
        Assert.All(data.Accepted, a => Assert.Equal("优", a.Grade));
        Assert.Equal(2, data.GradesByDepartment.Count);
    }

    [Fact]
    public async Task GetDashboard_DraftPastItsStageDueDays_CountsAsOverdue()
    {
        var user = await UserAsync("financereviewer");
        var before = await SendAsync(new GetDashboard(user, null));

        factory.Clock.Advance(TimeSpan.FromDays(21)); // 起草 is due within 20 days
        var after = await SendAsync(new GetDashboard(user, null));

        Assert.Equal(0, before.OverdueByUnit.Sum(u => u.Overdue));
        Assert.Equal(after.OverdueByUnit.Sum(u => u.Open), after.OverdueByUnit.Sum(u => u.Overdue));
        Assert.True(after.OverdueByUnit.Sum(u => u.Overdue) >= 3);
    }

    private async Task<DashboardData> SendAsync(GetDashboard query)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IMediator>().Send(query);
    }

    private async Task<UserContext> UserAsync(string userName)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var db = scope.ServiceProvider.GetRequiredService<PerfEvalDbContext>();
        var user = await users.FindByNameAsync(userName) ?? throw new InvalidOperationException(userName);
        var role = (await users.GetRolesAsync(user)).Single();
        var org = await db.Organisations.SingleAsync(o => o.Id == user.OrgId);
        return new UserContext(user.Id, userName, user.DisplayName, role, org.Id, org.Code, org.Name);
    }
}
