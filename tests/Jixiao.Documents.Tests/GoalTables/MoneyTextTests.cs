using System.Text.RegularExpressions;
using Jixiao.Documents.GoalTables;
using Jixiao.Domain.Goals;

namespace Jixiao.Documents.Tests.GoalTables;

/// <summary>An amount's leading number and written unit, scanned by hand: it must find what the pattern it replaced
/// found, and amounts read as before.</summary>
public partial class MoneyTextTests
{
    /// <summary>The pattern the scanner replaced, as it was.</summary>
    [GeneratedRegex(@"^(\d+(?:\.\d+)?)(亿元|万元|元|亿|万)?")]
    private static partial Regex Pattern();

    [Theory]
    [InlineData("250万元", 3, "万元")]
    [InlineData("250万", 3, "万")]
    [InlineData("3亿元", 1, "亿元")]
    [InlineData("3亿", 1, "亿")]
    [InlineData("16", 2, "")]
    [InlineData("19.56", 5, "")]
    [InlineData("387664.62元", 9, "元")]
    [InlineData("12.万", 2, "")] // a point without digits after it is not part of the number
    [InlineData("12..5", 2, "")]
    [InlineData("1.2.3", 3, "")]
    [InlineData("854万(高标准农田建设400万元)", 3, "万")]
    [InlineData("万元", 0, "")]
    [InlineData(".5", 0, "")]
    [InlineData("", 0, "")]
    [InlineData("٣٤万元", 2, "万元")] // any decimal digit, as \d
    [InlineData("10元万", 2, "元")]
    public void LeadingAmount_FindsWhatThePatternFound(string key, int number, string unit)
    {
        Assert.Equal((number, unit), MoneyText.LeadingAmount(key));
        var m = Pattern().Match(key);
        Assert.Equal(m.Success ? m.Groups[1].Length : 0, number);
        Assert.Equal(m.Success ? m.Groups[2].Value : string.Empty, unit);
    }

    [Theory]
    [InlineData("250万", "元", 250, "万元", null)]
    [InlineData("387,664.62", "元", 38.766462, "元", null)]
    [InlineData("１６", "万元", 16, "万元", null)] // full-width digits
    [InlineData("854万（高标准农田建设400万元）", null, 854, "万元", "(高标准农田建设400万元)")]
    [InlineData("0.5亿元", null, 5000, "亿元", null)]
    public void Parse_ReadsAmountAndUnit(string text, string? tableUnit, double wanYuan, string unitUsed, string? remark)
    {
        var amount = MoneyText.Parse(text, tableUnit, out var used, out var rest, out var problem);

        Assert.Null(problem);
        Assert.Equal(Money.FromWanYuan((decimal)wanYuan), amount);
        Assert.Equal(unitUsed, used);
        Assert.Equal(remark, rest);
    }

    [Theory]
    [InlineData("12.5.3", "万元")] // digits or a point right after the number: not an amount
    [InlineData("约12万", "万元")]
    [InlineData("16", null)] // no unit anywhere
    [InlineData("-3", "万元")]
    public void Parse_RefusesWhatIsNoAmount(string text, string? tableUnit)
    {
        Assert.Null(MoneyText.Parse(text, tableUnit, out _, out _, out var problem));
        Assert.NotNull(problem);
    }
}
