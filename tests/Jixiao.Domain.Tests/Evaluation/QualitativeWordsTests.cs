using Jixiao.Domain.Evaluation;

namespace Jixiao.Domain.Tests.Evaluation;

/// <summary>The words units write as a 定性 actual, read through the word list kept as data.</summary>
public class QualitativeWordsTests
{
    [Theory]
    [InlineData("达成", QualitativeGrade.Achieved)]
    [InlineData("已达成", QualitativeGrade.Achieved)]
    [InlineData("完成", QualitativeGrade.Achieved)]
    [InlineData("已完成。", QualitativeGrade.Achieved)]
    [InlineData("是", QualitativeGrade.Achieved)]
    [InlineData("有效", QualitativeGrade.Achieved)]
    [InlineData("良好", QualitativeGrade.Achieved)]
    [InlineData("显著", QualitativeGrade.Achieved)]
    [InlineData("达到预期", QualitativeGrade.Achieved)]
    [InlineData("达成预期指标", QualitativeGrade.Achieved)]
    [InlineData(" 效果 明显 ", QualitativeGrade.Achieved)]
    [InlineData("基本达成", QualitativeGrade.Partial)]
    [InlineData("部分达成", QualitativeGrade.Partial)]
    [InlineData("基本达到", QualitativeGrade.Partial)]
    [InlineData("未达成", QualitativeGrade.NotAchieved)]
    [InlineData("未完成", QualitativeGrade.NotAchieved)]
    [InlineData("否", QualitativeGrade.NotAchieved)]
    public void Words_NameTheirGrade(string actual, QualitativeGrade grade) =>
        Assert.Equal(grade, QualitativeWords.BuiltIn.GradeOf(actual));

    [Theory]
    [InlineData("完成率95%")]   // starts like 完成 but is a number: no guess
    [InlineData("进行中")]
    [InlineData("2023年10月")]
    [InlineData("")]
    public void OtherText_NamesNoGrade(string actual) => Assert.Null(QualitativeWords.BuiltIn.GradeOf(actual));

    [Fact]
    public void AnActualWrittenAsTheTarget_ReachedIt()
    {
        // 中江 2022: 指标值 “显著提升”, 实际 “显著提升”; 银川-style “符合相关文件要求” both ways.
        Assert.Equal(QualitativeGrade.Achieved, QualitativeWords.BuiltIn.GradeOf("符合相关文件要求", "符合相关文件要求"));
        Assert.Null(QualitativeWords.BuiltIn.GradeOf("符合相关文件要求", "严格执行相关制度"));
    }

    [Fact]
    public void AWordUnderTwoGrades_IsRefused()
    {
        var e = Assert.Throws<FormatException>(() => QualitativeWords.FromJson("""{ "achieved": ["完成"], "notAchieved": ["完成"] }"""));
        Assert.Contains("完成", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TheProfileBands_UseTheWordList()
    {
        // National bands: 达成 [80%,100%], 部分达成 [60%,80%), 未达成 [0,60%).
        var profile = ScoringProfile.National;
        Assert.Equal("达成年度指标", profile.BandFor("已完成")!.Name);
        Assert.Equal("部分达成年度指标并具有一定效果", profile.BandFor("基本达成")!.Name);
        Assert.Equal("未达成年度指标且效果较差", profile.BandFor("未完成")!.Name);
    }
}
