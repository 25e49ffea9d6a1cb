namespace Jixiao.Domain.Values;

/// <summary>Reads the dates of timeliness values: "2024年10月底前", "10月31日前", "第三季度", "三季度末", "上半年",
/// "年底前", "2023年12月", "2021年1月-12月" (a period: its end is the deadline).</summary>
internal static class DateReader
{
    private static readonly (string Word, DatePosition Position)[] MonthParts =
    [
        ("上旬", DatePosition.FirstTenDays), ("中旬", DatePosition.SecondTenDays), ("下旬", DatePosition.LastTenDays),
        ("底", DatePosition.End), ("末", DatePosition.End), ("初", DatePosition.Begin), ("中", DatePosition.Middle),
    ];

    private static readonly string[] Before = ["之前", "以前", "为止", "以内", "之内", "前", "止", "内"];

    public static bool TryRead(string s, int start, out DateMark date, out int end, out bool before)
    {
        before = false;
        if (!TryReadOne(s, start, out date, out end))
        {
            return false;
        }

        if (end < s.Length && ValueWords.RangeSeparators.Contains(s[end]) && TryReadOne(s, end + 1, out var last, out var lastEnd))
        {
            // "2021年1月-12月": the period ends with its second date.
            date = last with { Year = last.Year ?? date.Year };
            end = lastEnd;
        }

        foreach (var word in Before)
        {
            if (string.CompareOrdinal(s, end, word, 0, word.Length) == 0)
            {
                end += word.Length;
                before = true;
                break;
            }
        }

        foreach (var word in ValueWords.TrailingWords)
        {
            if (string.CompareOrdinal(s, end, word, 0, word.Length) == 0 && end + word.Length == s.Length)
            {
                end += word.Length;
                break;
            }
        }

        return true;
    }

    /// <summary>What a failed read gives: a mark is immutable, and most values tried are not dates.</summary>
    private static readonly DateMark NoDate = new();

    private static bool TryReadOne(string s, int start, out DateMark date, out int end)
    {
        date = NoDate;
        end = start;
        var p = start;
        int? year = null;
        if (ReadInt(s, p, out var y, out var yl) && yl == 4 && y is >= 1990 and <= 2100 && At(s, p + yl, "年"))
        {
            year = y;
            p += yl + 1;
            if (At(s, p, "度"))
            {
                p++;
            }
        }

        if (At(s, p, "上半年") || At(s, p, "下半年"))
        {
            date = new DateMark { Year = year, Half = s[p] == '上' ? 1 : 2, Position = DatePosition.End };
            end = p + 3;
            return true;
        }

        var q = p + (At(s, p, "第") ? 1 : 0);
        if (ReadInt(s, q, out var quarter, out var ql) && quarter is >= 1 and <= 4 && (At(s, q + ql, "季度") || At(s, q + ql, "季")))
        {
            q += ql + (At(s, q + ql, "季度") ? 2 : 1);
            var position = At(s, q, "末") || At(s, q, "底") ? DatePosition.End : DatePosition.None;
            date = new DateMark { Year = year, Quarter = quarter, Position = position };
            end = q + (position == DatePosition.End ? 1 : 0);
            return true;
        }

        if (ReadInt(s, p, out var month, out var ml) && month is >= 1 and <= 12 && At(s, p + ml, "月") && !At(s, p + ml, "月份数"))
        {
            p += ml + 1;
            if (At(s, p, "份"))
            {
                p++;
            }

            int? day = null;
            var position = DatePosition.None;
            if (ReadInt(s, p, out var d, out var dl) && d is >= 1 and <= 31 && (At(s, p + dl, "日") || At(s, p + dl, "号")))
            {
                day = d;
                p += dl + 1;
            }
            else
            {
                foreach (var (word, pos) in MonthParts)
                {
                    if (At(s, p, word))
                    {
                        position = pos;
                        p += word.Length;
                        break;
                    }
                }
            }

            date = new DateMark { Year = year, Month = month, Day = day, Position = position };
            end = p;
            return true;
        }

        // "2024年底", "年底", "年末", "2024年" (the year itself).
        var yearEnd = At(s, p, "年底") || At(s, p, "年末") ? 2 : 0;
        if (year is not null && (At(s, p, "底") || At(s, p, "末")))
        {
            date = new DateMark { Year = year, Position = DatePosition.End };
            end = p + 1;
            return true;
        }

        if (year is null && yearEnd > 0)
        {
            date = new DateMark { Position = DatePosition.End };
            end = p + yearEnd;
            return true;
        }

        if (year is not null && p == s.Length)
        {
            date = new DateMark { Year = year };
            end = p;
            return true;
        }

        return false;
    }

    private static bool At(string s, int p, string word) => string.CompareOrdinal(s, p, word, 0, word.Length) == 0 && p + word.Length <= s.Length;

    /// <summary>An Arabic or Chinese integer at <paramref name="p"/> (10, 十, 十二, 三).</summary>
    private static bool ReadInt(string s, int p, out int value, out int length)
    {
        value = 0;
        length = 0;
        while (p + length < s.Length && char.IsAsciiDigit(s[p + length]) && length < 4)
        {
            value = (value * 10) + (s[p + length] - '0');
            length++;
        }

        if (length > 0)
        {
            return p + length >= s.Length || !char.IsAsciiDigit(s[p + length]);
        }

        length = ChineseNumber.Read(s, p, out var chinese);
        value = (int)chinese;
        return length > 0 && chinese < 10000;
    }
}
