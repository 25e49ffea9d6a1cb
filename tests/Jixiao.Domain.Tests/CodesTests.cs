using Jixiao.Domain.Goals;
using Jixiao.Domain.Text;

namespace Jixiao.Domain.Tests;

public class CodesTests
{
    [Fact]
    public void ProjectCode_SplitsRegionYearAndType()
    {
        const string code = "13068222P00675410002L";
        Assert.True(ProjectCode.IsWellFormed(code));
        Assert.Equal("130682", ProjectCode.RegionOf(code));
        Assert.Equal(2022, ProjectCode.YearOf(code));
        Assert.Equal('P', ProjectCode.TypeOf(code));
    }

    [Theory]
    [InlineData("13068222P0067541000")]
    [InlineData("13068222p00675410002l")]
    [InlineData("1306822XP00675410002L")]
    public void ProjectCode_RejectsMalformedCodes(string code)
    {
        // lower case is normalised, so only the first and third are malformed in content
        Assert.Equal(code == "13068222p00675410002l", ProjectCode.IsWellFormed(code));
    }

    [Theory]
    [InlineData("222001纪律检查委员会本级", "222001", "纪律检查委员会本级")]
    [InlineData("301002-长安区国库集中收付中心", "301002", "长安区国库集中收付中心")]
    [InlineData("没有代码的单位", "", "没有代码的单位")]
    public void UnitCode_SplitsCodeAndName(string text, string code, string name)
    {
        Assert.Equal((code, name), UnitCode.Split(text));
    }

    [Theory]
    [InlineData("一", 1)]
    [InlineData("十", 10)]
    [InlineData("十二", 12)]
    [InlineData("二十三", 23)]
    public void ChineseNumerals_RoundTrip(string text, int value)
    {
        Assert.Equal(value, ChineseText.ParseChineseNumeral(text));
        Assert.Equal(text, ChineseText.ToChineseNumeral(value));
    }
}
