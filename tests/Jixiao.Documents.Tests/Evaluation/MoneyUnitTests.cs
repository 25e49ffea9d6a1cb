using Jixiao.Documents.FormReading;

namespace Jixiao.Documents.Tests.Evaluation;

/// <summary>Money cells of a form in the unit its header states, read through the value grammar and kept in fen.</summary>
public class MoneyUnitTests
{
    [Theory]
    [InlineData("元", "387664.62", 38_766_462L)]
    [InlineData("元", "387,664.62", 38_766_462L)]
    [InlineData("万元", "64.8", 64_800_000L)]
    [InlineData("万元", "300万元", 300_000_000L)]
    [InlineData("万元", "0", 0L)]
    public void Amounts_AreExactFen(string unit, string text, long fen)
    {
        Assert.True(MoneyUnit.Named(unit)!.TryParse(text, out var money, out var problem), problem);
        Assert.Equal(fen, money.Fen);
    }

    [Theory]
    [InlineData("元", "20万元", "写明单位“万元”，而本表金额单位为“元”")]
    [InlineData("万元", "-5", "应为不小于 0 的数字")]
    [InlineData("万元", "≥5", "应为不小于 0 的数字")]
    [InlineData("万元", "86.5%", "应为不小于 0 的数字")]
    [InlineData("万元", "四十五万", "应为不小于 0 的数字")]
    [InlineData("元", "0.001", "不能精确到分")]
    public void OtherCells_AreRefusedWithTheReason(string unit, string text, string reason)
    {
        Assert.False(MoneyUnit.Named(unit)!.TryParse(text, out _, out var problem));
        Assert.Contains(reason, problem, StringComparison.Ordinal);
    }
}
