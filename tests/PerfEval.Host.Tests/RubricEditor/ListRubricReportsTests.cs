using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PerfEval.Host.Data;
using PerfEval.Host.Domain;
using PerfEval.Host.Features.RubricEditor;
using PerfEval.Host.Identity;
using PerfEval.Host.Tests.Infrastructure;
using PerfEval.Rules.Model;

namespace PerfEval.Host.Tests.RubricEditor;

/// <summary>The reports the editor's impact analysis scores, with their round's weights.</summary>
public sealed class ListRubricReportsTests : IDisposable
{
    private readonly PerfEvalFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task List_RubricCWithWeightedRound_SubjectsCarryTheRoundWeights()
    {
        var reports = await ListAsync("rubric-c-self-evaluation");

        Assert.True(reports.PinnedRounds);
        var weighted = reports.Subjects.Where(s => s.Options is not null).ToList();
        Assert.Equal(3, weighted.Count); // the three seeds of the historical round (40,10,40,10)
        Assert.All(weighted, s => Assert.Equal([40m, 10m, 40m, 10m], s.Options!.Level1Weights!));
        Assert.Contains(weighted, s => s.Title.Contains("公共网络平台运行经费", StringComparison.Ordinal));
        Assert.Contains(reports.Subjects, s => s.Options is null); // the open round sets no weights
    }

    [Fact]
    public async Task List_RubricNoRoundUses_WhatIfWithoutWeights()
    {
        var reports = await ListAsync("rubric-a-project");

        Assert.False(reports.PinnedRounds);
        Assert.NotEmpty(reports.Subjects);
        Assert.All(reports.Subjects, s => Assert.Null(s.Options));
    }

    private async Task<RubricReports> ListAsync(string rubricId)
    {
        await using var scope = _factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PerfEvalDbContext>();
        var fin = await db.Organisations.SingleAsync(o => o.Code == "FIN");
        var admin = new UserContext("u-admin", "financeadmin", "陈管理", Roles.FinanceAdmin, fin.Id, fin.Code, fin.Name);
        return await scope.ServiceProvider.GetRequiredService<IMediator>().Send(new ListRubricReports(admin, rubricId, ReportKind.Project));
    }
}
