using System.Globalization;

namespace Jixiao.Domain.Values;

/// <summary>
/// A date as tables write it: "2024年10月底", "10月31日", "第三季度", "上半年", "年底". Parts not written stay null.
/// Two marks compare by the last day they allow (10月底 → 10-31, 第三季度 → 9-30); the year only when both have one.
/// </summary>
public sealed record DateMark
{
    public int? Year { get; init; }

    public int? Month { get; init; }

    public int? Day { get; init; }

    public int? Quarter { get; init; }

    /// <summary>1 = 上半年, 2 = 下半年.</summary>
    public int? Half { get; init; }

    public DatePosition Position { get; init; }

    /// <summary>The last month the mark allows: 10月底 → 10, 第三季度 → 9, 上半年 → 6, 2024年 / 年底 → 12.</summary>
    public int LastMonth => Month ?? (Quarter is { } q ? q * 3 : Half is { } h ? h * 6 : 12);

    /// <summary>The last day of <see cref="LastMonth"/> the mark allows (10月上旬 → 10, 10月31日 → 31).</summary>
    public int LastDay => Day ?? Position switch
    {
        DatePosition.Begin or DatePosition.FirstTenDays => 10,
        DatePosition.Middle or DatePosition.SecondTenDays => 20,
        _ => 31,
    };

    /// <summary>Negative when this mark ends before <paramref name="other"/>, 0 when both end together.</summary>
    public int CompareEnd(DateMark other)
    {
        if (Year is { } y && other.Year is { } oy && y != oy)
        {
            return y.CompareTo(oy);
        }

        var month = LastMonth.CompareTo(other.LastMonth);
        return month != 0 ? month : LastDay.CompareTo(other.LastDay);
    }

    /// <summary>"2024年10月底", "10月31日", "第3季度", "上半年", "年底".</summary>
    public override string ToString()
    {
        var year = Year is { } y ? y.ToString(CultureInfo.InvariantCulture) + "年" : string.Empty;
        if (Quarter is { } q)
        {
            return $"{year}第{q}季度{(Position == DatePosition.End ? "末" : "")}";
        }

        if (Half is { } h)
        {
            return year + (h == 1 ? "上半年" : "下半年");
        }

        if (Month is not { } m)
        {
            return year.Length > 0 ? year + (Position == DatePosition.End ? "底" : "") : "年底";
        }

        var day = Day is { } d ? $"{d}日" : Position switch
        {
            DatePosition.Begin => "初",
            DatePosition.FirstTenDays => "上旬",
            DatePosition.Middle => "中",
            DatePosition.SecondTenDays => "中旬",
            DatePosition.LastTenDays => "下旬",
            DatePosition.End => "底",
            _ => "",
        };
        return $"{year}{m}月{day}";
    }
}
