namespace Jixiao.Data.Reading;

/// <summary>The current row of a query read by <see cref="StoredRows"/>, by column ordinal in the query's projection
/// order: the same reading code for SQLite's own statement and for a data reader (PostgreSQL).</summary>
public abstract class StoredRow
{
    public abstract bool IsNull(int ordinal);

    public abstract long GetInt64(int ordinal);

    public abstract int GetInt32(int ordinal);

    public abstract string GetString(int ordinal);

    public abstract decimal GetDecimal(int ordinal);

    public decimal? GetDecimalOrNull(int ordinal) => IsNull(ordinal) ? null : GetDecimal(ordinal);
}
