using System.Globalization;
using Jixiao.Domain.Text;

namespace Jixiao.Domain.Goals;

/// <summary>
/// An exact amount of money. Tables print 万元; one unit's instructions require 6 decimals of 万元,
/// i.e. exact to the fen (0.01 元), so the amount is held as a whole number of fen and never as a
/// floating-point value. 1 万元 = 1,000,000 fen.
/// </summary>
public readonly record struct Money : IComparable<Money>
{
    public const long FenPerWanYuan = 1_000_000;

    public Money(long fen) => Fen = fen;

    /// <summary>The amount in fen (分).</summary>
    public long Fen { get; }

    public static Money Zero => default;

    /// <summary>The amount in 万元 as an exact decimal.</summary>
    public decimal WanYuan => Fen / (decimal)FenPerWanYuan;

    public static Money FromWanYuan(decimal wanYuan)
    {
        var fen = wanYuan * FenPerWanYuan;
        if (fen != decimal.Truncate(fen))
        {
            throw new ArgumentException($"金额 {wanYuan} 万元超过 6 位小数（精确到分），无法精确表示。", nameof(wanYuan));
        }

        return new Money((long)fen);
    }

    /// <summary>
    /// Reads an amount in 万元 as printed in a table: "19.56", "１９．５６", "1,234.5", "19.56万元".
    /// Returns false (and a reason in Chinese) for anything that is not such an amount.
    /// </summary>
    public static bool TryParseWanYuan(string? text, out Money money, out string? problem)
    {
        money = Zero;
        problem = null;
        var s = ChineseText.Key(text ?? string.Empty).Replace(",", "", StringComparison.Ordinal);
        if (s.EndsWith("万元", StringComparison.Ordinal))
        {
            s = s[..^2];
        }

        if (s.Length == 0)
        {
            problem = "金额为空";
            return false;
        }

        if (s.StartsWith('-'))
        {
            problem = $"金额“{text?.Trim()}”为负数，预算金额不能为负";
            return false;
        }

        if (!decimal.TryParse(s, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
        {
            problem = $"“{text?.Trim()}”不是以万元为单位的金额（应为数字，例如 19.56）";
            return false;
        }

        if (value * FenPerWanYuan != decimal.Truncate(value * FenPerWanYuan))
        {
            problem = $"金额“{text?.Trim()}”超过 6 位小数（万元精确到分最多 6 位小数）";
            return false;
        }

        if (value > 100_000_000m)
        {
            problem = $"金额“{text?.Trim()}”万元超出合理范围";
            return false;
        }

        money = FromWanYuan(value);
        return true;
    }

    public static Money ParseWanYuan(string text) =>
        TryParseWanYuan(text, out var money, out var problem) ? money : throw new FormatException(problem);

    /// <summary>
    /// 万元 with at least <paramref name="minDecimals"/> decimals and as many more (up to 6) as the
    /// amount needs, so nothing is ever rounded away: 19.56, 25.00, 0.000001.
    /// </summary>
    public string ToWanYuanString(int minDecimals = 2)
    {
        var text = WanYuan.ToString("0.######", CultureInfo.InvariantCulture);
        var dot = text.IndexOf('.', StringComparison.Ordinal);
        var decimals = dot < 0 ? 0 : text.Length - dot - 1;
        if (decimals >= minDecimals)
        {
            return text;
        }

        return (dot < 0 ? text + "." : text) + new string('0', minDecimals - decimals);
    }

    public override string ToString() => ToWanYuanString();

    public static Money operator +(Money a, Money b) => new(checked(a.Fen + b.Fen));

    public static Money operator -(Money a, Money b) => new(checked(a.Fen - b.Fen));

    public static bool operator <(Money a, Money b) => a.Fen < b.Fen;

    public static bool operator >(Money a, Money b) => a.Fen > b.Fen;

    public static bool operator <=(Money a, Money b) => a.Fen <= b.Fen;

    public static bool operator >=(Money a, Money b) => a.Fen >= b.Fen;

    public int CompareTo(Money other) => Fen.CompareTo(other.Fen);

    public static Money Add(Money a, Money b) => a + b;

    public static Money Subtract(Money a, Money b) => a - b;

    public static Money Sum(IEnumerable<Money> amounts)
    {
        var total = Zero;
        foreach (var amount in amounts)
        {
            total += amount;
        }

        return total;
    }
}
