using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PerfEval.Host.Data;
using PerfEval.Host.Tests.Infrastructure;

namespace PerfEval.Host.Tests.Security;

/// <summary>What the database holds, as stored (raw columns), to prove a refused request wrote nothing.</summary>
internal static class StoredState
{
    /// <summary>One report's stored form, version and stage, byte for byte.</summary>
    public static async Task<string> ReportAsync(PerfEvalFactory factory, Guid id)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PerfEvalDbContext>();
        return (await db.Database.SqlQuery<string>($"SELECT Content || '|' || Version || '|' || Stage AS Value FROM Reports WHERE Id = {id}").ToListAsync()).Single();
    }

    /// <summary>Every table a request may write, as stored: reports and rule-set versions whole, the others by their key facts.</summary>
    public static async Task<string> EverythingAsync(PerfEvalFactory factory)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PerfEvalDbContext>();
        var parts = new List<string>();
        foreach (var sql in new[]
        {
            "SELECT Id || Version || Stage || Content AS x FROM Reports ORDER BY Id",
            "SELECT RuleSetId || Version || Revision || Status || Json AS x FROM RuleSetVersions ORDER BY RuleSetId, Version",
            "SELECT Id || Status || Deadline || WarningDays || Name AS x FROM Rounds ORDER BY Id",
            "SELECT Id AS x FROM RoundTargets ORDER BY Id",
            "SELECT DefinitionId || Version || Status AS x FROM WorkflowDefinitions ORDER BY DefinitionId, Version",
            "SELECT ReportId || Seq AS x FROM ReportHistory ORDER BY ReportId, Seq",
            "SELECT Id AS x FROM RuleSetAudit ORDER BY Id",
            "SELECT Id || coalesce(ReadAtUtc, '') AS x FROM Reminders ORDER BY Id",
        })
        {
            var query = "SELECT coalesce(group_concat(x, char(10)), '') AS Value FROM (" + sql + ")"; // constant SQL, no input
            var rows = await db.Database.SqlQueryRaw<string>(query).ToListAsync();
            parts.Add(rows.Single());
        }

        return string.Join("\n----\n", parts);
    }

    /// <summary>How many reports are stored.</summary>
    public static async Task<int> ReportCountAsync(PerfEvalFactory factory)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PerfEvalDbContext>();
        return await db.Reports.CountAsync();
    }
}
