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
        // looks every parameter up by name and allocates every text's conversion on every row, which was most of the
        // time of writing a region's review findings. Values are bound as Microsoft.Data.Sqlite binds them
        // (SqliteValues), texts converted to UTF-8 in one reused buffer (Utf8Scratch). Rows go in groups of
        // RowsPerStatement per INSERT (multi-row VALUES): one step and reset, and one pass of SQLite's statement
        // machinery, per group instead of per row.
        var table = BulkTable.For<T>(Db);
        _ = Transaction; // inside the import's transaction only: the statement runs in it, on its connection
        var connection = (SqliteConnection)Db.Database.GetDbConnection();
        var texts = new Utf8Scratch();
        var group = Math.Max(1, Math.Min(RowsPerStatement, MaxParameters / table.Columns.Count));
        var rest = rows.Count % group;
        using (var enumerator = rows.GetEnumerator())
        {
            Write(connection, table, enumerator, rows.Count / group, group, texts, cancellationToken);
            Write(connection, table, enumerator, rest == 0 ? 0 : 1, rest, texts, cancellationToken);
        }

        return Task.CompletedTask;
    }

    /// <summary>Rows bound per INSERT: more saves little once the per-statement cost is spread, and keeps the
    /// statement's text and SQLite's parse of it small.</summary>
    private const int RowsPerStatement = 64;

    /// <summary>SQLite's default limit on parameters per statement (SQLITE_MAX_VARIABLE_NUMBER since 3.32).</summary>
    private const int MaxParameters = 32766;

    /// <summary>Writes <paramref name="statements"/> × <paramref name="group"/> rows of <paramref name="rows"/>, each group
    /// by one execution of an INSERT with that many rows of VALUES.</summary>
    private static void Write<T>(SqliteConnection connection, BulkTable table, IEnumerator<T> rows, int statements, int group, Utf8Scratch texts,
        CancellationToken cancellationToken)
    {
        if (statements == 0)
        {
            return;
        }

        var values = "(" + string.Join(", ", table.Columns.Select(_ => "?")) + ")";
        var sql = $"INSERT INTO \"{table.Name}\" ({table.QuotedColumnList}) VALUES {string.Join(", ", Enumerable.Repeat(values, group))}";
        SqliteValues.Check(connection, raw.sqlite3_prepare_v2(connection.Handle, sql, out var statement));
        using (statement)
        {
            for (var s = 0; s < statements; s++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var index = 1;
                for (var r = 0; r < group; r++)
                {
                    if (!rows.MoveNext())
                    {
                        throw new InvalidOperationException("Bulk insert into SQLite: fewer rows than counted.");
                    }

                    var row = rows.Current!;
                    for (var i = 0; i < table.Columns.Count; i++)
                    {
                        SqliteValues.Check(connection, table.Columns[i].Bind(statement, index++, row, texts));
                    }
                }

                var step = raw.sqlite3_step(statement);
                if (step != raw.SQLITE_DONE)
                {
                    SqliteValues.Check(connection, step);
                }

                SqliteValues.Check(connection, raw.sqlite3_reset(statement));
            }
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
