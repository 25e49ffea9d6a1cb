using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

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

        var table = BulkTable.For<T>(Db);
        using var command = Command(
            $"INSERT INTO \"{table.Name}\" ({table.QuotedColumnList}) VALUES ({string.Join(", ", table.Columns.Select((_, i) => "$p" + i))})");
        var parameters = table.Columns.Select((_, i) => command.Parameters.Add(new SqliteParameter("$p" + i, null))).ToArray();
        command.Prepare();
        foreach (var row in rows)
        {
            cancellationToken.ThrowIfCancellationRequested();
            for (var i = 0; i < parameters.Length; i++)
            {
                parameters[i].Value = table.Columns[i].Read(row) ?? DBNull.Value;
            }

            command.ExecuteNonQuery();
        }

        return Task.CompletedTask;
    }

    private SqliteCommand Command(string sql)
    {
        var command = (SqliteCommand)Db.Database.GetDbConnection().CreateCommand();
        command.Transaction = (SqliteTransaction)Transaction.GetDbTransaction();
        command.CommandText = sql;
        return command;
    }
}
