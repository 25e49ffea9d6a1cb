using Microsoft.EntityFrameworkCore;
using Npgsql;
using NpgsqlTypes;

namespace Jixiao.Data.Bulk;

/// <summary>Binary COPY for rows, the identity sequence for keys (safe with several writers).</summary>
internal sealed class PostgresBulkInserter(JixiaoDbContext db) : BulkInserter(db)
{
    public override async Task<IReadOnlyList<long>> ReserveIdsAsync<T>(int count, CancellationToken cancellationToken)
    {
        var table = BulkTable.For<T>(Db).Name;
        var connection = (NpgsqlConnection)Db.Database.GetDbConnection();
        // The sequence is looked up once (OFFSET 0 keeps the sub-query from being folded into the select list, where
        // the catalog lookup ran once per key: 2–3× the time of the keys themselves for a write's 3,000 findings).
        await using var command = new NpgsqlCommand(
            $"SELECT nextval(s.seq) FROM (SELECT pg_get_serial_sequence('\"{table}\"', 'Id')::regclass AS seq OFFSET 0) AS s CROSS JOIN generate_series(1, @n)",
            connection);
        command.Parameters.AddWithValue("n", count);
        var ids = new List<long>(count);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            ids.Add(reader.GetInt64(0));
        }

        return ids;
    }

    protected override async Task WriteAsync<T>(IReadOnlyCollection<T> rows, CancellationToken cancellationToken)
    {
        if (rows.Count == 0)
        {
            return;
        }

        _ = Transaction;
        var table = BulkTable.For<T>(Db);
        var connection = (NpgsqlConnection)Db.Database.GetDbConnection();
        var types = table.Columns.Select(c => DbType(c.StoreType)).ToArray();
        await using var importer = await connection.BeginBinaryImportAsync(
            $"COPY \"{table.Name}\" ({table.QuotedColumnList}) FROM STDIN (FORMAT BINARY)", cancellationToken).ConfigureAwait(false);

        // Synchronous writes: the importer buffers and only touches the socket when its buffer fills, so an await
        // per value would cost more than the I/O it hides.
        foreach (var row in rows)
        {
            importer.StartRow();
            for (var i = 0; i < types.Length; i++)
            {
                table.Columns[i].Write(importer, row, types[i]);
            }
        }

        await importer.CompleteAsync(cancellationToken).ConfigureAwait(false);
    }

    private static NpgsqlDbType DbType(string storeType) => storeType switch
    {
        "character varying" => NpgsqlDbType.Varchar,
        "text" => NpgsqlDbType.Text,
        "integer" => NpgsqlDbType.Integer,
        "bigint" => NpgsqlDbType.Bigint,
        "numeric" => NpgsqlDbType.Numeric,
        "boolean" => NpgsqlDbType.Boolean,
        "timestamp with time zone" => NpgsqlDbType.TimestampTz,
        "bytea" => NpgsqlDbType.Bytea,
        _ => throw new NotSupportedException($"Bulk insert does not handle the column type {storeType}."),
    };
}
