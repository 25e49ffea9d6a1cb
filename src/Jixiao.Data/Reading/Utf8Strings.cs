using System.Text;

namespace Jixiao.Data.Reading;

/// <summary>Strings by their UTF-8 bytes: a text met again is returned as the string made the first time, without
/// decoding it or allocating. Short texts only and a bounded number of them: long or unique texts (descriptions,
/// messages) would only fill the table.</summary>
internal sealed class Utf8Strings
{
    private const int MaxBytes = 256;
    private const int MaxEntries = 200_000;

    private readonly Dictionary<byte[], string> strings;
    private readonly Dictionary<byte[], string>.AlternateLookup<ReadOnlySpan<byte>> lookup;

    public Utf8Strings()
    {
        strings = new Dictionary<byte[], string>(Utf8Comparer.Instance);
        lookup = strings.GetAlternateLookup<ReadOnlySpan<byte>>();
    }

    public string Get(ReadOnlySpan<byte> utf8)
    {
        if (utf8.IsEmpty)
        {
            return string.Empty;
        }

        if (utf8.Length > MaxBytes)
        {
            return Encoding.UTF8.GetString(utf8);
        }

        if (lookup.TryGetValue(utf8, out var text))
        {
            return text;
        }

        text = Encoding.UTF8.GetString(utf8);
        if (strings.Count < MaxEntries)
        {
            strings.Add(utf8.ToArray(), text);
        }

        return text;
    }

    private sealed class Utf8Comparer : IEqualityComparer<byte[]>, IAlternateEqualityComparer<ReadOnlySpan<byte>, byte[]>
    {
        public static Utf8Comparer Instance { get; } = new();

        public bool Equals(byte[]? x, byte[]? y) => x.AsSpan().SequenceEqual(y);

        public int GetHashCode(byte[] obj) => Hash(obj);

        public bool Equals(ReadOnlySpan<byte> alternate, byte[] other) => alternate.SequenceEqual(other);

        public int GetHashCode(ReadOnlySpan<byte> alternate) => Hash(alternate);

        public byte[] Create(ReadOnlySpan<byte> alternate) => alternate.ToArray();

        private static int Hash(ReadOnlySpan<byte> bytes)
        {
            var hash = default(HashCode);
            hash.AddBytes(bytes);
            return hash.ToHashCode();
        }
    }
}
