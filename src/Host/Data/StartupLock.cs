using Npgsql;

namespace PerfEval.Host.Data;

/// <summary>
/// Serialises start-up work (migrations, shipped definitions, demo data) between hosts that share one PostgreSQL
/// database, with a session-level advisory lock. SQLite is single-host by nature, so it needs none.
/// </summary>
internal sealed class DatabaseStartupLock(DatabaseSettings settings) : IStartupLock
{
    // Any constant works; it only has to be the same on every host of one installation.
    private const long LockKey = 0x5045_5246_4556_414C; // "PERFEVAL"

    public async Task<IAsyncDisposable> AcquireAsync(CancellationToken cancellationToken)
    {
        if (!settings.IsPostgreSql)
        {
            return NoLock.Instance;
        }

        // The lock lives in the maintenance database: the installation's own database may not exist yet
        // (the first host's migration creates it). The key includes the database name so installations sharing
        // one server don't wait on each other.
        var target = new NpgsqlConnectionStringBuilder(settings.ConnectionString);
        var key = LockKey ^ StableHash(target.Database ?? "");
        var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(settings.ConnectionString) { Database = "postgres" }.ConnectionString);
        await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (var command = new NpgsqlCommand($"SELECT pg_advisory_lock({key})", connection))
        {
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        return new Held(connection, key);
    }

    /// <summary>FNV-1a: the same on every host and process (string.GetHashCode is randomised per process).</summary>
    private static long StableHash(string text)
    {
        var hash = unchecked((long)0xcbf29ce484222325);
        foreach (var c in text)
        {
            hash = unchecked((hash ^ c) * 0x100000001b3);
        }

        return hash;
    }

    private sealed class Held(NpgsqlConnection connection, long key) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            await using (var command = new NpgsqlCommand($"SELECT pg_advisory_unlock({key})", connection))
            {
                await command.ExecuteNonQueryAsync().ConfigureAwait(false);
            }

            await connection.DisposeAsync().ConfigureAwait(false);
        }
    }

    private sealed class NoLock : IAsyncDisposable
    {
        public static readonly NoLock Instance = new();

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}
