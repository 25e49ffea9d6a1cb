using Jixiao.Documents.PublishedText;
using Jixiao.Domain.Goals;
using Jixiao.Tests;

namespace Jixiao.Documents.Tests;

/// <summary>The seed (2022 text of a county discipline commission) read exactly: the figures of issue 2. The same paths
/// are covered without the seed by <see cref="DepartmentTextTests"/>.</summary>
public class SeedDocumentTests
{
    private static readonly Lazy<ReadResult> Read = new(() => PublishedTextReader.Read(TestFiles.SeedBytes, new ReadOptions { FileName = TestFiles.SeedName }));
    private static ReadResult Result => Read.Value;
    private static PerformanceDocument Seed => Result.Document;

    [SeedFact]
    public void Seed_ReadsWithoutProblems()
    {
        Assert.Empty(Result.Problems);
    }

    [SeedFact]
    public void Seed_Has10ProjectTablesOfUnit222001()
    {
        Assert.Equal(10, Seed.Projects.Count);
        Assert.All(Seed.Projects, p => Assert.Equal(("222001", "纪律检查委员会本级"), (p.UnitCode, p.UnitName)));
        Assert.Equal(Enumerable.Range(1, 10), Seed.Projects.Select(p => p.Sequence));
        Assert.Equal("222", Seed.DepartmentCode);
    }

    [SeedFact]
    public void Seed_BudgetsSumToExactly176Point42()
    {
        Assert.Equal(Money.ParseWanYuan("176.42"), Seed.TotalBudget);
        Assert.Equal(["19.56", "25.00", "2.00", "19.50", "6.67", "31.00", "2.00", "4.69", "65.00", "1.00"],
            Seed.Projects.Select(p => p.Budget.ToWanYuanString()));
        Assert.All(Seed.Projects, p => Assert.Equal(p.Budget, p.FiscalFunds));
        Assert.All(Seed.Projects, p => Assert.Null(p.OtherFunds));
    }

    [SeedFact]
    public void Seed_Has28NumberedGoalsKeptAsWritten()
    {
        Assert.Equal(28, Seed.Projects.Sum(p => p.Goals.Count));
        var grain = Seed.Projects.Single(p => p.ProjectName == "粮食专项检查工作经费");

        // Typos and duplicates stay: the review flags them.
        Assert.Equal(["粮食专项检查经费", "粮食准想检查工作经费", "粮食准想检查工作经费"], grain.Goals.Select(g => g.Text));
        Assert.Equal([1, 2, 3], grain.Goals.Select(g => g.Number));
    }

    [SeedFact]
    public void Seed_Has90IndicatorRows_NineLevelRowsPerTable()
    {
        Assert.Equal(90, Seed.Projects.Sum(p => p.Indicators.Count));
        var first = Seed.Projects[0].Indicators;
        Assert.Equal(["产出指标", "产出指标", "产出指标", "产出指标", "效益指标", "效益指标", "效益指标", "效益指标", "满意度指标"], first.Select(i => i.Level1));
        Assert.Equal("数量指标", first[0].Level2);
        Assert.Equal("监督检验完成数量", first[0].Name);
        Assert.Equal("100百分比", first[0].Target.Text);
        Assert.Equal("是否合格", first[0].TargetBasis);
    }

    [SeedFact]
    public void Seed_EverySpendingPlanIs25_50_75_100AtMonths3_6_10_12()
    {
        Assert.All(Seed.Projects, p =>
        {
            Assert.Equal([3, 6, 10, 12], p.SpendingPlan.Checkpoints.Select(c => c.Month));
            Assert.Equal([25m, 50m, 75m, 100m], p.SpendingPlan.Checkpoints.Select(c => c.CumulativePercent));
        });
    }

    [SeedFact]
    public void Seed_Has5SubGoalsAnd5Safeguards()
    {
        var part1 = Seed.DepartmentGoals;
        Assert.StartsWith("认真贯彻落实党的十九大精神", part1.OverallGoal, StringComparison.Ordinal);
        Assert.Equal(["办案问责", "党风廉政建设", "监督检查及廉政巡查", "查办预防职务犯罪", "派驻纪检监察机构管理"], part1.SubGoals.Select(s => s.Title));
        Assert.Equal(part1.SubGoals.Select(s => s.Title), part1.Safeguards.Select(s => s.Title));
        Assert.Equal("有效预防和依法严惩职务犯罪", part1.SubGoals[3].GoalText);
        Assert.StartsWith("按照要求和计划完成各项工作安排", part1.SubGoals[2].IndicatorText, StringComparison.Ordinal);
        Assert.StartsWith("受理对党组织", part1.Safeguards[0].Text, StringComparison.Ordinal);
    }

    [SeedFact]
    public void Seed_Has7TargetsWithGreaterOrEqual_AllInTheCouncilMeetingTable()
    {
        var withGe = Seed.Projects.SelectMany(p => p.Indicators.Select(i => (p.ProjectName, i.Target))).Where(x => x.Target.Text.StartsWith('≥')).ToList();
        Assert.Equal(7, withGe.Count);
        Assert.All(withGe, x => Assert.Equal("纪委全会经费", x.ProjectName));
        Assert.All(withGe, x => Assert.Equal(Comparator.GreaterOrEqual, x.Target.Comparator));
    }

    [SeedFact]
    public void Seed_KeepsThePlaceholderWhereItStands()
    {
        var placeholders = Seed.Projects
            .SelectMany(p => p.Indicators.Where(i => i.Name.Contains("（≧**%）", StringComparison.Ordinal)).Select(i => (p.ProjectName, i.Name, i.Description)))
            .ToList();
        Assert.Equal(
            [("纪委全会经费", "工作质量考核优良率（≧**%）", "工作质量考核优良率（≧**%）"), ("粮食专项检查工作经费", "工作质量考核优良率（≧**%）", "工作质量考核优良率（≧**%）")],
            placeholders);
    }

    [SeedFact]
    public void Seed_MultiLineCellsAndTrailingTabs_AreJoinedIntoOneCell()
    {
        // 时效指标 rows: the name and the description are separated by four blank lines in the file.
        var security = Seed.Projects[0].Indicators[2];
        Assert.Equal(("时效指标", "工作完成的时效", "工作完成的时效", "100百分比", "是否完成"),
            (security.Level2, security.Name, security.Description, security.Target.Text, security.TargetBasis));

        // A description with a stray trailing tab.
        Assert.Equal("工作完成所用的时间情况", Seed.Projects[3].Indicators[2].Description);
    }

    [SeedFact]
    public void Seed_YearAndRegionComeFromTheProjectCodes()
    {
        Assert.Equal((2022, ValueSource.ProjectCode), (Seed.FiscalYear, Seed.FiscalYearSource));
        Assert.Equal(("130682", ValueSource.ProjectCode), (Seed.RegionCode, Seed.RegionSource));
        Assert.Equal("A", Seed.TaxonomyProfile);
    }

    [SeedFact]
    public void Seed_TextAndJson_RoundTripFieldByField()
    {
        var written = PublishedTextReader.Read(PublishedTextWriter.Write(Seed));
        Assert.Empty(written.Problems);
        Assert.Empty(DocumentComparer.Compare(Seed, written.Document));
        Assert.Empty(DocumentComparer.Compare(Seed, Json.DocumentJson.Read(Json.DocumentJson.Write(Seed)).Document));
    }
}
