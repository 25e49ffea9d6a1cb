using Jixiao.Documents;
using Jixiao.Domain;
using Jixiao.Domain.Review;
using Jixiao.Tests;

namespace Jixiao.Review.Tests;

/// <summary>The review of the repository's own 部门预算绩效文本 (县文化广电局 2023, written with the defects of published
/// texts) lists what a reviewer would mark by hand — and leaves alone what the project's own words justify.</summary>
public class DepartmentTextReviewTests
{
    private static readonly ReviewedText Text = new(() => DocumentFiles.Read(TestFiles.DepartmentTextPath));

    private static List<Finding> Of(string ruleId) => Text.Of(ruleId);

    [Fact]
    public void Review_FlagsPlaceholderTargetInTwoProjects()
    {
        var findings = Of("STR-09");
        Assert.Equal([3, 7], findings.Select(f => f.ProjectSequence!.Value).Order());
        Assert.All(findings, f =>
        {
            Assert.Equal(2, f.IndicatorRow);
            Assert.Equal("三级指标", f.Field);
            Assert.Equal(Severity.Error, f.Severity);
            Assert.Contains("（≧**%）", f.Message, StringComparison.Ordinal);
        });
    }

    [Fact]
    public void Review_FlagsAtLeastHundredPercentOnBoundedRatesButNotOnGrowthRatios()
    {
        var findings = Of("VAL-06");
        Assert.All(findings, f => Assert.Equal(3, f.ProjectSequence));
        Assert.Contains(findings, f => f.IndicatorRow == 2 && f.Message.Contains("≥100百分比", StringComparison.Ordinal));
        Assert.Contains(findings, f => f.IndicatorRow == 9);
        // "项目对经济效益提升比 ≥100%" and "项目对生态效益提升比" are growth ratios and may exceed 100%.
        Assert.DoesNotContain(findings, f => f.IndicatorRow is 5 or 7);
    }

    [Fact]
    public void Review_FlagsSatisfactionTargetOfHundredPercentInEveryTable()
    {
        var findings = Of("VAL-11");
        Assert.Equal(Enumerable.Range(1, 10), findings.Select(f => f.ProjectSequence!.Value).Order());
        Assert.All(findings, f => Assert.Equal(("指标值", 9), (f.Field!, f.IndicatorRow!.Value)));
    }

    [Fact]
    public void Review_FlagsVerdictAsBasisOnEveryRowAndAcrossTheDocument()
    {
        Assert.Equal(90, Of("BAS-02").Count);
        Assert.All(Of("BAS-02"), f => Assert.Equal("指标值确定依据", f.Field));
        var everywhere = Assert.Single(Of("BAS-04"));
        Assert.Contains("“是否合格”被用作 49/90 行", everywhere.Message, StringComparison.Ordinal);
        Assert.Contains("10/10 张表", everywhere.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Review_FlagsGoalsRepeatingEachOtherOrTheProjectName()
    {
        var restated = Of("TXT-06");
        Assert.Contains(restated, f => f.ProjectSequence == 1 && f.GoalNumber == 1 && f.Message.Contains("“文物安全巡查经费”", StringComparison.Ordinal));
        Assert.Contains(restated, f => f.ProjectSequence == 2 && f.GoalNumber == 3);
        // "加大文化市场执法检查力度" says what the money is for: not a restatement.
        Assert.DoesNotContain(restated, f => f.ProjectSequence == 4 && f.GoalNumber == 2);
        var duplicates = Of("TXT-07");
        Assert.Contains(duplicates, f => f.ProjectSequence == 1 && f.GoalNumber == 2 && f.Message.Contains("完全相同", StringComparison.Ordinal));
        Assert.Contains(duplicates, f => f.ProjectSequence == 7 && f.GoalNumber == 3 && f.Message.Contains("完全相同", StringComparison.Ordinal));
    }

    [Fact]
    public void Review_FlagsTheIdenticalIndicatorTemplateAcrossAllTables()
    {
        var findings = Of("TXT-03");
        Assert.Equal(Enumerable.Range(1, 10), findings.Select(f => f.ProjectSequence!.Value).Order());
        // Tables 5 and 8 have the same indicator texts word for word; the others share the template.
        Assert.Equal([5, 8], findings.Where(f => f.Message.Contains("逐字相同", StringComparison.Ordinal)).Select(f => f.ProjectSequence!.Value).Order());
        Assert.Equal(8, findings.Count(f => f.Message.Contains("等 9 张表使用同一套指标模板", StringComparison.Ordinal)));
    }

    [Fact]
    public void Review_FlagsTheDefaultSpendingPlanEverywhere()
    {
        var finding = Assert.Single(Of("FIN-03"));
        Assert.Contains("10/10 张表", finding.Message, StringComparison.Ordinal);
        Assert.Contains("25%/50%/75%/100%", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Review_FlagsBenefitRowsThatCannotApply_ExceptEconomyWhereTheProjectIsAboutMarkets()
    {
        var findings = Of("TAX-07");
        Assert.Equal(Enumerable.Range(1, 10), findings.Where(f => f.IndicatorRow == 7).Select(f => f.ProjectSequence!.Value).Order());
        // 文化市场综合执法检查 (4) and 旅游市场专项整治 (7) name a market: an economic effect is plausible there.
        Assert.Equal([1, 2, 3, 5, 6, 8, 9, 10], findings.Where(f => f.IndicatorRow == 5).Select(f => f.ProjectSequence!.Value).Order());
        Assert.Contains(findings, f => f.ProjectSequence == 1 && f.IndicatorRow == 5 && f.Message.Contains("经济效益", StringComparison.Ordinal));
        Assert.Contains(findings, f => f.ProjectSequence == 1 && f.IndicatorRow == 7 && f.Message.Contains("生态效益", StringComparison.Ordinal));
        Assert.All(findings, f => Assert.Contains("不涉及", f.Fix, StringComparison.Ordinal));
    }

    [Fact]
    public void Review_FlagsEnterpriseSatisfactionWhereNoEnterpriseIsServed()
    {
        Assert.Equal([9, 10], Of("TAX-08").Select(f => f.ProjectSequence!.Value).Order());
    }

    [Fact]
    public void Review_FlagsDescriptionsThatRepeatTheNameAndFundUseThatRepeatsTheProject()
    {
        Assert.True(Of("TXT-08").Count >= 80);
        // "对全县文化工作会议的保障经费" and "对图书馆阅览室改造的经费" only reword the project name, too.
        Assert.Equal(10, Of("TXT-04").Count);
    }

    [Fact]
    public void Review_GradesTheText差AndEveryFindingNamesItsCellAndFix()
    {
        Text.AssertPoorWithEveryFindingLocated();
    }
}
