using System.Buffers;
using System.Globalization;
using System.Text.RegularExpressions;
using Jixiao.Domain.Goals;
using Jixiao.Domain.Text;

namespace Jixiao.Documents;

/// <summary>Reading the values of a goal table's cells, shared by the text, Word and Excel readers.</summary>
public static partial class TableValues
{
    [GeneratedRegex(@"^\s*(\d+)\s*[.．、)）]\s*(.*)$")]
    private static partial Regex NumberedLine();

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
        var numbered = texts.Select(l => NumberedLine().Match(ChineseText.ToHalfWidth(l))).ToList();
        var anyNumbered = numbered.Any(m => m.Success);
        var goals = new List<Goal>();
        for (var i = 0; i < texts.Count; i++)
        {
            var m = numbered[i];
            if (m.Success && int.TryParse(m.Groups[1].Value, CultureInfo.InvariantCulture, out var number))
            {
                goals.Add(new Goal(number, texts[i][(texts[i].Length - m.Groups[2].Value.Length)..].Trim()));
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

    public static string FormatGoals(IEnumerable<Goal> goals) =>
        string.Join('\n', goals.Select(g => $"{g.Number}.{g.Text}"));
}
