using System.Buffers;
using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;
using Jixiao.Data.Entities;

namespace Jixiao.Application.Review;

/// <summary>
/// SHA-256 of a run's findings as they are stored — each finding's columns in order (its advice and source by their
/// stored key), and the unit of its project, which its stored counts are summed by —, so that a later run of the same
/// document knows it found exactly the same without reading them back (docs/adr/0013). Strings are written with their
/// length and nulls apart from empty values, so two different lists never write the same bytes.
/// </summary>
internal static class FindingsDigest
{
    // Raised when what a finding stores changes: digests of the old form then never match, and the next run rewrites.
    private const int Form = 1;

    public static byte[] Of(IReadOnlyList<ReviewFinding> findings, IReadOnlyDictionary<int, int> unitOf)
    {
        var buffer = new ArrayBufferWriter<byte>(findings.Count * 96 + 8);
        Int(buffer, Form);
        Int(buffer, findings.Count);
        Span<int> bits = stackalloc int[4];
        foreach (var f in findings)
        {
            Text(buffer, f.RuleId);
            Int(buffer, (int)f.Severity);
            Int(buffer, (int)f.Dimension);
            Int(buffer, f.ProjectId);
            Int(buffer, f.ProjectId is { } p && unitOf.TryGetValue(p, out var unit) ? unit : null);
            Int(buffer, f.ProjectSequence);
            Text(buffer, f.ProjectCode);
            Int(buffer, f.IndicatorRow);
            Int(buffer, f.GoalNumber);
            Text(buffer, f.Field);
            Text(buffer, f.Message);
            Long(buffer, f.TextId);
            decimal.GetBits(f.Deduction, bits);
            foreach (var b in bits)
            {
                Int(buffer, b);
            }
        }

        return SHA256.HashData(buffer.WrittenSpan);
    }

    public static bool Same(byte[]? stored, byte[] found) => stored is not null && stored.AsSpan().SequenceEqual(found);

    private static void Int(ArrayBufferWriter<byte> buffer, int? value)
    {
        var span = buffer.GetSpan(5);
        span[0] = value is null ? (byte)0 : (byte)1;
        BinaryPrimitives.WriteInt32LittleEndian(span[1..], value ?? 0);
        buffer.Advance(5);
    }

    private static void Long(ArrayBufferWriter<byte> buffer, long value)
    {
        BinaryPrimitives.WriteInt64LittleEndian(buffer.GetSpan(8), value);
        buffer.Advance(8);
    }

    private static void Text(ArrayBufferWriter<byte> buffer, string? value)
    {
        Int(buffer, value?.Length);
        if (value is { Length: > 0 })
        {
            var written = Encoding.UTF8.GetBytes(value, buffer.GetSpan(Encoding.UTF8.GetMaxByteCount(value.Length)));
            buffer.Advance(written);
        }
    }
}
