namespace Jixiao.Domain.Values;

/// <summary>Chinese numerals as tables write counts: 三, 十二, 两, 一百二十, 二〇二四. 万 and 亿 are left to the unit
/// (二十万元 is 20 万元), as with Arabic figures.</summary>
public static class ChineseNumber
{
    private const string Digits = "零一二三四五六七八九";

    public static bool IsNumeralChar(char c) => Digits.Contains(c) || c is '〇' or '两' or '十' or '百' or '千';

    /// <summary>Reads the numeral starting at <paramref name="start"/>; returns its length (0 when there is none).</summary>
    public static int Read(string s, int start, out decimal value)
    {
        value = 0;
        var end = start;
        while (end < s.Length && IsNumeralChar(s[end]))
        {
            end++;
        }

        if (end == start)
        {
            return 0;
        }

        var text = s[start..end];
        if (text.All(c => DigitOf(c) >= 0))
        {
            // "二〇二四" digit by digit.
            foreach (var c in text)
            {
                value = (value * 10) + DigitOf(c);
            }

            return text.Length;
        }

        decimal total = 0;
        decimal digit = -1;
        foreach (var c in text)
        {
            var d = DigitOf(c);
            if (d >= 0)
            {
                digit = d;
                continue;
            }

            var unit = c switch { '十' => 10, '百' => 100, _ => 1000 };
            total += (digit < 0 ? 1 : digit) * unit;
            digit = -1;
        }

        value = total + (digit < 0 ? 0 : digit);
        return text.Length;
    }

    private static int DigitOf(char c) => c switch
    {
        '〇' or '零' => 0,
        '两' => 2,
        _ => Digits.IndexOf(c, StringComparison.Ordinal) is var i and > 0 ? i : -1,
    };
}
