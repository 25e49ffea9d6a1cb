using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Jixiao.Data.Import;

/// <summary>Binary COPY for rows, the identity sequence for keys (safe with several writers).</summary>
internal sealed class PostgresBulkInserter(JixiaoDbContext db) : BulkInserter(db)
{
    public override async Task<IReadOnlyList<long>> ReserveIdsAsync<T>(int count, CancellationToken cancellationToken)
    {
        var table = BulkTable.For<T>(Db).Name;
        var connection = (NpgsqlConnection)Db.Database.GetDbConnection();
        await using var command = new NpgsqlCommand($"SELECT nextval(pg_get_serial_sequence('\"{table}\"', 'Id')) FROM generate_series(1, @n)", connection);
        command.Parameters.AddWithValue("n", count);
        var ids = new List<long>(count);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            ids.Add(reader.GetInt64(0));
        }

        return ids;
    }

    public override async Task InsertAsync<T>(IReadOnlyCollection<T> rows, CancellationToken cancellationToken)
    {
        if (rows.Count == 0)
        {
            return;
        }

        _ = Transaction;
        var table = BulkTable.For<T>(Db);
        var connection = (NpgsqlConnection)Db.Database.GetDbConnection();
        await using var importer = await connection.BeginBinaryImportAsync(
            $"COPY \"{table.Name}\" ({table.QuotedColumnList}) FROM STDIN (FORMAT BINARY)", cancellationToken).ConfigureAwait(false);
        foreach (var row in rows)
        {
            await importer.StartRowAsync(cancellationToken).ConfigureAwait(false);
            foreach (var column in table.Columns)
            {
                if (column.Read(row) is { } value)
                {
                    await importer.WriteAsync(value, column.StoreType, cancellationToken).ConfigureAwait(false);
                }
                else
                {
                    await importer.WriteNullAsync(cancellationToken).ConfigureAwait(false);
                }
            }
        }

        await importer.CompleteAsync(cancellationToken).ConfigureAwait(false);
    }
}
