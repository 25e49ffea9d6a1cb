using Jixiao.Domain.Goals;
using Jixiao.Domain.Text;
using Jixiao.Domain.Values;

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

    /// <summary>Reads "387664.62", "1,234.5", "20万元" in this unit, through the value grammar; false with a reason for
    /// anything else (another money unit than the form's, an operator, a negative or fractional-fen amount).</summary>
    public bool TryParse(string text, out Money money, out string? problem)
    {
        money = Money.Zero;
        problem = null;
        var reading = ValueGrammar.Parse(text);
        if (reading.Shape != ValueShape.Number || reading.ComparatorWritten || reading.Number is not { } number || number < 0
            || (reading.Unit != UnitReading.None && !reading.Unit.IsMoney))
        {
            problem = $"“{text.Trim()}”不是以{Name}为单位的金额（应为不小于 0 的数字）";
            return false;
        }

        if (reading.Unit.IsMoney && reading.Unit.FenPerUnit != FenPerUnit)
        {
            problem = $"金额“{text.Trim()}”写明单位“{reading.Unit.Canonical}”，而本表金额单位为“{Name}”";
            return false;
        }

        var fen = number * FenPerUnit;
        if (!decimal.IsInteger(fen) || fen > long.MaxValue / 2)
        {
            problem = $"金额“{text.Trim()}”{Name}不能精确到分";
            return false;
        }

        money = new Money((long)fen);
        return true;
    }

    public override string ToString() => Name;
}
