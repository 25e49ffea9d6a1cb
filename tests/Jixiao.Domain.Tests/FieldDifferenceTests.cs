using Jixiao.Domain.Goals;

namespace Jixiao.Domain.Tests;

/// <summary>A changed field is shown as a reader of the goal table names it (row and column), not as a path.</summary>
public class FieldDifferenceTests
{
    [Theory]
    [InlineData("指标[2].指标值确定依据", "第2行 指标值确定依据")]
    [InlineData("指标[12].指标值", "第12行 指标值")]
    [InlineData("绩效目标[1]", "绩效目标第1条")]
    [InlineData("资金用途", "资金用途")]
    [InlineData("部门整体绩效目标表 指标[3].指标值", "部门整体绩效目标表 第3行 指标值")]
    [InlineData("部门整体绩效目标表 年度主要任务[2].财政拨款", "部门整体绩效目标表 年度主要任务第2行 财政拨款")]
    [InlineData("部门整体绩效目标表 资金[1].金额", "部门整体绩效目标表 资金第1行 金额")]
    public void Place_NamesRowAndColumn(string path, string place) => Assert.Equal(place, new FieldDifference(path, "a", "b").Place);

    [Fact]
    public void Sentence_QuotesBothValues() =>
        Assert.Equal("第2行 指标值确定依据：“按上年实际” → “按近三年平均”", new FieldDifference("指标[2].指标值确定依据", "按上年实际", "按近三年平均").Sentence);
}
