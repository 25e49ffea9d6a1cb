using System.Data.Common;

namespace Jixiao.Data.Reading;

/// <summary>A row of a provider's data reader (PostgreSQL).</summary>
internal sealed class ReaderStoredRow(DbDataReader reader) : StoredRow
{
    public override bool IsNull(int ordinal) => reader.IsDBNull(ordinal);

    public override long GetInt64(int ordinal) => reader.GetInt64(ordinal);

    public override int GetInt32(int ordinal) => reader.GetInt32(ordinal);

    public override string GetString(int ordinal) => reader.GetString(ordinal);

    public override decimal GetDecimal(int ordinal) => reader.GetDecimal(ordinal);
}
