using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using PerfEval.Host.Data;
using PerfEval.Host.Tests.Infrastructure;
using static PerfEval.Host.Tests.WorkflowTestHelpers;

namespace PerfEval.Host.Tests.Scale;

/// <summary>
/// Kept list and inbox totals (<see cref="ReportCounts"/>): every count is kept here (<c>KeepFrom</c> 1), so each test shows
/// a total that follows this host's saves at once — including a delete committed in a transaction — and another writer's
/// only after <see cref="ReportCountOptions.MaxAge"/>.
/// </summary>
public sealed class ReportCountsTests(ReportCountsTests.KeepEveryCount factory) : IClassFixture<ReportCountsTests.KeepEveryCount>
{
    /// <summary>A host that keeps every count, however small.</summary>
    public sealed class KeepEveryCount : PerfEvalFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Reports:Counts:KeepFrom", "1");
            builder.UseSetting("Reports:Counts:MaxAge", "00:00:10");
        }
    }

    [Fact]
    public async Task ListReports_ReportCreatedAndDeletedThroughTheHost_TotalFollowsAtOnce()
    {
        var preparer = await factory.ClientForAsync("preparer");
        var before = await TotalAsync(preparer);

        var id = await CreateProjectReportAsync(factory, "计数测试：新建后删除");
        Assert.Equal(before + 1, await TotalAsync(preparer));

        var deleted = await preparer.DeleteAsync(new Uri($"/api/reports/{id}", UriKind.Relative));
        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        Assert.Equal(before, await TotalAsync(preparer));
    }

    [Fact]
    public async Task ListReports_ReportAddedByAnotherWriter_TotalShowsAfterMaxAge()
    {
        var admin = await factory.ClientForAsync("financeadmin");
        var before = await TotalAsync(admin);

        await AddBehindTheHostsBackAsync("计数测试：另一写入方新建");

        // Another host's save does not reach this process: the kept total stands until it is too old.
        Assert.Equal(before, await TotalAsync(admin));
        factory.Clock.Advance(TimeSpan.FromSeconds(11));
        Assert.Equal(before + 1, await TotalAsync(admin));
    }

    [Fact]
    public async Task ListReports_DifferentFilters_KeptApart()
    {
        var admin = await factory.ClientForAsync("financeadmin");
        var all = await TotalAsync(admin);
        var drafts = await TotalAsync(admin, "&stage=Draft");
        var none = await TotalAsync(admin, "&title=" + Uri.EscapeDataString("没有这样的标题-" + Guid.NewGuid()));

        Assert.True(all >= drafts);
        Assert.Equal(0, none);
        Assert.Equal(all, await TotalAsync(admin));
        Assert.Equal(drafts, await TotalAsync(admin, "&stage=Draft"));
    }

    [Fact]
    public async Task Inbox_ReportSubmittedThenApproved_TotalsFollowAtOnce()
    {
        var unithead = await factory.ClientForAsync("unithead");
        var deptreviewer = await factory.ClientForAsync("deptreviewer");
        var unitBefore = await InboxTotalAsync(unithead);
        var deptBefore = await InboxTotalAsync(deptreviewer);

        var id = await CreateProjectReportAsync(factory, "计数测试：待办");
        await DriveToAsync(factory, id, "UnitSignOff");
        Assert.Equal(unitBefore + 1, await InboxTotalAsync(unithead));
        Assert.Equal(deptBefore, await InboxTotalAsync(deptreviewer));

        var approved = await FireAsync(unithead, id, "approve", new { comment = "同意。" });
        Assert.True(approved.IsSuccessStatusCode, await approved.Content.ReadAsStringAsync());
        Assert.Equal(unitBefore, await InboxTotalAsync(unithead));
        Assert.Equal(deptBefore + 1, await InboxTotalAsync(deptreviewer));
    }

    private static async Task<int> TotalAsync(HttpClient client, string filter = "")
    {
        var page = await GetJsonAsync(client, "/api/reports?pageSize=1" + filter);
        return page.GetProperty("total").GetInt32();
    }

    private static async Task<int> InboxTotalAsync(HttpClient client)
    {
        var response = await client.GetAsync(new Uri("/api/inbox?pageSize=1", UriKind.Relative));
        response.EnsureSuccessStatusCode();
        return int.Parse(response.Headers.GetValues("X-Total-Count").Single(), System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>Saves a copy of a stored report through a context without the host's interceptors, as another host would.</summary>
    private async Task AddBehindTheHostsBackAsync(string title)
    {
        await using var db = new SqlitePerfEvalDbContext(new DbContextOptionsBuilder<SqlitePerfEvalDbContext>().UseSqlite(factory.ConnectionString).Options);
        var copy = await db.Reports.AsNoTracking().FirstAsync();
        copy.Id = Guid.NewGuid();
        copy.Title = title;
        db.Reports.Add(copy);
        await db.SaveChangesAsync();
    }
}
