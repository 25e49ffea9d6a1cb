using Jixiao.Documents.PublishedText;
using Jixiao.Domain.Goals;
using Jixiao.Tests;

namespace Jixiao.Documents.Tests;

/// <summary>The repository's own 部门预算绩效文本 (tests/Shared/Fixtures, 县文化广电局 2023) read exactly: the layout of a
/// published text with its defects — no title line, bookmark markers, split cells, trailing tabs, placeholders.</summary>
public class DepartmentTextTests
{
    private static readonly ReadResult Result = PublishedTextReader.Read(TestFiles.DepartmentTextBytes, new ReadOptions { FileName = TestFiles.DepartmentTextName });
    private static PerformanceDocument Text => Result.Document;

    [Fact]
    public void ReadsWithoutProblems()
    {
        Assert.Empty(Result.Problems);
    }

    [Fact]
    public void Has10ProjectTablesOfUnit317001()
    {
        Assert.Equal(10, Text.Projects.Count);
        Assert.All(Text.Projects, p => Assert.Equal(("317001", "文化广电局本级"), (p.UnitCode, p.UnitName)));
        Assert.Equal(Enumerable.Range(1, 10), Text.Projects.Select(p => p.Sequence));
        Assert.Equal("317", Text.DepartmentCode);
    }

    [Fact]
    public void BudgetsSumToExactly173Point67()
    {
        Assert.Equal(Money.ParseWanYuan("173.67"), Text.TotalBudget);
        Assert.Equal(["18.40", "26.00", "3.00", "21.50", "7.35", "28.00", "2.50", "5.12", "60.00", "1.80"],
            Text.Projects.Select(p => p.Budget.ToWanYuanString()));
        Assert.All(Text.Projects, p => Assert.Equal(p.Budget, p.FiscalFunds));
        Assert.All(Text.Projects, p => Assert.Null(p.OtherFunds));
    }

    [Fact]
    public void Has28NumberedGoalsKeptAsWritten()
    {
        Assert.Equal(28, Text.Projects.Sum(p => p.Goals.Count));
        var tourism = Text.Projects.Single(p => p.ProjectName == "旅游市场专项整治工作经费");

        // Typos and duplicates stay: the review flags them.
        Assert.Equal(["旅游市场专项整治经费", "旅游市场专项正治工作经费", "旅游市场专项正治工作经费"], tourism.Goals.Select(g => g.Text));
        Assert.Equal([1, 2, 3], tourism.Goals.Select(g => g.Number));
    }

    [Fact]
    public void Has90IndicatorRows_NineLevelRowsPerTable()
    {
        Assert.Equal(90, Text.Projects.Sum(p => p.Indicators.Count));
        var first = Text.Projects[0].Indicators;
        Assert.Equal(["产出指标", "产出指标", "产出指标", "产出指标", "效益指标", "效益指标", "效益指标", "效益指标", "满意度指标"], first.Select(i => i.Level1));
        Assert.Equal(("数量指标", "巡查点位完成数量", "100百分比", "是否合格"), (first[0].Level2, first[0].Name, first[0].Target.Text, first[0].TargetBasis));
    }

    [Fact]
    public void EverySpendingPlanIs25_50_75_100AtMonths3_6_10_12()
    {
        Assert.All(Text.Projects, p =>
        {
            Assert.Equal([3, 6, 10, 12], p.SpendingPlan.Checkpoints.Select(c => c.Month));
            Assert.Equal([25m, 50m, 75m, 100m], p.SpendingPlan.Checkpoints.Select(c => c.CumulativePercent));
        });
    }

    [Fact]
    public void Part1Has5SubGoalsAnd5Safeguards()
    {
        var part1 = Text.DepartmentGoals;
        Assert.StartsWith("坚持以社会主义核心价值观为引领", part1.OverallGoal, StringComparison.Ordinal);
        Assert.Equal(["文物安全保护", "公共文化服务", "文化和旅游市场监管", "非物质文化遗产保护", "文化人才队伍建设"], part1.SubGoals.Select(s => s.Title));
        Assert.Equal(part1.SubGoals.Select(s => s.Title), part1.Safeguards.Select(s => s.Title));
        Assert.Equal("做好非遗项目的保护和传承", part1.SubGoals[3].GoalText);
        Assert.StartsWith("按照年度检查计划完成各项执法检查任务", part1.SubGoals[2].IndicatorText, StringComparison.Ordinal);
        Assert.StartsWith("建立县、乡、村三级文物安全巡查网络", part1.Safeguards[0].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Has7TargetsWithGreaterOrEqual_AllInTheConferenceTable()
    {
        var withGe = Text.Projects.SelectMany(p => p.Indicators.Select(i => (p.ProjectName, i.Target))).Where(x => x.Target.Text.StartsWith('≥')).ToList();
        Assert.Equal(7, withGe.Count);
        Assert.All(withGe, x => Assert.Equal("全县文化工作会议经费", x.ProjectName));
        Assert.All(withGe, x => Assert.Equal(Comparator.GreaterOrEqual, x.Target.Comparator));
    }

    [Fact]
    public void KeepsThePlaceholderWhereItStands()
    {
        var placeholders = Text.Projects
            .SelectMany(p => p.Indicators.Where(i => i.Name.Contains("（≧**%）", StringComparison.Ordinal)).Select(i => (p.ProjectName, i.Name, i.Description)))
            .ToList();
        Assert.Equal(
            [("全县文化工作会议经费", "工作质量考核优良率（≧**%）", "工作质量考核优良率（≧**%）"), ("旅游市场专项整治工作经费", "工作质量考核优良率（≧**%）", "工作质量考核优良率（≧**%）")],
            placeholders);
    }

    [Fact]
    public void MultiLineCellsAndTrailingTabs_AreJoinedIntoOneCell()
    {
        // Table 1, 时效指标: the name and the description are each followed by four blank lines in the file.
        var patrol = Text.Projects[0].Indicators[2];
        Assert.Equal(("时效指标", "巡查完成及时性", "巡查完成及时性", "100百分比", "是否完成"),
            (patrol.Level2, patrol.Name, patrol.Description, patrol.Target.Text, patrol.TargetBasis));

        // A description with a stray trailing tab.
        Assert.Equal("检查工作完成所用的时间情况", Text.Projects[3].Indicators[2].Description);
    }

    [Fact]
    public void YearAndRegionComeFromTheProjectCodes()
    {
        Assert.Equal((2023, ValueSource.ProjectCode), (Text.FiscalYear, Text.FiscalYearSource));
        Assert.Equal(("139102", ValueSource.ProjectCode), (Text.RegionCode, Text.RegionSource));
        Assert.Equal("A", Text.TaxonomyProfile);
    }

    [Fact]
    public void Options_OverrideYearAndRegion_AndSaySo()
    {
        var doc = PublishedTextReader.Read(TestFiles.DepartmentTextBytes, new ReadOptions { FiscalYear = 2024, RegionCode = "139001" }).Document;
        Assert.Equal((2024, ValueSource.Option, "139001", ValueSource.Option), (doc.FiscalYear, doc.FiscalYearSource, doc.RegionCode, doc.RegionSource));
    }
}
