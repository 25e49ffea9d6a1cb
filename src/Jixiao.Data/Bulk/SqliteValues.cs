using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace Jixiao.Data.Bulk;

/// <summary>
/// Binds a value to a prepared SQLite statement the way Microsoft.Data.Sqlite binds a parameter of the same type, so
/// rows written in bulk read back exactly as rows saved through EF (the stored-review and import tests compare them
/// column by column). A type not listed here is refused rather than stored some other way.
/// </summary>
internal static class SqliteValues
{
    public static int Bind(sqlite3_stmt statement, int index, object? value, Utf8Scratch texts) => value switch
    {
        null or DBNull => raw.sqlite3_bind_null(statement, index),
        // An empty span would reach SQLite as a null pointer, i.e. NULL: empty texts and blobs are bound as such.
        "" => raw.sqlite3_bind_text(statement, index, string.Empty),
        string text => raw.sqlite3_bind_text(statement, index, texts.Encode(text)),
        bool flag => raw.sqlite3_bind_int64(statement, index, flag ? 1 : 0),
        int or long or short or byte or sbyte or ushort or uint => raw.sqlite3_bind_int64(statement, index, Convert.ToInt64(value, CultureInfo.InvariantCulture)),
        Enum => raw.sqlite3_bind_int64(statement, index, Convert.ToInt64(value, CultureInfo.InvariantCulture)),
        double number => raw.sqlite3_bind_double(statement, index, number),
        float number => raw.sqlite3_bind_double(statement, index, number),
        decimal number => raw.sqlite3_bind_text(statement, index, Encoding.UTF8.GetBytes(number.ToString(DecimalFormat, CultureInfo.InvariantCulture))),
        DateTime time => raw.sqlite3_bind_text(statement, index, Encoding.UTF8.GetBytes(time.ToString(DateTimeFormat, CultureInfo.InvariantCulture))),
        byte[] { Length: 0 } => raw.sqlite3_bind_zeroblob(statement, index, 0),
        byte[] bytes => raw.sqlite3_bind_blob(statement, index, bytes),
        _ => throw new NotSupportedException($"Bulk insert into SQLite: no binding for {value.GetType().Name}."),
    };

    /// <summary>As <see cref="Bind(sqlite3_stmt, int, object?, Utf8Scratch)"/>, for a value of a known type:
    /// numbers, flags and dates are bound without boxing, decimals and dates formatted as UTF-8 on the stack (the same
    /// text as the boxed path writes). The type tests are constants for a value type, so each column's code is only
    /// its own branch.</summary>
    public static int Bind<T>(sqlite3_stmt statement, int index, T value, Utf8Scratch texts)
    {
        if (typeof(T) == typeof(int))
        {
            return raw.sqlite3_bind_int64(statement, index, Unsafe.As<T, int>(ref value));
        }

        if (typeof(T) == typeof(long))
        {
            return raw.sqlite3_bind_int64(statement, index, Unsafe.As<T, long>(ref value));
        }

        if (typeof(T) == typeof(bool))
        {
            return raw.sqlite3_bind_int64(statement, index, Unsafe.As<T, bool>(ref value) ? 1 : 0);
        }

        if (typeof(T) == typeof(decimal))
        {
            Span<byte> utf8 = stackalloc byte[64];
            return Unsafe.As<T, decimal>(ref value).TryFormat(utf8, out var written, DecimalFormat, CultureInfo.InvariantCulture)
                ? raw.sqlite3_bind_text(statement, index, utf8[..written])
                : Bind(statement, index, (object?)value, texts);
        }

        if (typeof(T) == typeof(DateTime))
        {
            Span<byte> utf8 = stackalloc byte[64];
            return Unsafe.As<T, DateTime>(ref value).TryFormat(utf8, out var written, DateTimeFormat, CultureInfo.InvariantCulture)
                ? raw.sqlite3_bind_text(statement, index, utf8[..written])
                : Bind(statement, index, (object?)value, texts);
        }

        return Bind(statement, index, (object?)value, texts);
    }

    /// <summary>How Microsoft.Data.Sqlite writes a decimal and a date as text.</summary>
    private const string DecimalFormat = "0.0###########################";

    private const string DateTimeFormat = @"yyyy\-MM\-dd HH\:mm\:ss.FFFFFFF";

    /// <summary>Throws SQLite's own message for a result code that is not a success.</summary>
    public static void Check(SqliteConnection connection, int code)
    {
        if (code is not (raw.SQLITE_OK or raw.SQLITE_DONE or raw.SQLITE_ROW))
        {
            throw new SqliteException(raw.sqlite3_errmsg(connection.Handle).utf8_to_string(), code);
        }
    }
}
