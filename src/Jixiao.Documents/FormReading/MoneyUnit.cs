using System.Globalization;
using Jixiao.Domain.Goals;
using Jixiao.Domain.Text;

namespace Jixiao.Documents.FormReading;

/// <summary>The unit a form prints its amounts in (元, 万元) and how many fen one unit is. Amounts are converted to
/// <see cref="Money"/> exactly: 387664.62 元 is 38,766,462 fen, never a 万元 figure a hundred times too big.</summary>
public sealed record MoneyUnit(string Name, long FenPerUnit)
{
    public static MoneyUnit WanYuan { get; } = new("万元", Money.FenPerWanYuan);

    public static MoneyUnit Yuan { get; } = new("元", 100);

    /// <summary>The unit a word names ("元", "（万元）", "万 元"), among the units of the form data; null for others.</summary>
    public static MoneyUnit? Named(string? word)
    {
        var key = ChineseText.Key(word ?? string.Empty).Trim('(', ')', '（', '）');
        return FormCellRules.BuiltIn.MoneyUnits.FirstOrDefault(u => u.Name == key);
    }

    /// <summary>Reads "387664.62", "1,234.5", "20万元" in this unit; false with a reason for anything else.</summary>
    public bool TryParse(string text, out Money money, out string? problem)
    {
        money = Money.Zero;
        problem = null;
        var s = ChineseText.Key(text).Replace(",", "", StringComparison.Ordinal);
        foreach (var unit in FormCellRules.BuiltIn.MoneyUnits.OrderByDescending(u => u.Name.Length))
        {
            if (s.EndsWith(unit.Name, StringComparison.Ordinal))
            {
                if (unit != this)
                {
                    problem = $"金额“{text.Trim()}”写明单位“{unit.Name}”，而本表金额单位为“{Name}”";
                    return false;
                }

                s = s[..^unit.Name.Length];
                break;
            }
        }

        if (s.StartsWith('-') || !decimal.TryParse(s, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
        {
            problem = $"“{text.Trim()}”不是以{Name}为单位的金额（应为不小于 0 的数字）";
            return false;
        }

        var fen = value * FenPerUnit;
        if (fen != decimal.Truncate(fen) || fen > long.MaxValue / 2)
        {
            problem = $"金额“{text.Trim()}”{Name}不能精确到分";
            return false;
        }

        money = new Money((long)fen);
        return true;
    }

    public override string ToString() => Name;
}
