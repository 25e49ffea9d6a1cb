using System.Buffers;
using System.Text;
using System.Text.RegularExpressions;
using Jixiao.Domain.Text;

namespace Jixiao.Documents.Grid;

/// <summary>
/// Normalisation of cell text, the same for every source: traditional characters folded, line breaks unified,
/// each line trimmed and empty lines dropped (<see cref="Clean"/>); and the key in which labels are compared
/// (<see cref="Key"/>): half-width, without any whitespace, without the marks forms put before required fields
/// (*, ★) and without a trailing colon.
/// </summary>
public static partial class GridText
{
    [GeneratedRegex(@"^(.*?)[（(]([^（）()]*)[）)]\s*$")]
    private static partial Regex Parenthesised();

    [GeneratedRegex(@"^(?:[一二三四五六七八九十]{1,3}、|\(?[一二三四五六七八九十]{1,3}\)|[①②③④⑤⑥⑦⑧⑨⑩])")]
    private static partial Regex Enumerator();

    /// <summary>The text of a cell as readers see it.</summary>
    public static string Clean(string raw)
    {
        if (raw.Length == 0)
        {
            return raw;
        }

        var text = TraditionalChinese.Fold(raw);
        if (!NeedsLineWork(text))
        {
            return text.Trim();
        }

        if (IsCleanLines(text))
        {
            return text; // the text reader's cells of several lines already are: nothing to split and join again
        }

        var sb = new StringBuilder(text.Length);
        foreach (var line in text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Replace('\v', '\n').Split('\n'))
        {
            var trimmed = line.Trim();
            if (trimmed.Length == 0)
            {
                continue;
            }

            if (sb.Length > 0)
            {
                sb.Append('\n');
            }

            sb.Append(trimmed);
        }

        return sb.ToString();
    }

    /// <summary>The lines of a cell joined into one: line breaks that only wrapped a short value ("经济效益\n指标",
    /// "≥95\n%") disappear; between two Latin letters or digits they become a space.</summary>
    public static string OneLine(string text)
    {
        if (!text.Contains('\n', StringComparison.Ordinal))
        {
            return text;
        }

        // Into one buffer, not a builder and a string per line: every multi-line cell of a goal table comes here. The
        // result is never longer than the text (a line break becomes at most a space).
        char[]? rented = null;
        var buffer = text.Length <= 256 ? stackalloc char[text.Length] : (rented = ArrayPool<char>.Shared.Rent(text.Length));
        var length = 0;
        foreach (var range in text.AsSpan().Split('\n'))
        {
            var line = text.AsSpan(range);
            if (length > 0 && char.IsAsciiLetterOrDigit(buffer[length - 1]) && line.Length > 0 && char.IsAsciiLetterOrDigit(line[0]))
            {
                buffer[length++] = ' ';
            }

            line.CopyTo(buffer[length..]);
            length += line.Length;
        }

        var joined = new string(buffer[..length]);
        if (rented is not null)
        {
            ArrayPool<char>.Shared.Return(rented);
        }

        return joined;
    }

    /// <summary>A label's words as a name to keep ("其中：单 位 资 金" → "其中：单位资金", "当年\u00A0财政拨款" →
    /// "当年财政拨款"): one line, and the blanks a clerk pads a label with dropped where they stand between two Chinese
    /// characters; between Latin words or figures a blank stays one space ("PM 2.5").</summary>
    public static string Compact(string text)
    {
        var line = OneLine(text).Trim();
        var sb = new StringBuilder(line.Length);
        for (var i = 0; i < line.Length; i++)
        {
            if (!char.IsWhiteSpace(line[i]))
            {
                sb.Append(line[i]);
                continue;
            }

            var next = i;
            while (next < line.Length && char.IsWhiteSpace(line[next]))
            {
                next++;
            }

            if (!(IsWide(line[i - 1]) || IsWide(line[next])))
            {
                sb.Append(' ');
            }

            i = next - 1;
        }

        return sb.ToString();
    }

    /// <summary>A Chinese character or full-width mark, beside which a blank is padding, never a word break.</summary>
    private static bool IsWide(char c) => c >= '\u2E80';

    /// <summary>The characters <see cref="Enumerator"/> can start with.</summary>
    private const string MarkerStarts = "一二三四五六七八九十(①②③④⑤⑥⑦⑧⑨⑩";

    /// <summary>How a label is compared: "＊指标值 （包含数字及文字描述）：" → "指标值(包含数字及文字描述)";
    /// a list marker before it goes too ("二、自有资金" → "自有资金").</summary>
    public static string Key(string text)
    {
        var key = ChineseText.Key(TraditionalChinese.Fold(text));
        // The pattern only for a key that starts as a marker can: most keys do not, and a match per key was a cost.
        if (key.Length > 2 && MarkerStarts.Contains(key[0]))
        {
            // EnumerateMatches: no Match object for each of the many keys without a marker.
            foreach (var marker in Enumerator().EnumerateMatches(key))
            {
                if (marker.Length < key.Length)
                {
                    key = key[marker.Length..];
                }

                break;
            }
        }

        var start = 0;
        while (start < key.Length && key[start] is '*' or '★' or '☆' or '※' or '△')
        {
            start++;
        }

        var end = key.Length;
        while (end > start && key[end - 1] is ':' or '*' or '★')
        {
            end--;
        }

        return start == 0 && end == key.Length ? key : key[start..end];
    }

    /// <summary>A key without its last parenthesised part, and that part: "资金情况(万元)" → ("资金情况", "万元");
    /// "二级指标(长期)" → ("二级指标", "长期"); a key without one → (key, "").</summary>
    public static (string Base, string Qualifier) SplitQualifier(string key)
    {
        ArgumentNullException.ThrowIfNull(key);

        // Most keys asked (every cell of every table) do not end in a parenthesis: no match to build for them.
        if (key.AsSpan().TrimEnd().Length is var end && (end == 0 || key[end - 1] is not (')' or '）')))
        {
            return (key, string.Empty);
        }

        var m = Parenthesised().Match(key);
        return m.Success && m.Groups[1].Value.Length > 0 ? (m.Groups[1].Value, m.Groups[2].Value) : (key, string.Empty);
    }

    /// <summary>A label written with its value in one cell: "年度资金总额：16" → ("年度资金总额", "16"); null when the
    /// cell has no colon or nothing before it. Only the first colon counts ("目标1：…" stays in the value).</summary>
    public static (string Label, string Value)? SplitInline(string text)
    {
        var colon = InlineColon(text);
        if (colon <= 0)
        {
            return null;
        }

        return (text[..colon].Trim(), text[(colon + 1)..].Trim());
    }

    /// <summary>Where <see cref="SplitInline"/> cuts <paramref name="text"/>: its first colon, or -1.</summary>
    /// <remarks>On the span, with the two colons as arguments: a collection expression here made a char array for every
    /// cell asked (every cell of every table is).</remarks>
    internal static int InlineColon(string text) => text.AsSpan().IndexOfAny(':', '：');

    /// <summary>Lines joined by '\n' only, none empty, none with whitespace at either end: what <see cref="Clean"/>
    /// makes.</summary>
    private static bool IsCleanLines(string text)
    {
        var lineStart = true;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c is '\r' or '\v')
            {
                return false;
            }

            var lineEnd = i + 1 == text.Length || text[i + 1] == '\n';
            if (c == '\n')
            {
                if (lineStart)
                {
                    return false; // an empty line (or one at the start)
                }

                lineStart = true;
                continue;
            }

            if ((lineStart || lineEnd) && char.IsWhiteSpace(c))
            {
                return false;
            }

            lineStart = false;
        }

        return !lineStart;
    }

    private static bool NeedsLineWork(string text)
    {
        foreach (var c in text)
        {
            if (c is '\n' or '\r' or '\v')
            {
                return true;
            }
        }

        return false;
    }
}
