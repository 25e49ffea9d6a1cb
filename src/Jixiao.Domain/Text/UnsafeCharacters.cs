using System.Buffers;
using System.Globalization;

namespace Jixiao.Domain.Text;

/// <summary>
/// Characters no field may hold: C0 controls but tab, line feed and carriage return (they break Word and XML writers),
/// C1 controls, the bidirectional overrides and isolates U+202A–202E and U+2066–2069 (they make text read differently
/// from what is stored); in names also the zero-width characters (two names that look the same would differ). One
/// rule for every entry: form fields, API bodies and imported documents.
/// </summary>
public static class UnsafeCharacters
{
    /// <summary>The first unsafe character of <paramref name="text"/>, or null.</summary>
    public static char? Find(string? text, bool isName)
    {
        if (text is null)
        {
            return null;
        }

        foreach (var c in text)
        {
            if (IsUnsafe(c, isName))
            {
                return c;
            }
        }

        return null;
    }

    /// <summary>
    /// Whether UTF-8 text holds an unsafe character, read on the bytes without decoding: a document's JSON form is
    /// scanned string by string, and decoding every string was a tenth of an import's time. Exactly the characters of
    /// <see cref="IsUnsafe"/>: the bytes that can begin one are found by a vectorised search (C0 controls, DEL, and the
    /// lead bytes C2 of U+0080–009F, E2 of U+200B–2069, EF of U+FEFF), then the sequence is compared.
    /// </summary>
    public static bool InUtf8(ReadOnlySpan<byte> utf8, bool isName)
    {
        var i = 0;
        while (i < utf8.Length)
        {
            var found = utf8[i..].IndexOfAny(LeadBytes);
            if (found < 0)
            {
                return false;
            }

            i += found;
            var rest = utf8[(i + 1)..];
            var unsafeHere = utf8[i] switch
            {
                < 0x20 => utf8[i] is not ((byte)'\t' or (byte)'\n' or (byte)'\r'),
                0x7F => true,
                // U+0080–009F are C2 80 – C2 9F.
                0xC2 => rest.Length >= 1 && rest[0] is >= 0x80 and <= 0x9F,
                // U+202A–202E are E2 80 AA – AE, U+2066–2069 E2 81 A6 – A9; in names U+200B–200D (E2 80 8B – 8D) and U+2060 (E2 81 A0).
                0xE2 => rest.Length >= 2 && ((rest[0] == 0x80 && (rest[1] is >= 0xAA and <= 0xAE || (isName && rest[1] is >= 0x8B and <= 0x8D)))
                    || (rest[0] == 0x81 && (rest[1] is >= 0xA6 and <= 0xA9 || (isName && rest[1] == 0xA0)))),
                // U+FEFF is EF BB BF.
                _ => isName && rest.Length >= 2 && rest[0] == 0xBB && rest[1] == 0xBF,
            };
            if (unsafeHere)
            {
                return true;
            }

            i++;
        }

        return false;
    }

    private static readonly SearchValues<byte> LeadBytes = SearchValues.Create(
        [.. Enumerable.Range(0, 0x20).Select(b => (byte)b), (byte)0x7F, (byte)0xC2, (byte)0xE2, (byte)0xEF]);

    public static bool IsUnsafe(char c, bool isName) =>
        (c < ' ' && c is not ('\t' or '\n' or '\r'))
        || c is >= '\u007F' and <= '\u009F'
        || c is >= '\u202A' and <= '\u202E'
        || c is >= '\u2066' and <= '\u2069'
        || (isName && c is '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF');

    /// <summary>A field is a name (zero-width characters refused too) when its name says so: …name, …Name, 名称.</summary>
    public static bool IsNameField(string field) =>
        field.EndsWith("name", StringComparison.OrdinalIgnoreCase) || field.EndsWith("名称", StringComparison.Ordinal);

    /// <summary>How the character is named to the user: its code point and, when it has one, what it is.</summary>
    public static string Describe(char c)
    {
        var code = "U+" + ((int)c).ToString("X4", CultureInfo.InvariantCulture);
        return c switch
        {
            >= '\u202A' and <= '\u202E' or >= '\u2066' and <= '\u2069' => code + "（文字方向控制符）",
            '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF' => code + "（零宽字符）",
            _ => code + "（控制字符）",
        };
    }

    /// <summary>The message for field <paramref name="field"/> (as the user knows it: a form label, a JSON path, a
    /// table and cell).</summary>
    public static string Message(string field, char c) =>
        $"“{field}”含有不可见的字符 {Describe(c)}，未保存。请删除该字符（可重新输入该内容，勿从其他文档直接粘贴）后再提交。";
}
