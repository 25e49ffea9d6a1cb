using System.Globalization;
using System.Text;
using SQLitePCL;

namespace Jixiao.Data.Reading;

/// <summary>A row of a statement stepped through SQLite's own interface. Texts are decoded from the statement's UTF-8
/// once per distinct value of the query (<see cref="Utf8Strings"/>): the columns a review reads repeat their values
/// (指标 levels, names, targets, bases) across thousands of rows, and each repeat then costs a lookup, not a string.</summary>
internal sealed class SqliteStoredRow(sqlite3_stmt statement) : StoredRow
{
    private readonly Utf8Strings strings = new();

    public override bool IsNull(int ordinal) => raw.sqlite3_column_type(statement, ordinal) == raw.SQLITE_NULL;

    public override long GetInt64(int ordinal) => raw.sqlite3_column_int64(statement, ordinal);

    public override int GetInt32(int ordinal) => raw.sqlite3_column_int(statement, ordinal);

    /// <remarks>SQLite gives no bytes for NULL as for "": only then is the type asked, and NULL refused as the data
    /// reader refuses it, rather than read as an empty text.</remarks>
    public override string GetString(int ordinal)
    {
        var utf8 = raw.sqlite3_column_blob(statement, ordinal);
        return utf8.IsEmpty && IsNull(ordinal)
            ? throw new InvalidCastException($"Column {ordinal} is NULL: read it with IsNull first.")
            : strings.Get(utf8);
    }

    /// <summary>As Microsoft.Data.Sqlite reads a decimal: EF stores it as text.</summary>
    public override decimal GetDecimal(int ordinal) => raw.sqlite3_column_type(statement, ordinal) switch
    {
        raw.SQLITE_INTEGER => raw.sqlite3_column_int64(statement, ordinal),
        raw.SQLITE_FLOAT => (decimal)raw.sqlite3_column_double(statement, ordinal),
        _ => decimal.Parse(Encoding.UTF8.GetString(raw.sqlite3_column_blob(statement, ordinal)), NumberStyles.Number | NumberStyles.AllowExponent,
            CultureInfo.InvariantCulture),
    };
}
