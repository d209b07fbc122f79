using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace PerfEval.Host.Data;

/// <summary>
/// Gives every SQLite connection a 16 MB page cache (SQLite's default is 2 MB). With 100 000 reports the indexes a list,
/// an inbox page or a reminder batch touches no longer fit 2 MB, and each statement went back to the operating system
/// for pages it had just read or written. Durability settings are left as they are.
/// </summary>
public sealed class SqlitePragmas : DbConnectionInterceptor
{
    private const string Pragmas = "PRAGMA cache_size = -16384;";

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        ArgumentNullException.ThrowIfNull(connection);
        using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(connection);
        await using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }
}
