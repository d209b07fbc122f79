using System.Collections.Concurrent;
using System.Data;
using System.Data.Common;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using PerfEval.Host.Data;
using PerfEval.Host.Tests.Infrastructure;

namespace PerfEval.Host.Tests.Scale;

/// <summary>
/// The inbox's page query, as the handler sends it, is read from the (stage, entry time, id) indexes in order and stops at
/// the page's end: no sort of every waiting report (a finance reviewer waits on twelve thousand of a province's). The plan
/// is asked of the database itself — SQLite's <c>EXPLAIN QUERY PLAN</c>, PostgreSQL's <c>EXPLAIN</c> with sequential scans
/// off, since a test database is too small for the planner to prefer an index on its own.
/// </summary>
public abstract class InboxQueryPlanTests<TFactory>(TFactory factory) : IClassFixture<TFactory>
    where TFactory : PerfEvalFactory, InboxQueryPlanTests<TFactory>.ICapturing
{
    /// <summary>A factory whose database commands are captured.</summary>
    public interface ICapturing
    {
        CommandCapture Commands { get; }
    }

    [SkippableTheory]
    [InlineData("financereviewer")]
    [InlineData("preparer")]
    public async Task Inbox_PageQuery_ReadFromAnIndexInOrder(string user)
    {
        ProviderSkip.IfUnavailable(factory);
        var client = await factory.ClientForAsync(user);
        factory.Commands.Clear();

        (await client.GetAsync(new Uri("/api/inbox?pageSize=50", UriKind.Relative))).EnsureSuccessStatusCode();

        var page = Assert.Single(factory.Commands.Seen, c => c.Sql.Contains("\"StageEnteredAtUtc\"", StringComparison.Ordinal)
            && !c.Sql.Contains("COUNT(", StringComparison.OrdinalIgnoreCase));
        var plan = await PlanAsync(page);
        Assert.Contains("IX_Reports_", plan, StringComparison.Ordinal);
        if (factory.Provider == "PostgreSql")
        {
            Assert.DoesNotContain("Sort", plan, StringComparison.Ordinal);
        }
        else
        {
            Assert.DoesNotContain("TEMP B-TREE", plan, StringComparison.Ordinal);
        }
    }

    private async Task<string> PlanAsync(CapturedCommand captured)
    {
        using var scope = factory.Services.CreateScope();
        var connection = scope.ServiceProvider.GetRequiredService<PerfEvalDbContext>().Database.GetDbConnection();
        await connection.OpenAsync();
        var postgres = factory.Provider == "PostgreSql";
        if (postgres)
        {
            await using var off = connection.CreateCommand();
            off.CommandText = "SET enable_seqscan = off";
            await off.ExecuteNonQueryAsync();
        }

        await using var explain = connection.CreateCommand();
        explain.CommandText = (postgres ? "EXPLAIN " : "EXPLAIN QUERY PLAN ") + captured.Sql;
        foreach (var (name, value, type) in captured.Parameters)
        {
            var parameter = explain.CreateParameter();
            parameter.ParameterName = name;
            parameter.Value = value ?? DBNull.Value;
            if (type != DbType.Object)
            {
                parameter.DbType = type;
            }

            explain.Parameters.Add(parameter);
        }

        var lines = new List<string>();
        await using var reader = await explain.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            lines.Add(reader.GetValue(reader.FieldCount - 1)?.ToString() ?? "");
        }

        return string.Join('\n', lines);
    }
}

/// <summary>A command as sent: its text and parameters.</summary>
public sealed record CapturedCommand(string Sql, IReadOnlyList<(string Name, object? Value, DbType Type)> Parameters);

/// <summary>Records every query the host's contexts send.</summary>
public sealed class CommandCapture : DbCommandInterceptor
{
    private readonly ConcurrentQueue<CapturedCommand> _seen = new();

    public IReadOnlyCollection<CapturedCommand> Seen => _seen;

    public void Clear() => _seen.Clear();

    public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
    {
        Record(command);
        return result;
    }

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        Record(command);
        return ValueTask.FromResult(result);
    }

    private void Record(DbCommand command) => _seen.Enqueue(new(
        command.CommandText, [.. command.Parameters.Cast<DbParameter>().Select(p => (p.ParameterName, p.Value is DBNull ? null : p.Value, p.DbType))]));
}

public sealed class CapturingSqliteFactory : PerfEvalFactory, InboxQueryPlanTests<CapturingSqliteFactory>.ICapturing
{
    public CommandCapture Commands { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(s => s.ConfigureDbContext<SqlitePerfEvalDbContext>(o => o.AddInterceptors(Commands)));
    }
}

public sealed class CapturingPostgresFactory : PostgresFactory, InboxQueryPlanTests<CapturingPostgresFactory>.ICapturing
{
    public CommandCapture Commands { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(s => s.ConfigureDbContext<PostgreSqlPerfEvalDbContext>(o => o.AddInterceptors(Commands)));
    }
}

public sealed class InboxQueryPlanSqliteTests(CapturingSqliteFactory factory) : InboxQueryPlanTests<CapturingSqliteFactory>(factory);

public sealed class InboxQueryPlanPostgresTests(CapturingPostgresFactory factory) : InboxQueryPlanTests<CapturingPostgresFactory>(factory);
