using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using SQLitePCL;

namespace Jixiao.Data.Reading;

/// <summary>
/// Reads the rows of an EF query without EF's per-row materialisation: EF writes the SQL and its parameters, the rows
/// are read by ordinal (in the projection's column order) into whatever the caller builds. On SQLite the statement is
/// stepped through SQLite's own interface and repeated texts are decoded once; elsewhere a plain data reader. What the
/// stored review reads millions of rows with.
/// </summary>
public static class StoredRows
{
    public static async Task<List<T>> ReadAsync<T>(JixiaoDbContext db, IQueryable query, Func<StoredRow, T> map, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(map);
        var rows = new List<T>();
        await db.Database.OpenConnectionAsync(ct).ConfigureAwait(false);
        try
        {
            await using var command = query.CreateDbCommand();
            command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
            if (command is SqliteCommand sqlite)
            {
                ReadSqlite(sqlite, map, rows, ct);
                return rows;
            }

            await using var reader = await command.ExecuteReaderAsync(ct).ConfigureAwait(false);
            var row = new ReaderStoredRow(reader);
            while (await reader.ReadAsync(ct).ConfigureAwait(false))
            {
                rows.Add(map(row));
            }
        }
        finally
        {
            await db.Database.CloseConnectionAsync().ConfigureAwait(false);
        }

        return rows;
    }

    private static void ReadSqlite<T>(SqliteCommand command, Func<StoredRow, T> map, List<T> rows, CancellationToken ct)
    {
        var connection = command.Connection ?? throw new InvalidOperationException("The command has no connection.");
        Bulk.SqliteValues.Check(connection, raw.sqlite3_prepare_v2(connection.Handle, command.CommandText, out var statement));
        using (statement)
        {
            var texts = new Bulk.Utf8Scratch();
            foreach (SqliteParameter parameter in command.Parameters)
            {
                var name = parameter.ParameterName.StartsWith('@') || parameter.ParameterName.StartsWith('$') || parameter.ParameterName.StartsWith(':')
                    ? parameter.ParameterName
                    : "@" + parameter.ParameterName;
                var index = raw.sqlite3_bind_parameter_index(statement, name);
                if (index == 0)
                {
                    // Left unbound, the parameter would read as NULL and the query would quietly match nothing.
                    throw new InvalidOperationException($"Parameter {name} of the query is not in its SQL: {command.CommandText}");
                }

                Bulk.SqliteValues.Check(connection, Bulk.SqliteValues.Bind(statement, index, parameter.Value, texts));
            }

            var row = new SqliteStoredRow(statement);
            int step;
            while ((step = raw.sqlite3_step(statement)) == raw.SQLITE_ROW)
            {
                ct.ThrowIfCancellationRequested();
                rows.Add(map(row));
            }

            Bulk.SqliteValues.Check(connection, step);
        }
    }
}
