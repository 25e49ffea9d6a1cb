using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using SQLitePCL;

namespace Jixiao.Data.Bulk;

/// <summary>One prepared INSERT per table, executed per row inside the transaction (SQLite has no COPY, and a
/// prepared statement in one transaction is its fastest path). Keys continue after the highest ever used, which is
/// safe because the import transaction holds SQLite's single write lock.</summary>
internal sealed class SqliteBulkInserter(JixiaoDbContext db) : BulkInserter(db)
{
    public override async Task<IReadOnlyList<long>> ReserveIdsAsync<T>(int count, CancellationToken cancellationToken)
    {
        var table = BulkTable.For<T>(Db).Name;
        await using var command = Command(
            $"SELECT MAX(COALESCE((SELECT seq FROM sqlite_sequence WHERE name = '{table}'), 0), COALESCE((SELECT MAX(\"Id\") FROM \"{table}\"), 0))");
        var last = Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), System.Globalization.CultureInfo.InvariantCulture);
        return [.. Enumerable.Range(1, count).Select(i => last + i)];
    }

    protected override Task WriteAsync<T>(IReadOnlyCollection<T> rows, CancellationToken cancellationToken)
    {
        if (rows.Count == 0)
        {
            return Task.CompletedTask;
        }

        // The statement is prepared and bound through SQLite's own interface, by position: Microsoft.Data.Sqlite
        // looks every parameter up by name and converts every text on every row, which was most of the time of
        // writing a region's review findings. Values are bound as Microsoft.Data.Sqlite binds them (SqliteValues),
        // and texts that repeat (rule, field, advice, source) are converted to UTF-8 once.
        var table = BulkTable.For<T>(Db);
        _ = Transaction; // inside the import's transaction only: the statement runs in it, on its connection
        var connection = (SqliteConnection)Db.Database.GetDbConnection();
        var sql = $"INSERT INTO \"{table.Name}\" ({table.QuotedColumnList}) VALUES ({string.Join(", ", table.Columns.Select(_ => "?"))})";
        Check(connection, raw.sqlite3_prepare_v2(connection.Handle, sql, out var statement));
        using (statement)
        {
            var texts = new Dictionary<string, byte[]>(StringComparer.Ordinal);
            foreach (var row in rows)
            {
                cancellationToken.ThrowIfCancellationRequested();
                for (var i = 0; i < table.Columns.Count; i++)
                {
                    Check(connection, SqliteValues.Bind(statement, i + 1, table.Columns[i].Read(row), texts));
                }

                var step = raw.sqlite3_step(statement);
                if (step != raw.SQLITE_DONE)
                {
                    Check(connection, step);
                }

                Check(connection, raw.sqlite3_reset(statement));
            }
        }

        return Task.CompletedTask;
    }

    private static void Check(SqliteConnection connection, int code)
    {
        if (code is not (raw.SQLITE_OK or raw.SQLITE_DONE or raw.SQLITE_ROW))
        {
            throw new SqliteException(raw.sqlite3_errmsg(connection.Handle).utf8_to_string(), code);
        }
    }

    private SqliteCommand Command(string sql)
    {
        var command = (SqliteCommand)Db.Database.GetDbConnection().CreateCommand();
        command.Transaction = (SqliteTransaction)Transaction.GetDbTransaction();
        command.CommandText = sql;
        return command;
    }
}
