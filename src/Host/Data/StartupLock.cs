using Npgsql;
using PerfEval.Host.Infrastructure;

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

        var connection = new NpgsqlConnection(settings.ConnectionString);
        await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (var command = new NpgsqlCommand($"SELECT pg_advisory_lock({LockKey})", connection))
        {
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        return new Held(connection);
    }

    private sealed class Held(NpgsqlConnection connection) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            await using (var command = new NpgsqlCommand($"SELECT pg_advisory_unlock({LockKey})", connection))
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
