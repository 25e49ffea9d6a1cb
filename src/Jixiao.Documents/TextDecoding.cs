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

    /// <summary>The bytes after the byte-order mark when the file is valid UTF-8 (what <see cref="Decode(ReadOnlySpan{byte})"/>
    /// would decode as UTF-8 without complaint); null for any other encoding or broken UTF-8, which go through
    /// <see cref="Decode(ReadOnlySpan{byte})"/>.</summary>
    public static ReadOnlyMemory<byte>? Utf8Body(ReadOnlyMemory<byte> bytes)
    {
        var (encoding, preamble) = Detect(bytes.Span);
        var body = bytes[preamble..];
        if (encoding != StrictUtf8 || (preamble > 0 && !System.Text.Unicode.Utf8.IsValid(body.Span)))
        {
            // Not "? body : null": null would convert to an empty ReadOnlyMemory through byte[].
            return null;
        }

        return body;
    }

    /// <exception cref="TextEncodingException">The bytes are no one encoding; the message names the line.</exception>
    public static string Decode(ReadOnlySpan<byte> bytes, out Encoding encoding)
    {
        (encoding, var preamble) = Detect(bytes);
        var body = bytes[preamble..];
        if (encoding == StrictUtf8 && preamble > 0 && !System.Text.Unicode.Utf8.IsValid(body))
        {
            var line = FirstInvalidUtf8Line(body);
            throw new TextEncodingException(
                $"文件以 UTF-8 标记开头，但第 {line} 行含有不是 UTF-8 的字节，文件可能已损坏或混用了编码，未导入。请用记事本或 WPS 打开该文件，检查第 {line} 行后以“UTF-8”编码另存，再重新导入。", line);
        }

        if (encoding == Gb18030 && preamble == 0)
        {
            CheckNotMixed(body);
        }

        return encoding.GetString(body);
    }

    /// <summary>
    /// A file that is not valid UTF-8 is read as GB18030; but when some of its lines are clearly UTF-8 (several valid
    /// multi-byte characters) and others are not, the file mixes two encodings — read as GB18030 the UTF-8 lines become
    /// garbled text that still "imports". GB18030 Chinese text is practically never valid UTF-8 over two characters.
    /// </summary>
    private static void CheckNotMixed(ReadOnlySpan<byte> bytes)
    {
        int? utf8Line = null, gbLine = null;
        var number = 0;
        foreach (var range in bytes.Split((byte)'\n'))
        {
            number++;
            var line = bytes[range];
            var multiByte = 0;
            var leads = 0; // lead bytes of three- and four-byte sequences: a Chinese character in UTF-8 is one of them
            foreach (var b in line)
            {
                multiByte += b >= 0xC2 ? 1 : 0;
                leads += b >= 0xE0 ? 1 : 0;
            }

            if (multiByte == 0)
            {
                continue;
            }

            // Two GB18030 characters apart can each be a valid two-byte UTF-8 sequence ("元/亩" is D4 AA 2F C4 B6, read
            // as UTF-8 "Ԫ/Ķ"): a line is clearly UTF-8 only with two characters of three bytes or more.
            if (System.Text.Unicode.Utf8.IsValid(line))
            {
                utf8Line ??= leads >= 2 ? number : null;
            }
            else
            {
                gbLine ??= number;
            }

            if (utf8Line is { } u && gbLine is { } g)
            {
                throw new TextEncodingException(
                    $"文件混用了两种编码：第 {u} 行是 UTF-8，第 {g} 行是 GB18030（ANSI），按任何一种读取都会有乱码，未导入。请用记事本或 WPS 打开该文件，把全部内容统一以“UTF-8”编码另存，再重新导入。",
                    Math.Max(u, g));
            }
        }
    }

    private static int FirstInvalidUtf8Line(ReadOnlySpan<byte> bytes)
    {
        var number = 0;
        foreach (var range in bytes.Split((byte)'\n'))
        {
            number++;
            if (!System.Text.Unicode.Utf8.IsValid(bytes[range]))
            {
                return number;
            }
        }

        return number;
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
