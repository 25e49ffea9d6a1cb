using System.Text;

namespace Jixiao.Data.Bulk;

/// <summary>
/// One buffer a bulk write encodes each text into before binding it: SQLite copies a bound text at once
/// (<c>SQLITE_TRANSIENT</c>), so the next text may overwrite it. Texts used to be kept converted in a dictionary per
/// write, looked up by the whole string; a review's findings are mostly one of a kind (each message names its table
/// and cell), so every one of them was hashed, converted into a new array and kept until the write ended — about
/// 24,000 per batch, each surviving into the garbage collector's older generations. Converting into the same buffer
/// costs one pass over the text, as the lookup's hash did, and allocates nothing.
/// </summary>
internal sealed class Utf8Scratch
{
    private byte[] buffer = new byte[1024];

    /// <summary>The UTF-8 bytes of <paramref name="text"/>, valid until the next call.</summary>
    public ReadOnlySpan<byte> Encode(string text)
    {
        var most = Encoding.UTF8.GetMaxByteCount(text.Length);
        if (most > buffer.Length)
        {
            buffer = new byte[Math.Max(most, buffer.Length * 2)];
        }

        var written = Encoding.UTF8.GetBytes(text, buffer);
        return buffer.AsSpan(0, written);
    }
}
