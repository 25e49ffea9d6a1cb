using System.Buffers;

namespace Jixiao.Domain.Text;

/// <summary>
/// Normalisation shared by every reader and rule: published files mix full-width and half-width
/// forms (１００％, ＞＝, ：) and insert spaces to pad table cells ("其中：财政    资金").
/// </summary>
public static class ChineseText
{
    /// <summary>Full-width ASCII (U+FF01–FF5E) to half-width, ideographic space to space.</summary>
    public static string ToHalfWidth(string text) => Normalised(text, dropWhitespace: false);

    /// <summary>One character as <see cref="ToHalfWidth(string)"/> maps it (for readers that scan without a new string).</summary>
    public static char ToHalfWidth(char c) => c switch
    {
        >= '\uFF01' and <= '\uFF5E' => (char)(c - 0xFEE0),
        '\u3000' => ' ',
        _ => c,
    };

    /// <summary>Removes every kind of whitespace; used to compare labels such as "其中：财政    资金".</summary>
    public static string WithoutWhitespace(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var first = 0;
        while (first < text.Length && !char.IsWhiteSpace(text[first]))
        {
            first++;
        }

        if (first == text.Length)
        {
            return text;
        }

        return string.Create(text.Length - CountWhitespace(text, first), (text, first), static (chars, state) =>
        {
            var (source, start) = state;
            source.AsSpan(0, start).CopyTo(chars);
            var n = start;
            for (var i = start; i < source.Length; i++)
            {
                if (!char.IsWhiteSpace(source[i]))
                {
                    chars[n++] = source[i];
                }
            }
        });
    }

    /// <summary>Half-width and without whitespace: the form in which labels and codes are compared.</summary>
    /// <remarks>One pass and at most one new string (the text itself when nothing changes): readers take the key of
    /// every cell of every table.</remarks>
    public static string Key(string text) => Normalised(text, dropWhitespace: true);

    private static string Normalised(string text, bool dropWhitespace)
    {
        ArgumentNullException.ThrowIfNull(text);
        var first = 0;
        while (first < text.Length && !Changes(text[first], dropWhitespace))
        {
            first++;
        }

        if (first == text.Length)
        {
            return text;
        }

        // A long cell (a goal, a description) borrows its buffer: a new one per call was most of what keys allocated.
        char[]? rented = null;
        var buffer = text.Length <= 256 ? stackalloc char[text.Length] : (rented = ArrayPool<char>.Shared.Rent(text.Length));
        text.AsSpan(0, first).CopyTo(buffer);
        var n = first;
        for (var i = first; i < text.Length; i++)
        {
            var c = ToHalfWidth(text[i]);
            if (!dropWhitespace || !char.IsWhiteSpace(c))
            {
                buffer[n++] = c;
            }
        }

        var result = new string(buffer[..n]);
        if (rented is not null)
        {
            ArrayPool<char>.Shared.Return(rented);
        }

        return result;
    }

    private static bool Changes(char c, bool dropWhitespace) =>
        c is (>= '\uFF01' and <= '\uFF5E') or '\u3000' || (dropWhitespace && char.IsWhiteSpace(c));

    private static int CountWhitespace(string text, int from)
    {
        var count = 0;
        for (var i = from; i < text.Length; i++)
        {
            count += char.IsWhiteSpace(text[i]) ? 1 : 0;
        }

        return count;
    }

    /// <summary>The start of <paramref name="text"/> for quoting it in a message: at most
    /// <paramref name="maxLength"/> characters, with "…" when cut.</summary>
    public static string Shorten(string text, int maxLength = 30) =>
        text.Length > maxLength ? text[..maxLength] + "…" : text;

    /// <summary>Chinese numerals 一…二十 (as in "（三）") to their value, or null.</summary>
    public static int? ParseChineseNumeral(string text)
    {
        const string digits = "零一二三四五六七八九";
        text = text.Trim();
        if (text.Length == 0)
        {
            return null;
        }

        if (text.Length == 1)
        {
            var d = digits.IndexOf(text[0], StringComparison.Ordinal);
            return text[0] == '十' ? 10 : d > 0 ? d : null;
        }

        var ten = text.IndexOf('十', StringComparison.Ordinal);
        if (ten < 0 || text.Length > 3)
        {
            return null;
        }

        var tens = ten == 0 ? 1 : digits.IndexOf(text[0], StringComparison.Ordinal);
        var units = ten == text.Length - 1 ? 0 : digits.IndexOf(text[^1], StringComparison.Ordinal);
        return tens > 0 && units >= 0 ? (tens * 10) + units : null;
    }

    /// <summary>1 → 一, 12 → 十二 (for headings such as "（十二）").</summary>
    public static string ToChineseNumeral(int value)
    {
        const string digits = "零一二三四五六七八九";
        if (value is < 1 or > 99)
        {
            return value.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        if (value < 10)
        {
            return digits[value].ToString();
        }

        var tens = value / 10;
        var units = value % 10;
        return (tens == 1 ? "" : digits[tens].ToString()) + "十" + (units == 0 ? "" : digits[units].ToString());
    }
}
