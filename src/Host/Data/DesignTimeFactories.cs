using Microsoft.EntityFrameworkCore.Design;

namespace PerfEval.Host.Data;

/// <summary>Lets <c>dotnet ef</c> build the SQLite context without starting the host.</summary>
internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqlitePerfEvalDbContext>
{
    public SqlitePerfEvalDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqlitePerfEvalDbContext>().UseSqlite("Data Source=design.db").Options);
}

/// <summary>Lets <c>dotnet ef</c> build the PostgreSQL context without a server.</summary>
internal sealed class PostgreSqlDesignTimeFactory : IDesignTimeDbContextFactory<PostgreSqlPerfEvalDbContext>
{
    public PostgreSqlPerfEvalDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgreSqlPerfEvalDbContext>().UseNpgsql("Host=localhost;Database=perfeval_design").Options);
}
