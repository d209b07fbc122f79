using Microsoft.EntityFrameworkCore;
using PerfEval.Host.Data;

namespace PerfEval.Host.Tests.Data;

/// <summary>Each provider's migrations describe the model exactly: a change merged without its migration fails here, not at start-up.</summary>
public sealed class MigrationsTests
{
    [Fact]
    public void Sqlite_Migrations_MatchTheModel()
    {
        using var db = new SqlitePerfEvalDbContext(
            new DbContextOptionsBuilder<SqlitePerfEvalDbContext>().UseSqlite("Data Source=:memory:").Options);
        Assert.False(db.Database.HasPendingModelChanges(), "The SQLite model has changes without a migration (dotnet ef migrations add … --context SqlitePerfEvalDbContext).");
    }

    [Fact]
    public void PostgreSql_Migrations_MatchTheModel()
    {
        // No server is needed: the comparison reads the model and the snapshot only.
        using var db = new PostgreSqlPerfEvalDbContext(
            new DbContextOptionsBuilder<PostgreSqlPerfEvalDbContext>().UseNpgsql("Host=localhost;Database=unused").Options);
        Assert.False(db.Database.HasPendingModelChanges(), "The PostgreSQL model has changes without a migration (dotnet ef migrations add … --context PostgreSqlPerfEvalDbContext).");
    }
}
