using Jixiao.Domain.Goals;
using Jixiao.Domain.Values;

namespace Jixiao.Domain.Tests.Values;

/// <summary>The parts of a reading the value table does not show: bounds, dates, money in fen, unit conversion.</summary>
public class ValueGrammarTests
{
    [Fact]
    public void Range_KeepsBothBounds()
    {
        var r = ValueGrammar.Parse("30-45分钟");
        Assert.Equal((ValueShape.Range, Comparator.Between, 30m, 45m), (r.Shape, r.Comparator, r.Number!.Value, r.Upper!.Value));
        Assert.True(r.Unit.IsTime);
    }

    [Fact]
    public void TwoSidedCondition_IsARange()
    {
        var r = ValueGrammar.Parse("≥80%且≤90%");
        Assert.Equal((ValueShape.Range, 80m, 90m, "%"), (r.Shape, r.Number!.Value, r.Upper!.Value, r.Unit.Canonical));
    }

    [Fact]
    public void Deadline_ComparesByTheLastDayItAllows()
    {
        var deadline = ValueGrammar.Parse("2024年10月底前").Date!;
        Assert.Equal((2024, 10, 31), (deadline.Year!.Value, deadline.LastMonth, deadline.LastDay));
        Assert.True(ValueGrammar.Parse("10月25日").Date!.CompareEnd(deadline) < 0);
        Assert.True(ValueGrammar.Parse("11月3日").Date!.CompareEnd(deadline) > 0);
        Assert.Equal(0, ValueGrammar.Parse("第四季度").Date!.CompareEnd(ValueGrammar.Parse("12月底").Date!));
    }

    [Theory]
    [InlineData("18.5万元", 18_500_000L)]
    [InlineData("1.2亿元", 12_000_000_000L)]
    [InlineData("118000元", 11_800_000L)]
    [InlineData("0.000001万元", 1L)]
    [InlineData("3千元", 300_000L)]
    public void Money_IsExactInFen(string text, long fen)
    {
        Assert.Equal(fen, ValueGrammar.Parse(text).Fen);
    }

    [Fact]
    public void Money_BelowAFen_IsNotAnAmount()
    {
        Assert.Null(ValueGrammar.Parse("0.0000001万元").Fen);
    }

    [Theory]
    [InlineData("118000元", "≤12万元", "11.8")]
    [InlineData("1.2万株", "≥10000株", "12000")]
    [InlineData("≥120公里", "≥100公里", "120")]
    [InlineData("95%", "≥95%", "95")]
    [InlineData("583元/人*月", "≥530元/人·月", "583")]
    public void NumberIn_ConvertsAnActualToTheTargetsUnit(string actual, string target, string expected)
    {
        var unit = ValueGrammar.Parse(target).Unit;
        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), ValueGrammar.Parse(actual).NumberIn(unit));
    }

    [Fact]
    public void NumberIn_RefusesDifferentMeasures()
    {
        Assert.Null(ValueGrammar.Parse("12个").NumberIn(ValueGrammar.Parse("≤5万元").Unit));
    }

    [Theory]
    [InlineData("万株", UnitDimension.Count, true)]
    [InlineData("元/亩", UnitDimension.PerUnit, true)]
    [InlineData("元/人·年", UnitDimension.PerUnit, true)]
    [InlineData("人次/年", UnitDimension.PerUnit, true)]
    [InlineData("个工作日", UnitDimension.Time, true)]
    [InlineData("个百分点", UnitDimension.PercentagePoint, true)]
    [InlineData("万平方米", UnitDimension.Area, true)]
    [InlineData("坨", UnitDimension.Unknown, false)]
    [InlineData("元/坨", UnitDimension.PerUnit, false)]
    public void Units_ComposeFromTheDictionary(string unit, UnitDimension dimension, bool known)
    {
        var u = UnitCatalog.Default.Resolve(unit);
        Assert.Equal((dimension, known), (u.Dimension, u.IsKnown));
    }
}
