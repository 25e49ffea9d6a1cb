using System.Globalization;
using System.Text.RegularExpressions;
using Jixiao.Domain.Goals;
using Jixiao.Domain.Text;

namespace Jixiao.Documents.GoalTables;

/// <summary>
/// An amount as goal tables print it, in the unit the table states: "16", "250万", "10000万元", "387,664.62",
/// "854万（高标准农田建设400万元…）". The unit written after the number wins over the table's unit; with neither the
/// amount cannot be read (never guessed). Conversion is exact: 元 with at most two decimals, 万元 with at most six.
/// </summary>
internal static partial class MoneyText
{
    /// <summary>The units an amount may be written with, in the order they are tried (the longer first).</summary>
    private static readonly string[] WrittenUnits = ["亿元", "万元", "元", "亿", "万"];

    [GeneratedRegex(@"(?:^|[(（\s:：])(?:金额)?单位\s*[:：]\s*(万元|元)")]
    private static partial Regex UnitLine();

    /// <summary>"单位：万元", "金额单位：元", "(单位:万元)" in a line or cell → the unit; null otherwise.</summary>
    public static string? UnitStatedIn(string text)
    {
        // The pattern needs 单位 (which half-width folding leaves as it is): most texts asked have none.
        if (!text.Contains("单位", StringComparison.Ordinal))
        {
            return null;
        }

        var m = UnitLine().Match(ChineseText.ToHalfWidth(text));
        return m.Success ? m.Groups[1].Value : null;
    }

    /// <summary>The unit an amount label carries in parentheses ("资金情况（万元）", "项目资金(元)").</summary>
    public static string? UnitOfQualifier(string qualifier) => ChineseText.Key(qualifier) switch
    {
        "万元" or "单位:万元" => "万元",
        "元" or "单位:元" => "元",
        _ => null,
    };

    /// <summary>Reads an amount. Empty text, "—" and "/" are no amount (null, no problem).</summary>
    public static Money? Parse(string text, string? tableUnit, out string? unitUsed, out string? remark, out string? problem)
    {
        unitUsed = null;
        remark = null;
        problem = null;
        var key = ChineseText.Key(text).Replace(",", "", StringComparison.Ordinal).Replace("，", "", StringComparison.Ordinal);
        if (key.Length == 0 || key is "—" or "/" or "-" or "——" or "无")
        {
            return null;
        }

        if (key.StartsWith('-'))
        {
            problem = $"金额“{text.Trim()}”为负数，预算金额不能为负";
            return null;
        }

        var (number, writtenUnit) = LeadingAmount(key);
        var length = number + writtenUnit.Length;
        if (number == 0 || (writtenUnit.Length == 0 && length < key.Length && (char.IsAsciiDigit(key[length]) || key[length] == '.')))
        {
            problem = $"“{ChineseText.Shorten(text.Trim())}”不是以{tableUnit ?? "万元"}为单位的金额（应为数字，例如 19.56）";
            return null;
        }

        var written = writtenUnit switch
        {
            "万" or "万元" => "万元",
            "元" => "元",
            "亿" or "亿元" => "亿元",
            _ => null,
        };
        unitUsed = written ?? tableUnit;
        if (unitUsed is null && length == key.Length && decimal.Parse(key.AsSpan(0, number), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture) == 0)
        {
            return Money.Zero; // nothing is nothing in any unit: "0" needs no unit, and none is guessed
        }

        if (unitUsed is null)
        {
            problem = $"金额“{text.Trim()}”没有单位，表中也没有写明金额单位（元或万元）";
            return null;
        }

        if (length < key.Length)
        {
            remark = key[length..];
        }

        var value = decimal.Parse(key.AsSpan(0, number), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);
        var wanYuan = unitUsed switch
        {
            "元" => value / 10_000m,
            "亿元" => value * 10_000m,
            _ => value,
        };
        if (wanYuan * Money.FenPerWanYuan != decimal.Truncate(wanYuan * Money.FenPerWanYuan))
        {
            problem = $"金额“{text.Trim()}”超过了分（元的第 2 位小数），无法精确表示";
            return null;
        }

        if (wanYuan > 100_000_000m)
        {
            problem = $"金额“{text.Trim()}”超出合理范围";
            return null;
        }

        return Money.FromWanYuan(wanYuan);
    }

    /// <summary>The number a key starts with — digits, then a point and digits if any — and the unit written right
    /// after it (one of <see cref="WrittenUnits"/>, or empty): the number's length is 0 when the key starts with none.
    /// "250万元" → (3, "万元"), "19.56" → (5, ""), "12.万" → (2, ""). Scanned by hand: a regex match was a
    /// <c>Match</c> and its groups for every amount of every head.</summary>
    internal static (int Number, string Unit) LeadingAmount(string key)
    {
        // char.IsDigit is what the pattern's \d was: any decimal digit, not only ASCII.
        var end = 0;
        while (end < key.Length && char.IsDigit(key[end]))
        {
            end++;
        }

        if (end == 0)
        {
            return (0, string.Empty);
        }

        if (end + 1 < key.Length && key[end] == '.' && char.IsDigit(key[end + 1]))
        {
            end += 2;
            while (end < key.Length && char.IsDigit(key[end]))
            {
                end++;
            }
        }

        foreach (var unit in WrittenUnits)
        {
            if (key.AsSpan(end).StartsWith(unit, StringComparison.Ordinal))
            {
                return (end, unit);
            }
        }

        return (end, string.Empty);
    }

    /// <summary>What to do about an amount <see cref="Parse"/> could not read because it has no unit.</summary>
    internal const string NoUnitAdvice = "请在表头写明“单位：万元”或“（元）”，或导入时指定金额单位。";

    /// <summary>Whether a <see cref="Parse"/> problem is an amount without a unit (<see cref="NoUnitAdvice"/> says what to do).</summary>
    internal static bool LacksUnit(string problem) => problem.Contains("没有单位", StringComparison.Ordinal);
}
