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

        var utf16 = GuessUtf16WithoutBom(bytes);
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

    /// <summary>Text of Chinese and ASCII in UTF-16 has a zero byte in most ASCII code units; count them on
    /// even and odd positions of the first few kilobytes.</summary>
    private static Encoding? GuessUtf16WithoutBom(ReadOnlySpan<byte> bytes)
    {
        var sample = bytes[..Math.Min(bytes.Length, 4096)];
        if (sample.Length < 4 || sample.Length % 2 != 0)
        {
            return null;
        }

        int evenZeros = 0, oddZeros = 0;
        for (var i = 0; i < sample.Length; i += 2)
        {
            evenZeros += sample[i] == 0 ? 1 : 0;
            oddZeros += sample[i + 1] == 0 ? 1 : 0;
        }

        var pairs = sample.Length / 2;
        if (oddZeros > pairs / 4 && evenZeros == 0)
        {
            return Encoding.Unicode;
        }

        return evenZeros > pairs / 4 && oddZeros == 0 ? Encoding.BigEndianUnicode : null;
    }
}
