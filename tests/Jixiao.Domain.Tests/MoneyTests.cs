using Jixiao.Domain.Goals;

namespace Jixiao.Domain.Tests;

public class MoneyTests
{
    [Theory]
    [InlineData("19.56", 19_560_000L)]
    [InlineData("25.00", 25_000_000L)]
    [InlineData("１９．５６", 19_560_000L)]
    [InlineData(" 1,234.5 ", 1_234_500_000L)]
    [InlineData("0.000001", 1L)]
    [InlineData("6.67万元", 6_670_000L)]
    public void Parse_ReadsWanYuanExactlyToTheFen(string text, long fen)
    {
        Assert.True(Money.TryParseWanYuan(text, out var money, out var problem), problem);
        Assert.Equal(fen, money.Fen);
    }

    [Theory]
    [InlineData("", "金额为空")]
    [InlineData("abc", "不是以万元为单位的金额")]
    [InlineData("-3", "负数")]
    [InlineData("1.0000001", "超过 6 位小数")]
    public void Parse_RejectsWhatIsNotAnAmount_WithAReason(string text, string reason)
    {
        Assert.False(Money.TryParseWanYuan(text, out _, out var problem));
        Assert.Contains(reason, problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Sum_OfTheSeedBudgets_IsExactly176Point42()
    {
        // 19.56 + 25.00 + 2.00 + 19.50 + 6.67 + 31.00 + 2.00 + 4.69 + 65.00 + 1.00 = 176.42
        var budgets = new[] { "19.56", "25.00", "2.00", "19.50", "6.67", "31.00", "2.00", "4.69", "65.00", "1.00" };
        var total = Money.Sum(budgets.Select(Money.ParseWanYuan));
        Assert.Equal(176.42m, total.WanYuan);
        Assert.Equal("176.42", total.ToWanYuanString());
    }

    [Fact]
    public void Sum_HasNoFloatingPointDrift()
    {
        // 0.1 + 0.2 万元 must be 0.3 万元, which double arithmetic gets wrong.
        var total = Money.ParseWanYuan("0.1") + Money.ParseWanYuan("0.2");
        Assert.Equal(Money.ParseWanYuan("0.3"), total);
    }

    [Theory]
    [InlineData("25", "25.00")]
    [InlineData("19.5", "19.50")]
    [InlineData("0.123456", "0.123456")]
    [InlineData("100.1", "100.10")]
    public void Format_KeepsTwoDecimalsAndNeverRoundsAwayDigits(string text, string expected)
    {
        Assert.Equal(expected, Money.ParseWanYuan(text).ToWanYuanString());
    }
}
