using System.Buffers;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Jixiao.Domain.Workflow.Audit;

/// <summary>
/// The hash chain over the audit log (format in docs/workflow.md): each entry's hash is SHA-256 over a canonical
/// serialisation of its fields and the previous entry's hash, so altering, deleting or reordering an entry breaks
/// the chain from that entry on.
/// </summary>
public static class AuditChain
{
    /// <summary>The previous hash of entry 1.</summary>
    public static readonly string Genesis = new('0', 64);

    public const string FormatVersion = "jixiao-audit-v1";

    /// <summary>Seals <paramref name="draft"/> as the entry after <paramref name="last"/> (null for the first entry
    /// of the log): next sequence number, time normalised to UTC microseconds, previous hash and hash.</summary>
    public static AuditLogEntry Append(AuditLogEntry? last, AuditLogEntry draft)
    {
        var entry = draft with
        {
            Sequence = (last?.Sequence ?? 0) + 1,
            At = Normalize(draft.At),
            PreviousHash = last?.Hash ?? Genesis,
        };
        return entry with { Hash = ComputeHash(entry, entry.PreviousHash) };
    }

    /// <summary>Seals several drafts in order after <paramref name="last"/> (one save, several changed fields).</summary>
    public static IReadOnlyList<AuditLogEntry> AppendAll(AuditLogEntry? last, IEnumerable<AuditLogEntry> drafts)
    {
        var sealedEntries = new List<AuditLogEntry>();
        foreach (var draft in drafts)
        {
            last = Append(last, draft);
            sealedEntries.Add(last);
        }

        return sealedEntries;
    }

    /// <summary>UTC, truncated to whole microseconds: the precision both databases store.</summary>
    public static DateTimeOffset Normalize(DateTimeOffset at)
    {
        var utc = at.ToUniversalTime();
        return new DateTimeOffset(utc.Ticks - (utc.Ticks % 10), TimeSpan.Zero);
    }

    /// <summary>"2026-11-26T12:03:05.123456Z": UTC, exactly six fractional digits.</summary>
    public static string FormatTime(DateTimeOffset at) =>
        Normalize(at).UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'", CultureInfo.InvariantCulture);

    public static string ComputeHash(AuditLogEntry entry, string previousHash)
    {
        // Hashing runs once per entry when the integrity page checks the whole log: encode into a rented buffer.
        var canonical = Canonical(entry, previousHash);
        var buffer = ArrayPool<byte>.Shared.Rent(Encoding.UTF8.GetMaxByteCount(canonical.Length));
        try
        {
            var length = Encoding.UTF8.GetBytes(canonical, buffer);
            Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
            SHA256.HashData(buffer.AsSpan(0, length), hash);
            return Convert.ToHexStringLower(hash);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>
    /// One line per field in a fixed order, each text as its UTF-8 byte length and the text, so no value can be
    /// made to look like a field boundary:
    /// <code>
    /// jixiao-audit-v1
    /// sequence=12
    /// at=2026-11-26T12:03:05.123456Z
    /// user=6:张三
    /// …
    /// previous=&lt;64 hex&gt;
    /// </code>
    /// </summary>
    public static string Canonical(AuditLogEntry entry, string previousHash)
    {
        var sb = new StringBuilder(512);
        sb.Append(FormatVersion).Append('\n');
        sb.Append("sequence=").Append(entry.Sequence.ToString(CultureInfo.InvariantCulture)).Append('\n');
        sb.Append("at=").Append(FormatTime(entry.At)).Append('\n');
        Text(sb, "user", entry.User);
        Text(sb, "role", entry.Role);
        Text(sb, "ip", entry.IpAddress);
        Text(sb, "action", entry.Action);
        Text(sb, "entity_type", entry.EntityType);
        Text(sb, "entity_id", entry.EntityId);
        Text(sb, "field", entry.Field);
        Text(sb, "old", entry.OldValue);
        Text(sb, "new", entry.NewValue);
        sb.Append("previous=").Append(previousHash).Append('\n');
        return sb.ToString();
    }

    private static void Text(StringBuilder sb, string name, string value) =>
        sb.Append(name).Append('=').Append(Encoding.UTF8.GetByteCount(value).ToString(CultureInfo.InvariantCulture))
            .Append(':').Append(value).Append('\n');
}
