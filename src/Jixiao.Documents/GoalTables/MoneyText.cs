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
    [GeneratedRegex(@"^(\d+(?:\.\d+)?)(亿元|万元|元|亿|万)?")]
    private static partial Regex Amount();

    [GeneratedRegex(@"(?:^|[(（\s:：])(?:金额)?单位\s*[:：]\s*(万元|元)")]
    private static partial Regex UnitLine();

    /// <summary>"单位：万元", "金额单位：元", "(单位:万元)" in a line or cell → the unit; null otherwise.</summary>
    public static string? UnitStatedIn(string text)
    {
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

        var m = Amount().Match(key);
        if (!m.Success || (m.Groups[2].Length == 0 && m.Length < key.Length && (char.IsAsciiDigit(key[m.Length]) || key[m.Length] == '.')))
        {
            problem = $"“{ChineseText.Shorten(text.Trim())}”不是以{tableUnit ?? "万元"}为单位的金额（应为数字，例如 19.56）";
            return null;
        }

        var written = m.Groups[2].Value switch
        {
            "万" or "万元" => "万元",
            "元" => "元",
            "亿" or "亿元" => "亿元",
            _ => null,
        };
        unitUsed = written ?? tableUnit;
        if (unitUsed is null)
        {
            problem = $"金额“{text.Trim()}”没有单位，表中也没有写明金额单位（元或万元）";
            return null;
        }

        if (m.Length < key.Length)
        {
            remark = key[m.Length..];
        }

        var value = decimal.Parse(m.Groups[1].Value, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);
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
}
