using Mediator;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PerfEval.Host.Data;
using PerfEval.Host.Domain;
using PerfEval.Host.Features.Dashboard;
using PerfEval.Host.Identity;
using PerfEval.Host.Tests.Infrastructure;
using static PerfEval.Host.Tests.Export.ExportTestHelpers;
using static PerfEval.Host.Tests.WorkflowTestHelpers;

namespace PerfEval.Host.Tests;

/// <summary>
/// The bureau's time zone is configured once (<c>Bureau:TimeZone</c>) and every day the service writes or counts follows
/// it: sign-off dates, the dashboard's overdue count, the Excel export's overdue days. At 22:00 UTC it is already the next
/// day in Shanghai but still the same day in Los Angeles.
/// </summary>
public abstract class BureauCalendarTests<TFactory>(TFactory factory, string expectedDay, int expectedOverdue) : IClassFixture<TFactory>
    where TFactory : PerfEvalFactory
{
    [Fact]
    public async Task Days_AfterTheBureausMidnight_FollowTheConfiguredTimeZone()
    {
        // Clock 2026-11-23 02:00 UTC: a round due 2026-11-23 is not overdue anywhere yet.
        var reportInRound = await RoundsTestSupport.OpenSingleReportRoundAsync(factory, new DateOnly(2026, 11, 23), 7);
        var round = await RoundsTestSupport.RoundOfAsync(factory, reportInRound);
        var signed = await CreateProjectReportAsync(factory, "时区测试项目");
        factory.Clock.Advance(TimeSpan.FromHours(20)); // 2026-11-23 22:00 UTC

        await DriveToAsync(factory, signed, "DepartmentApproval");

        var report = await GetJsonAsync(await factory.ClientForAsync("financeadmin"), $"/api/reports/{signed}");
        Assert.Equal(expectedDay, report.GetProperty("content").GetProperty("signOffs").GetProperty("unit").GetProperty("date").GetString());
        var dashboard = await DashboardAsync(round);
        Assert.Equal(expectedOverdue, dashboard.OverdueByUnit.Sum(u => u.Overdue));
        var admin = await factory.ClientForAsync("financeadmin");
        using var xlsx = OpenXlsx(await admin.GetByteArrayAsync(new Uri($"/api/reports/export.xlsx?roundId={round}", UriKind.Relative)));
        var row = Assert.Single(SheetRows(xlsx, "报告").Skip(1));
        Assert.Equal(expectedOverdue.ToString(System.Globalization.CultureInfo.InvariantCulture), row["M"].CellValue!.Text);
    }

    private async Task<DashboardData> DashboardAsync(Guid round)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var db = scope.ServiceProvider.GetRequiredService<PerfEvalDbContext>();
        var user = await users.FindByNameAsync("financereviewer") ?? throw new InvalidOperationException("financereviewer");
        var org = await db.Organisations.SingleAsync(o => o.Id == user.OrgId);
        var context = new UserContext(user.Id, user.UserName!, user.DisplayName, Roles.FinanceReviewer, org.Id, org.Code, org.Name);
        return await scope.ServiceProvider.GetRequiredService<IMediator>().Send(new GetDashboard(context, round));
    }
}

/// <summary>The default bureau: Asia/Shanghai (UTC+8) — 22:00 UTC is the next morning.</summary>
public sealed class BureauCalendarShanghaiTests(BureauCalendarShanghaiTests.Factory factory)
    : BureauCalendarTests<BureauCalendarShanghaiTests.Factory>(factory, "2026-11-24", 1)
{
    public sealed class Factory : PerfEvalFactory;
}

/// <summary>A bureau configured on America/Los_Angeles (UTC−8) — 22:00 UTC is still the same afternoon.</summary>
public sealed class BureauCalendarLosAngelesTests(BureauCalendarLosAngelesTests.Factory factory)
    : BureauCalendarTests<BureauCalendarLosAngelesTests.Factory>(factory, "2026-11-23", 0)
{
    public sealed class Factory : PerfEvalFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Bureau:TimeZone", "America/Los_Angeles");
        }
    }
}
