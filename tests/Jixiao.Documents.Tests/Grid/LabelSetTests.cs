using Jixiao.Documents.Grid;

namespace Jixiao.Documents.Tests.Grid;

public class LabelSetTests
{
    private static readonly LabelSet Labels = LabelSet.FromJson("""
        {
          "Target": ["指标值", "年度指标值", "预期{年}年实现值"],
          "Name": ["三级指标", "指标名称"],
          "Description": ["指标解释", "指标说明"],
          "Basis": ["指标值确定依据"],
          // A later field never takes a label an earlier one has.
          "Other": ["指标值"]
        }
        """);

    [Theory]
    [InlineData("指标值", "Target", LabelMatchKind.Exact, "")]
    [InlineData(" 年 度 指 标 值 ", "Target", LabelMatchKind.Exact, "")]
    [InlineData("年度指標值", "Target", LabelMatchKind.Exact, "")]
    [InlineData("预期2022年实现值", "Target", LabelMatchKind.Exact, "")]
    [InlineData("指标值（包含数字及文字描述）", "Target", LabelMatchKind.Qualified, "包含数字及文字描述")]
    [InlineData("指标值确定依椐", "Basis", LabelMatchKind.Fuzzy, "")]
    [InlineData("指标名称:", "Name", LabelMatchKind.Exact, "")]
    public void Match_FindsTheFieldAndSaysHow(string text, string field, LabelMatchKind kind, string qualifier)
    {
        var match = Labels.Match(text);

        Assert.NotNull(match);
        Assert.Equal((field, kind, qualifier), (match.Field, match.Kind, match.Qualifier));
    }

    [Theory]
    [InlineData("")]
    [InlineData("≥95%")]
    [InlineData("产出指标")]
    [InlineData("指标")]
    public void Match_IsNullForValues(string text)
    {
        Assert.Null(Labels.Match(text));
    }

    [Fact]
    public void Fuzzy_IsNotGuessedBetweenTwoFields()
    {
        var labels = LabelSet.FromJson("""{ "A": ["绩效指标解释"], "B": ["绩效指标注释"] }""");

        Assert.Null(labels.Match("绩效指标x释"));
    }

    [Fact]
    public void Confidence_FallsFromExactToFuzzy()
    {
        Assert.Equal(1.0, Labels.Match("指标值")!.Confidence);
        Assert.True(Labels.Match("指标值(文字)")!.Confidence < 1.0);
        Assert.True(Labels.Match("指标值确定依椐")!.Confidence < Labels.Match("指标值(文字)")!.Confidence);
        Assert.Null(Labels.Match("三级指表"));
    }
}
