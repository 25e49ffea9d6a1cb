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
