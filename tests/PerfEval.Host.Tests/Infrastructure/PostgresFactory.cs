using Npgsql;

namespace PerfEval.Host.Tests.Infrastructure;

/// <summary>
/// The real host on a fresh PostgreSQL database (created here, dropped on dispose) on the server named by
/// <c>PERFEVAL_TEST_POSTGRES</c>, which <c>test.sh</c> starts and exports.
/// </summary>
public class PostgresFactory : PerfEvalFactory
{
    public const string EnvironmentVariable = "PERFEVAL_TEST_POSTGRES";

    private readonly string _database;
    private readonly string _admin;

    public PostgresFactory() : this(NewDatabaseName())
    {
    }

    private PostgresFactory(string database) : base("PostgreSql", ConnectionFor(database))
    {
        _database = database;
        _admin = AdminConnectionString ?? "";
        if (!IsAvailable)
        {
            return; // every test using this factory skips itself with SkipReason
        }

        using var connection = new NpgsqlConnection(_admin);
        connection.Open();
        using var create = new NpgsqlCommand($"CREATE DATABASE \"{_database}\"", connection);
        create.ExecuteNonQuery();
    }

    public static string? AdminConnectionString => Environment.GetEnvironmentVariable(EnvironmentVariable) is { Length: > 0 } s ? s : null;

    private static string NewDatabaseName() => $"perfeval_test_{Guid.NewGuid():N}";

    public static bool IsAvailable => AdminConnectionString is not null;

    private static string ConnectionFor(string database) =>
        IsAvailable ? new NpgsqlConnectionStringBuilder(AdminConnectionString) { Database = database }.ConnectionString : "";

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (!disposing || !IsAvailable)
        {
            return;
        }

        DropDatabase(_admin, _database);
    }

    /// <summary>
    /// Drops a test database and every connection to it. Without <c>pg_signal_backend</c> (a server not set up by
    /// scripts/postgres.sh) an autovacuum worker in the database makes <c>WITH (FORCE)</c> fail: retried until it is gone.
    /// </summary>
    internal static void DropDatabase(string adminConnectionString, string database)
    {
        NpgsqlConnection.ClearAllPools();
        using var connection = new NpgsqlConnection(adminConnectionString);
        connection.Open();
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{database}\" WITH (FORCE)", connection);
                drop.ExecuteNonQuery();
                return;
            }
            catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.InsufficientPrivilege && attempt < 20)
            {
                Thread.Sleep(500);
            }
        }
    }
}

/// <summary>Skips (never silently passes) a provider test when its database is not available.</summary>
public static class ProviderSkip
{
    public const string SkipReason =
        "PostgreSQL not available: set PERFEVAL_TEST_POSTGRES to an admin connection string (./test.sh installs and starts a local server and sets it).";

    public static void IfUnavailable(PerfEvalFactory factory)
    {
        ArgumentNullException.ThrowIfNull(factory);
        Skip.If(factory.Provider == "PostgreSql" && !PostgresFactory.IsAvailable, SkipReason);
    }
}
