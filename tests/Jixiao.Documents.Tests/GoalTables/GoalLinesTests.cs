using Jixiao.Domain.Goals;

namespace Jixiao.Documents.Tests.GoalTables;

/// <summary>The 绩效目标 cell split into numbered goals (<see cref="TableValues.ParseGoals"/>), read by hand since issue
/// 19: the same goals as the pattern <c>^\s*(\d+)\s*[.．、)）]\s*(.*)$</c> on each line's half-width form gave.</summary>
public class GoalLinesTests
{
    [Fact]
    public void NumberedLines_FullWidthOrNot_KeepTheirNumbers_AndAWrappedLineJoinsTheGoalBefore()
    {
        var goals = TableValues.ParseGoals(["１．保障安保经费", "按季度拨付", " 2 、 完成培训 ", "3）满意度≥90%", "4.", "十.不是数字编号"]);

        Assert.Equal([new Goal(1, "保障安保经费\n按季度拨付"), new Goal(2, "完成培训"), new Goal(3, "满意度≥90%"), new Goal(4, "\n十.不是数字编号")], goals);
    }

    [Fact]
    public void LinesWithoutNumbers_AreNumberedInOrder()
    {
        Assert.Equal([new Goal(1, "完成项目建设"), new Goal(2, "群众满意")], TableValues.ParseGoals(["完成项目建设", "", "群众满意"]));
    }

    [Fact]
    public void ANumberTooLargeForAGoal_MakesTheLineAContinuation()
    {
        Assert.Equal([new Goal(1, "第一项\n99999999999.第二项")], TableValues.ParseGoals(["1.第一项", "99999999999.第二项"]));
    }
}
