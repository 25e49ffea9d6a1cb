using System.Text;

namespace Jixiao.Documents;

/// <summary>
/// Turns the bytes of a text file into a string whatever encoding a government PC saved it in:
/// UTF-8 with or without BOM, UTF-16 (LE/BE, with BOM or recognisable by its zero bytes) and GB18030
/// (the default "ANSI" encoding of Chinese Windows).
/// </summary>
public static class TextDecoding
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    static TextDecoding() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static Encoding Gb18030 => Encoding.GetEncoding("GB18030");

    /// <summary>The encoding of <paramref name="bytes"/> and the length of its byte-order mark.</summary>
    public static (Encoding Encoding, int PreambleLength) Detect(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            return (StrictUtf8, 3);
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return (Encoding.Unicode, 2);
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return (Encoding.BigEndianUnicode, 2);
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0x84, 0x31, 0x95, 0x33]))
        {
            return (Gb18030, 4);
        }

        // Text files never contain NUL; UTF-16 text has one in every ASCII code unit (tabs, line breaks).
        var utf16 = bytes[..Math.Min(bytes.Length, 4096)].Contains((byte)0) ? GuessUtf16WithoutBom(bytes) : null;
        if (utf16 is not null)
        {
            return (utf16, 0);
        }

        return System.Text.Unicode.Utf8.IsValid(bytes) ? (StrictUtf8, 0) : (Gb18030, 0);
    }

    public static string Decode(ReadOnlySpan<byte> bytes) => Decode(bytes, out _);

    public static string Decode(ReadOnlySpan<byte> bytes, out Encoding encoding)
    {
        (encoding, var preamble) = Detect(bytes);
        return encoding.GetString(bytes[preamble..]);
    }

    /// <summary>
    /// UTF-16 saved without a BOM: decode the first few kilobytes both ways and accept one when nearly every
    /// character is one a Chinese document uses (ASCII, CJK ideographs and punctuation, full-width forms).
    /// GB18030 or UTF-8 bytes read as UTF-16 give scattered code points across unrelated scripts.
    /// </summary>
    private static Encoding? GuessUtf16WithoutBom(ReadOnlySpan<byte> bytes)
    {
        var sample = bytes[..(Math.Min(bytes.Length, 4096) & ~1)];
        if (sample.Length < 4)
        {
            return null;
        }

        foreach (var encoding in new[] { Encoding.Unicode, Encoding.BigEndianUnicode })
        {
            var text = encoding.GetString(sample);
            var plausible = text.Count(IsCommonInChineseDocuments);
            if (plausible >= text.Length * 0.95)
            {
                return encoding;
            }
        }

        return null;
    }

    private static bool IsCommonInChineseDocuments(char c) =>
        c is '\t' or '\r' or '\n' || c is >= ' ' and <= '~'
        || c is >= '\u4E00' and <= '\u9FFF' || c is >= '\u3000' and <= '\u303F' || c is >= '\uFF00' and <= '\uFFEF'
        || c is >= '\u2000' and <= '\u206F' || c is >= '\u2190' and <= '\u22FF' || c is '\u00B7' or '\u00D7' or '\uFEFF';
}
