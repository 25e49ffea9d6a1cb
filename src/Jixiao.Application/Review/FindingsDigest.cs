using System.Buffers;
using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;
using Jixiao.Domain.Review;

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

    /// <summary>The digest of <paramref name="findings"/> as they would be stored: each with the project
    /// <paramref name="projectIds"/> and the advice and source <paramref name="textIds"/> at its index. Computed from
    /// the review's own findings, so that a run which stores nothing builds no stored rows for them; the bytes are
    /// hashed a few kilobytes at a time (the same hash as of their whole sequence), not gathered for a whole document.</summary>
    public static byte[] Of(IReadOnlyList<Finding> findings, int?[] projectIds, long[] textIds, IReadOnlyDictionary<int, int> unitOf)
    {
        ArgumentNullException.ThrowIfNull(findings);
        ArgumentNullException.ThrowIfNull(projectIds);
        ArgumentNullException.ThrowIfNull(textIds);
        ArgumentNullException.ThrowIfNull(unitOf);
        using var digest = new Writer();
        digest.Int(Form);
        digest.Int(findings.Count);
        for (var i = 0; i < findings.Count; i++)
        {
            var f = findings[i];
            var projectId = projectIds[i];
            digest.Text(f.RuleId);
            digest.Int((int)f.Severity);
            digest.Int((int)f.Dimension);
            digest.Int(projectId);
            digest.Int(projectId is { } p && unitOf.TryGetValue(p, out var unit) ? unit : null);
            digest.Int(f.ProjectSequence);
            digest.Text(f.ProjectCode);
            digest.Int(f.IndicatorRow);
            digest.Int(f.GoalNumber);
            digest.Text(f.Field);
            digest.Text(f.Message);
            digest.Long(textIds[i]);
            // The stored deduction's four words: a review run stores none (0), as every digest so far was taken of.
            for (var b = 0; b < 4; b++)
            {
                digest.Int(0);
            }
        }

        return digest.Finish();
    }

    public static bool Same(byte[]? stored, byte[] found) => stored is not null && stored.AsSpan().SequenceEqual(found);

    /// <summary>The bytes of a digest, hashed as a pooled buffer fills.</summary>
    private sealed class Writer : IDisposable
    {
        private readonly IncrementalHash hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        private readonly byte[] buffer = ArrayPool<byte>.Shared.Rent(16 * 1024);
        private int used;

        public void Int(int? value)
        {
            var span = Space(5);
            span[0] = value is null ? (byte)0 : (byte)1;
            BinaryPrimitives.WriteInt32LittleEndian(span[1..], value ?? 0);
            used += 5;
        }

        public void Long(long value)
        {
            BinaryPrimitives.WriteInt64LittleEndian(Space(8), value);
            used += 8;
        }

        public void Text(string? value)
        {
            Int(value?.Length);
            if (value is not { Length: > 0 })
            {
                return;
            }

            var most = Encoding.UTF8.GetMaxByteCount(value.Length);
            if (most > buffer.Length)
            {
                // A text longer than the buffer (none a rule writes today) is hashed on its own, after what precedes it.
                Flush();
                hash.AppendData(Encoding.UTF8.GetBytes(value));
                return;
            }

            var space = Space(most);
            used += Encoding.UTF8.GetBytes(value, space);
        }

        public byte[] Finish()
        {
            Flush();
            return hash.GetHashAndReset();
        }

        public void Dispose()
        {
            hash.Dispose();
            ArrayPool<byte>.Shared.Return(buffer);
        }

        private Span<byte> Space(int size)
        {
            if (buffer.Length - used < size)
            {
                Flush();
            }

            return buffer.AsSpan(used);
        }

        private void Flush()
        {
            hash.AppendData(buffer, 0, used);
            used = 0;
        }
    }
}
