using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using PerfEval.Host.Tests.Infrastructure;
using static PerfEval.Host.Tests.WorkflowTestHelpers;

namespace PerfEval.Host.Tests;

/// <summary>Many approvals of one report at once, on every provider.</summary>
public abstract class WorkflowConcurrencyTests<TFactory>(TFactory factory) : IClassFixture<TFactory>
    where TFactory : PerfEvalFactory
{
    private const int Parallel = 24;

    [SkippableFact]
    public async Task Approve_ManyAtOnce_ExactlyOneWinsOthers409_OneHistoryRow()
    {
        ProviderSkip.IfUnavailable(factory);
        var id = await CreateProjectReportAsync(factory);
        await DriveToAsync(factory, id, "UnitSignOff");
        var version = await VersionOfAsync(factory, id);
        var clients = new List<HttpClient>();
        for (var i = 0; i < Parallel; i++)
        {
            clients.Add(await factory.ClientForAsync("unithead"));
        }

        using var start = new SemaphoreSlim(0);
        var tasks = clients.Select(async (c, i) =>
        {
            await start.WaitAsync();
            return await FireAsync(c, id, "approve", new { comment = $"同意（{i}）", version });
        }).ToList();
        start.Release(Parallel);
        var responses = await Task.WhenAll(tasks);

        var codes = responses.Select(r => r.StatusCode).ToList();
        Assert.Equal(1, codes.Count(c => c == HttpStatusCode.OK));
        Assert.Equal(Parallel - 1, codes.Count(c => c == HttpStatusCode.Conflict));
        var history = await GetJsonAsync(clients[0], $"/api/reports/{id}/history");
        var approvals = history.EnumerateArray().Where(h => h.GetProperty("action").GetString() == "approve").ToList();
        Assert.Single(approvals);
        Assert.Equal(new[] { 1, 2 }, history.EnumerateArray().Select(h => h.GetProperty("seq").GetInt32()));
        var report = await GetJsonAsync(clients[0], $"/api/reports/{id}");
        Assert.Equal("DepartmentApproval", report.GetProperty("summary").GetProperty("stage").GetString());
        Assert.Equal(version + 1, report.GetProperty("summary").GetProperty("version").GetInt32());
        var winner = await responses.Single(r => r.IsSuccessStatusCode).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(2, winner.GetProperty("historySeq").GetInt32());
        Assert.Equal(approvals[0].GetProperty("comment").GetString(), report.GetProperty("content").GetProperty("signOffs").GetProperty("unit").GetProperty("opinion").GetString());
    }
}

/// <summary>On a SQLite file (writers wait on the busy timeout; the in-memory shared cache would fail on table locks).</summary>
public sealed class WorkflowConcurrencySqliteTests(PerfEvalFactory.WithFileDatabase factory) : WorkflowConcurrencyTests<PerfEvalFactory.WithFileDatabase>(factory);

public sealed class WorkflowConcurrencyPostgresTests(PostgresFactory factory) : WorkflowConcurrencyTests<PostgresFactory>(factory);
