using Microsoft.Data.Sqlite;
using Npgsql;

namespace PerfEval.Host.Data;

/// <summary>Recognises a unique-key violation on both providers (the "someone else inserted it first" signal).</summary>
public static class DbErrors
{
    private const int SqliteConstraint = 19;
    private const int SqliteConstraintUnique = 2067;
    private const int SqliteConstraintPrimaryKey = 1555;

    public static bool IsUniqueViolation(this DbUpdateException exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        return exception.InnerException switch
        {
            // SQLITE_CONSTRAINT (19); the extended code tells UNIQUE/PRIMARY KEY apart from a foreign-key failure.
            SqliteException s => s.SqliteErrorCode == SqliteConstraint
                && s.SqliteExtendedErrorCode is SqliteConstraintUnique or SqliteConstraintPrimaryKey or SqliteConstraint,
            PostgresException p => p.SqlState == PostgresErrorCodes.UniqueViolation,
            _ => false,
        };
    }
}
