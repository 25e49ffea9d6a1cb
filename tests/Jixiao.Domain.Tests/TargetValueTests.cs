using Jixiao.Domain.Goals;

namespace Jixiao.Domain.Tests;

public class TargetValueTests
{
    [Theory]
    [InlineData("100百分比", Comparator.Equal, false, "100", "百分比", "%")]
    [InlineData("≥100百分比", Comparator.GreaterOrEqual, true, "100", "百分比", "%")]
    [InlineData("≤5%", Comparator.LessOrEqual, true, "5", "%", "%")]
    [InlineData("=100%", Comparator.Equal, true, "100", "%", "%")]
    [InlineData("≥50个", Comparator.GreaterOrEqual, true, "50", "个", "个")]
    [InlineData("≤90万元", Comparator.LessOrEqual, true, "90", "万元", "万元")]
    [InlineData("≧９５％", Comparator.GreaterOrEqual, true, "95", "%", "%")]
    [InlineData("＞３次", Comparator.Greater, true, "3", "次", "次")]
    [InlineData("＝１００％", Comparator.Equal, true, "100", "%", "%")]
    [InlineData(">=99.5%", Comparator.GreaterOrEqual, true, "99.5", "%", "%")]
    [InlineData("<=2小时", Comparator.LessOrEqual, true, "2", "小时", "小时")]
    [InlineData("≤10月底", Comparator.LessOrEqual, true, "10", "月底", "月底")]
    [InlineData("< 0.1%", Comparator.Less, true, "0.1", "%", "%")]
    [InlineData("120", Comparator.Equal, false, "120", "", "")]
    public void Parse_ReadsQuantitativeTargets(string text, Comparator op, bool written, string number, string unit, string normalized)
    {
        var t = TargetValue.Parse(text);
        Assert.Equal(TargetKind.Quantitative, t.Kind);
        Assert.Equal(op, t.Comparator);
        Assert.Equal(written, t.ComparatorWritten);
        Assert.Equal(decimal.Parse(number, System.Globalization.CultureInfo.InvariantCulture), t.Number);
        Assert.Equal(unit, t.Unit);
        Assert.Equal(normalized, t.NormalizedUnit);
        Assert.Equal(text, t.Text);
    }

    [Theory]
    [InlineData("效果明显")]
    [InlineData("按计划实施")]
    [InlineData("符合相关规定")]
    [InlineData("2020年全年")]
    [InlineData("12月底前完成全部工作")]
    [InlineData("不涉及")]
    [InlineData("≥上年水平")]
    public void Parse_KeepsWordsAsQualitative(string text)
    {
        var t = TargetValue.Parse(text);
        Assert.Equal(TargetKind.Qualitative, t.Kind);
        Assert.Null(t.Number);
        Assert.Equal(text, t.Text);
    }

    [Theory]
    [InlineData("≥", "后面没有数字")]
    [InlineData("≥百分比", "后面没有数字")]
    [InlineData("≥1.2.3%", "无法识别")]
    public void Parse_SaysWhatItCouldNotRead(string text, string reason)
    {
        var t = TargetValue.Parse(text);
        Assert.Equal(TargetKind.Invalid, t.Kind);
        Assert.Contains(reason, t.Problem, StringComparison.Ordinal);
        Assert.Equal(text, t.Text);
    }

    [Theory]
    [InlineData("**")]
    [InlineData("××人")]
    [InlineData("（≧**%）")]
    [InlineData("待定")]
    [InlineData("——")]
    public void Parse_ReadsPlaceholdersAsPlaceholders(string text)
    {
        var t = TargetValue.Parse(text);
        Assert.Equal(TargetKind.Placeholder, t.Kind);
        Assert.Null(t.Number);
        Assert.Equal(text, t.Text);
    }

    [Fact]
    public void Parse_KeepsABracketedRemarkAsANote()
    {
        var t = TargetValue.Parse("≤5个（以实际为准）");
        Assert.Equal(TargetKind.Quantitative, t.Kind);
        Assert.Equal((Comparator.LessOrEqual, 5m, "个"), (t.Comparator, t.Number!.Value, t.Unit));
        Assert.Equal("以实际为准", t.Reading.Note);
    }

    [Theory]
    [InlineData("≥", "95", "%", "≥95%")]
    [InlineData("大于等于", "1", "次", "≥1次")]
    [InlineData("小于等于", "12", "万元", "≤12万元")]
    [InlineData("=", "100", "百分比", "=100%")]
    [InlineData("正向", "95%", "%", "=95%")]
    [InlineData("定性", "优", "", "优")]
    public void FromParts_ReadsSeparateColumnsLikeOneCell(string sign, string value, string unit, string canonical)
    {
        Assert.Equal(canonical, TargetValue.FromParts(sign, value, unit).ToCanonicalString());
    }

    [Fact]
    public void Parse_EmptyText_IsEmpty()
    {
        Assert.Equal(TargetKind.Empty, TargetValue.Parse("  ").Kind);
        Assert.Equal(TargetKind.Empty, TargetValue.Parse(null).Kind);
    }

    [Theory]
    [InlineData("100百分比", "=100%")]
    [InlineData("≧９５．０％", "≥95%")]
    [InlineData("效果明显", "效果明显")]
    public void CanonicalString_NormalisesComparatorNumberAndUnit(string text, string canonical)
    {
        Assert.Equal(canonical, TargetValue.Parse(text).ToCanonicalString());
    }

    [Fact]
    public void Equality_IsByTextAndParse()
    {
        Assert.Equal(TargetValue.Parse("≥100百分比"), TargetValue.Parse("≥100百分比"));
        Assert.NotEqual(TargetValue.Parse("≥100百分比"), TargetValue.Parse("≥100%"));
    }
}
