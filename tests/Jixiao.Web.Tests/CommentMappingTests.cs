using Jixiao.Application.Workflow;

namespace Jixiao.Web.Tests;

public sealed class CommentMappingTests
{
    [Fact]
    public void TryTargetOf_CellWithRowZero_GivesChineseMessageWithoutParameterSuffix()
    {
        Assert.False(CommentMapping.TryTargetOf("13010222P001", 0, "指标值", out var target, out var problem));
        Assert.Null(target);
        Assert.StartsWith("指标行号从 1 开始。", problem, StringComparison.Ordinal);
        Assert.DoesNotContain("Parameter", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void TryTargetOf_CellOfIndicatorRow_IsThatCell()
    {
        Assert.True(CommentMapping.TryTargetOf("13010222P001", 3, "指标值", out var target, out var problem));
        Assert.Null(problem);
        Assert.Equal("项目 13010222P001 第3行指标“指标值”", target.ToString());
    }
}
