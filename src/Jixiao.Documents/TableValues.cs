using System.Buffers;
using System.Globalization;
using System.Text.RegularExpressions;
using Jixiao.Domain.Goals;
using Jixiao.Domain.Text;

namespace Jixiao.Documents;

/// <summary>Reading the values of a goal table's cells, shared by the text, Word and Excel readers.</summary>
public static partial class TableValues
{
    [GeneratedRegex(@"^单位[:：]\s*(.+)$")]
    private static partial Regex MoneyUnitLabel();

    /// <summary>"3月底" → 3; "十二月底" → 12; null for anything else.</summary>
    /// <remarks>By hand, not by a pattern: every cell right of a 资金支出计划 label is asked, twice.</remarks>
    public static int? ParseMonth(string text)
    {
        var key = ChineseText.Key(text);
        var month = key.IndexOf('月', StringComparison.Ordinal);
        if (month <= 0 || key.Length - month > 2 || (key.Length - month == 2 && key[^1] is not ('底' or '末' or '份')))
        {
            return null;
        }

        var number = key.AsSpan(0, month);
        int value;
        if (number.Length <= 2 && char.IsAsciiDigit(number[0]) && char.IsAsciiDigit(number[^1]))
        {
            value = int.Parse(number, NumberStyles.None, CultureInfo.InvariantCulture);
        }
        else if (number.Length <= 3 && !number.ContainsAnyExcept(ChineseNumerals))
        {
            value = ChineseText.ParseChineseNumeral(number.ToString()) ?? 0;
        }
        else
        {
            return null;
        }

        return value is >= 1 and <= 12 ? value : null;
    }

    private static readonly SearchValues<char> ChineseNumerals = SearchValues.Create("一二三四五六七八九十");

    /// <summary>"25%", "２５％", "25" → 25; null when not a percentage.</summary>
    public static decimal? ParsePercent(string text)
    {
        var s = ChineseText.Key(text).TrimEnd('%');
        if (s.EndsWith("百分比", StringComparison.Ordinal))
        {
            s = s[..^3];
        }

        return decimal.TryParse(s, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value) ? value : null;
    }

    /// <summary>An amount typed into a form, read by the goal tables' own parser (<c>MoneyText</c>) in
    /// <paramref name="unit"/> unless the text writes its unit ("12万元", "3000元"): null with no problem for an empty
    /// field; null with the problem (what is wrong, in Chinese) for text that is not exactly one amount — a remark
    /// after the number, which a printed table may carry, has no place in a form's amount field.</summary>
    public static Money? ParseAmount(string? text, string unit, out string? problem)
    {
        var money = GoalTables.MoneyText.Parse(text ?? string.Empty, unit, out _, out var remark, out problem);
        if (problem is null && remark is not null)
        {
            problem = $"金额“{(text ?? string.Empty).Trim()}”在数字后还有文字“{remark}”";
            return null;
        }

        return money;
    }

    public static string FormatPercent(decimal percent) =>
        percent.ToString("0.####", CultureInfo.InvariantCulture) + "%";

    /// <summary>"单位：万元" → "万元"; null when the cell is not a money-unit label.</summary>
    public static string? ParseMoneyUnit(string text)
    {
        var m = MoneyUnitLabel().Match(text.Trim());
        return m.Success ? m.Groups[1].Value.Trim() : null;
    }

    /// <summary>
    /// Splits the 绩效目标 cell into numbered goals: "1.安保经费\n2.安保经费". A line without a number continues
    /// the goal before it; goals without any numbers are numbered in order. Text is kept exactly.
    /// </summary>
    public static List<Goal> ParseGoals(IEnumerable<string> lines)
    {
        var texts = lines.Select(l => l.Trim()).Where(l => l.Length > 0).ToList();
        var numbered = new (bool Success, int? Number, int TextStart)[texts.Count];
        var anyNumbered = false;
        for (var i = 0; i < texts.Count; i++)
        {
            numbered[i] = Numbered(texts[i]);
            anyNumbered |= numbered[i].Success;
        }

        var goals = new List<Goal>();
        for (var i = 0; i < texts.Count; i++)
        {
            if (numbered[i] is { Success: true, Number: { } number } m)
            {
                goals.Add(new Goal(number, texts[i][m.TextStart..].Trim()));
            }
            else if (anyNumbered && goals.Count > 0)
            {
                // A wrapped line of a numbered goal.
                goals[^1] = goals[^1] with { Text = goals[^1].Text + "\n" + texts[i] };
            }
            else
            {
                goals.Add(new Goal(goals.Count + 1, texts[i]));
            }
        }

        return goals;
    }

    /// <summary>A goal line's number, read as <c>^\s*(\d+)\s*[.．、)）]\s*(.*)$</c> on its half-width form: whether it
    /// has one, its value (null when the digits are not an <see cref="int"/>) and where the goal's text starts.</summary>
    /// <remarks>By hand, not by the pattern: a match and its groups for every goal line were a good part of what reading
    /// a document's heads allocated.</remarks>
    private static (bool Success, int? Number, int TextStart) Numbered(string line)
    {
        static char Half(char c) => ChineseText.ToHalfWidth(c);

        var i = 0;
        while (i < line.Length && char.IsWhiteSpace(Half(line[i])))
        {
            i++;
        }

        var digits = i;
        while (i < line.Length && char.IsDigit(Half(line[i])))
        {
            i++;
        }

        var digitCount = i - digits;
        while (i < line.Length && char.IsWhiteSpace(Half(line[i])))
        {
            i++;
        }

        if (digitCount == 0 || i >= line.Length || Half(line[i]) is not ('.' or '．' or '、' or ')' or '）'))
        {
            return (false, null, 0);
        }

        i++;
        while (i < line.Length && char.IsWhiteSpace(Half(line[i])))
        {
            i++;
        }

        // The pattern's "(.*)$" does not cross a line break (before a last one only).
        var rest = line.AsSpan(i);
        if ((rest.EndsWith('\n') ? rest[..^1] : rest).Contains('\n'))
        {
            return (false, null, 0);
        }

        Span<char> half = digitCount <= 64 ? stackalloc char[digitCount] : new char[digitCount];
        for (var d = 0; d < digitCount; d++)
        {
            half[d] = Half(line[digits + d]);
        }

        return (true, int.TryParse(half, CultureInfo.InvariantCulture, out var number) ? number : null, i);
    }

    public static string FormatGoals(IEnumerable<Goal> goals) =>
        string.Join('\n', goals.Select(g => $"{g.Number}.{g.Text}"));
}
