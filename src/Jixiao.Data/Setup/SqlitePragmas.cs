using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Jixiao.Data.Setup;

/// <summary>
/// Per-connection SQLite settings: WAL lets the web app read while an import writes, and synchronous=NORMAL is
/// safe under WAL (a power cut may lose the last commit, never corrupt the file) and makes each per-document
/// transaction cheap.
/// </summary>
internal sealed class SqlitePragmas : DbConnectionInterceptor
{
    public static SqlitePragmas Instance { get; } = new();

    private const string Sql = "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;";

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Run(connection);

    public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Run(connection);
        return Task.CompletedTask;
    }

    private static void Run(DbConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = Sql;
        command.ExecuteNonQuery();
    }
}
