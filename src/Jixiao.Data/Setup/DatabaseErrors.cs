using Microsoft.Data.Sqlite;
using Npgsql;

namespace Jixiao.Data.Setup;

/// <summary>Recognises the database errors a user can do something about, on either provider, so the web app can
/// answer them with a clear message instead of a server error.</summary>
public static class DatabaseErrors
{
    /// <summary>A unique index refused a row: the same record was written by another request at the same moment.</summary>
    public static bool IsUniqueViolation(Exception exception) => Causes(exception).Any(e => e switch
    {
        PostgresException p => p.SqlState == PostgresErrorCodes.UniqueViolation,
        // SQLITE_CONSTRAINT_UNIQUE and SQLITE_CONSTRAINT_PRIMARYKEY.
        SqliteException s => s.SqliteExtendedErrorCode is 2067 or 1555,
        _ => false,
    });

    /// <summary>The database was busy (SQLite's single writer held too long, a PostgreSQL deadlock or serialisation
    /// failure): retrying later succeeds.</summary>
    public static bool IsBusy(Exception exception) => Causes(exception).Any(e => e switch
    {
        PostgresException p => p.SqlState is PostgresErrorCodes.DeadlockDetected or PostgresErrorCodes.SerializationFailure or PostgresErrorCodes.LockNotAvailable,
        // SQLITE_BUSY and SQLITE_LOCKED.
        SqliteException s => s.SqliteErrorCode is 5 or 6,
        _ => false,
    });

    private static IEnumerable<Exception> Causes(Exception exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            yield return e;
        }
    }
}
