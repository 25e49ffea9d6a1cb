using Jixiao.Documents.Grid;

namespace Jixiao.Documents.Tests.Grid;

public class GridTextTests
{
    [Fact]
    public void Clean_FoldsTraditionalAndDropsEmptyLines()
    {
        Assert.Equal("绩效指标\n一级指标", GridText.Clean("  績效指標 \r\n\r\n  一級指標\u3000"));
    }

    [Theory]
    [InlineData("显著", "显著")]
    [InlineData("乾隆", "乾隆")]
    [InlineData("項目資金（萬元）", "项目资金（万元）")]
    [InlineData("滿意度≥90%", "满意度≥90%")]
    public void Fold_ChangesTraditionalOnly_NeverAStandardSimplifiedCharacter(string text, string expected)
    {
        Assert.Equal(expected, TraditionalChinese.Fold(text));
    }

    [Fact]
    public void FoldTable_IsLoadedFromData()
    {
        Assert.True(TraditionalChinese.Count > 2000, $"{TraditionalChinese.Count} pairs");
    }

    [Theory]
    [InlineData("＊指标值 （包含数字及文字描述）：", "指标值(包含数字及文字描述)")]
    [InlineData("★三级指标", "三级指标")]
    [InlineData("其中：财政    资金", "其中:财政资金")]
    [InlineData("年度资金总额:", "年度资金总额")]
    public void Key_IsHalfWidthWithoutSpacesMarksAndTrailingColon(string text, string expected)
    {
        Assert.Equal(expected, GridText.Key(text));
    }

    [Theory]
    [InlineData("二、自有资金", "自有资金")]
    [InlineData("（三）其他资金", "其他资金")]
    [InlineData("十二、项目概况", "项目概况")]
    [InlineData("②产出指标", "产出指标")]
    [InlineData("（一）", "(一)")]
    [InlineData("一级指标", "一级指标")]
    [InlineData("三级指标", "三级指标")]
    [InlineData("产出指标", "产出指标")]
    public void Key_DropsAListMarkerBeforeALabel_AndKeepsTextThatOnlyStartsWithANumeral(string text, string expected)
    {
        Assert.Equal(expected, GridText.Key(text));
    }

    [Theory]
    [InlineData("资金情况(万元)", "资金情况", "万元")]
    [InlineData("二级指标(长期)", "二级指标", "长期")]
    [InlineData("指标值", "指标值", "")]
    [InlineData("(50分)", "(50分)", "")]
    public void SplitQualifier_SeparatesTheLastParenthesisedPart(string key, string baseKey, string qualifier)
    {
        Assert.Equal((baseKey, qualifier), GridText.SplitQualifier(key));
    }

    [Fact]
    public void SplitInline_ReadsLabelAndValueOfOneCell()
    {
        Assert.Equal(("年度资金总额", "16"), GridText.SplitInline("年度资金总额：16"));
        Assert.Equal(("年度目标", "目标1：聘用人员1人"), GridText.SplitInline("年度目标: 目标1：聘用人员1人"));
        Assert.Null(GridText.SplitInline("≥95%"));
        Assert.Null(GridText.SplitInline("：开头"));
    }

    [Fact]
    public void OneLine_JoinsWrappedShortValues()
    {
        Assert.Equal("经济效益指标", GridText.OneLine("经济效益\n指标"));
        Assert.Equal("Level 2", GridText.OneLine("Level\n2"));
    }
}
