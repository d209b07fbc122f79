using Mediator;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PerfEval.Host.Data;
using PerfEval.Host.Domain;
using PerfEval.Host.Features.Dashboard;
using PerfEval.Host.Identity;
using PerfEval.Host.Tests.Infrastructure;
using PerfEval.Rules.Model;

namespace PerfEval.Host.Tests.Dashboard;

/// <summary>
/// A province has a thousand units: the dashboard lists the units most behind and the latest accepted reports, and its
/// totals count all of them (its own host: the reports added here would change the other dashboard tests' counts).
/// </summary>
public sealed class DashboardScaleTests(PerfEvalFactory factory) : IClassFixture<PerfEvalFactory>
{
    [Fact]
    public async Task GetDashboard_MoreUnitsThanShown_ListsTheMostOverdueFirstAndCountsAll()
    {
        var before = await SendAsync();
        var extra = DashboardData.UnitsShown + 5;
        await AddUnitsWithOneDraftEachAsync(extra, overdue: 3);

        var data = await SendAsync();

        Assert.Equal(DashboardData.UnitsShown, data.OverdueByUnit.Count);
        Assert.Equal(before.UnitsWithOpen + extra, data.UnitsWithOpen);
        Assert.Equal(before.OpenTotal + extra, data.OpenTotal);
        Assert.Equal(before.OverdueTotal + 3, data.OverdueTotal);
        Assert.All(data.OverdueByUnit.Take(3), u => Assert.StartsWith("看板测试单位逾期", u.OrgName, StringComparison.Ordinal));
        Assert.Equal(data.Total, data.ByStage.Sum(s => s.Count));
        Assert.Equal(data.ByStage.Single(s => s.Stage == ReportStages.Accepted).Count, data.AcceptedTotal);
    }

    private async Task AddUnitsWithOneDraftEachAsync(int count, int overdue)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PerfEvalDbContext>();
        var round = await db.Rounds.FirstAsync(r => r.Status == RoundStatus.Open && r.Kind == ReportKind.Project);
        var department = await db.Organisations.FirstAsync(o => o.Kind == OrgKind.SupervisingDepartment);
        var now = factory.Clock.GetUtcNow().UtcDateTime;
        for (var i = 0; i < count; i++)
        {
            // The first ones entered 起草 30 days ago: past its 20 due days.
            var late = i < overdue;
            var unit = new Organisation
            {
                Code = $"DASH-{i:00}", Name = late ? $"看板测试单位逾期{i:00}" : $"看板测试单位{i:00}", Kind = OrgKind.BudgetUnit, ParentId = department.Id,
            };
            db.Organisations.Add(unit);
            db.Reports.Add(new Report
            {
                Kind = ReportKind.Project, OrgId = unit.Id, RoundId = round.Id, Title = $"看板测试项目{i:00}", Year = round.Year,
                StageEnteredAtUtc = late ? now.AddDays(-30) : now, CreatedAtUtc = now, UpdatedAtUtc = now, Version = 1,
            });
        }

        await db.SaveChangesAsync();
    }

    private async Task<DashboardData> SendAsync()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var db = scope.ServiceProvider.GetRequiredService<PerfEvalDbContext>();
        var user = await users.FindByNameAsync("financereviewer") ?? throw new InvalidOperationException("financereviewer");
        var org = await db.Organisations.SingleAsync(o => o.Id == user.OrgId);
        var context = new UserContext(user.Id, user.UserName!, user.DisplayName, Roles.FinanceReviewer, org.Id, org.Code, org.Name);
        return await scope.ServiceProvider.GetRequiredService<IMediator>().Send(new GetDashboard(context, null));
    }
}
