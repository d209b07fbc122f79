using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using PerfEval.Host.Data;
using PerfEval.Host.Tests.Infrastructure;
using PerfEval.Host.Tests.Reports;
using PerfEval.Rules.Engine;

namespace PerfEval.Host.Tests.Scale;

/// <summary>
/// Start-up reads no reports: a new report is pinned and projected when it is saved, and rows stored before (bulk loads,
/// older versions) are pinned and projected by the background upkeep, in batches, without touching their version.
/// </summary>
public sealed class ReportUpkeepTests(PerfEvalFactory factory) : IClassFixture<PerfEvalFactory>
{
    [Fact]
    public async Task Create_NewReport_IsPinnedAndProjectedWhenSaved()
    {
        var preparer = await factory.ClientForAsync("preparer");
        var created = await (await preparer.PostJsonAsync("/api/reports", new { kind = "project", content = ReportSamples.Project("保存即固定流程") })).ReadNodeAsync();
        var id = created["summary"]!["id"]!.GetValue<Guid>();

        await using var scope = factory.Services.CreateAsyncScope();
        var report = await scope.ServiceProvider.GetRequiredService<PerfEvalDbContext>().Reports.AsNoTracking().SingleAsync(r => r.Id == id);

        Assert.Equal("project-approval", report.WorkflowDefinitionId);
        Assert.NotNull(report.WorkflowVersion);
        Assert.Equal(ScoringInput.Encode(report.Content), report.ScoringInput);
    }

    [Fact]
    public async Task Update_Form_RewritesTheProjection()
    {
        var preparer = await factory.ClientForAsync("preparer");
        var created = await (await preparer.PostJsonAsync("/api/reports", new { kind = "project", content = ReportSamples.Project("改表后重算投影") })).ReadNodeAsync();
        var id = created["summary"]!["id"]!.GetValue<Guid>();
        var changed = ReportSamples.Project("改表后重算投影");
        changed.Indicators[0].ActualValue = 900;

        (await preparer.PutJsonAsync($"/api/reports/{id}", new { version = 1, content = changed })).EnsureSuccessStatusCode();

        await using var scope = factory.Services.CreateAsyncScope();
        var report = await scope.ServiceProvider.GetRequiredService<PerfEvalDbContext>().Reports.AsNoTracking().SingleAsync(r => r.Id == id);
        Assert.Equal(ScoringInput.Encode(report.Content), report.ScoringInput);
        Assert.Equal(900m, ScoringInput.Read(report.ScoringInput!.AsSpan()).Indicators[0].ActualValue);
    }

    [Fact]
    public async Task Upkeep_RowsStoredBefore_ArePinnedAndProjectedWithoutNewVersions()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PerfEvalDbContext>();
        var before = await db.Reports.AsNoTracking().Select(r => new { r.Id, r.Version }).ToDictionaryAsync(r => r.Id, r => r.Version);
        await db.Reports.ExecuteUpdateAsync(s => s.SetProperty(r => r.WorkflowDefinitionId, (string?)null).SetProperty(r => r.WorkflowVersion, (int?)null)
            .SetProperty(r => r.ScoringInput, (byte[]?)null));
        var upkeep = factory.Services.GetServices<IHostedService>().OfType<ReportUpkeepService>().Single();

        var pinned = await upkeep.PinAllAsync(CancellationToken.None);
        var projected = await upkeep.ProjectAllAsync(CancellationToken.None);

        var after = await db.Reports.AsNoTracking().ToListAsync();
        Assert.Equal(before.Count, pinned);
        Assert.Equal(before.Count, projected);
        Assert.All(after, r =>
        {
            Assert.NotNull(r.WorkflowDefinitionId);
            Assert.NotNull(r.WorkflowVersion);
            Assert.Equal(ScoringInput.Encode(r.Content), r.ScoringInput);
            Assert.Equal(before[r.Id], r.Version);
        });
    }
}

/// <summary>On PostgreSQL the upkeep leaves the reports table vacuumed, so the list's count is index-only again.</summary>
public sealed class ReportUpkeepPostgresTests(PostgresFactory factory) : IClassFixture<PostgresFactory>
{
    [SkippableFact]
    public async Task RefreshStatistics_OnPostgres_ReportsTableVacuumedAndAnalysed()
    {
        ProviderSkip.IfUnavailable(factory);
        var upkeep = factory.Services.GetServices<IHostedService>().OfType<ReportUpkeepService>().Single();
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PerfEvalDbContext>();
        var before = await VacuumCountAsync(db);

        await upkeep.RefreshStatisticsAsync(CancellationToken.None);

        // The statistics view is updated by the server shortly after the command: poll briefly.
        var after = before;
        for (var i = 0; i < 50 && after == before; i++)
        {
            await Task.Delay(100);
            after = await VacuumCountAsync(db);
        }

        Assert.True(after > before, $"vacuum_count of \"Reports\" stayed {before}");
    }

    private static Task<long> VacuumCountAsync(PerfEvalDbContext db) =>
        db.Database.SqlQueryRaw<long>("SELECT vacuum_count AS \"Value\" FROM pg_stat_user_tables WHERE relname = 'Reports'").SingleAsync();
}
