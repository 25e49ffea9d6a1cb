using Jixiao.Documents;
using Jixiao.Domain;
using Jixiao.Domain.Review;
using Jixiao.Tests;

namespace Jixiao.Review.Tests;

/// <summary>The review of the seed document (定州市纪委 2022) lists the defects a reviewer would mark by hand. The same
/// rules on the repository's own text: <see cref="DepartmentTextReviewTests"/>.</summary>
public class SeedReviewTests
{
    private static readonly ReviewedText Seed = new(() => DocumentFiles.Read(TestFiles.SeedBytes, ".txt", new ReadOptions { FileName = TestFiles.SeedName }));

    private static List<Finding> Of(string ruleId) => Seed.Of(ruleId);

    [SeedFact]
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

    [SeedFact]
    public void Review_FlagsAtLeastHundredPercentOnBoundedRates()
    {
        var findings = Of("VAL-06");
        Assert.All(findings, f => Assert.Equal(3, f.ProjectSequence));
        Assert.Contains(findings, f => f.IndicatorRow == 2 && f.Message.Contains("≥100百分比", StringComparison.Ordinal));
        Assert.Contains(findings, f => f.IndicatorRow == 9);
        // "项目对经济效益提升比 ≥100%" is a growth ratio and may exceed 100%.
        Assert.DoesNotContain(findings, f => f.IndicatorRow == 5);
    }

    [SeedFact]
    public void Review_FlagsSatisfactionTargetOfHundredPercentInEveryTable()
    {
        var findings = Of("VAL-11");
        Assert.Equal(Enumerable.Range(1, 10), findings.Select(f => f.ProjectSequence!.Value).Order());
        Assert.All(findings, f => Assert.Equal(("指标值", 9), (f.Field!, f.IndicatorRow!.Value)));
    }

    [SeedFact]
    public void Review_FlagsVerdictAsBasisOnEveryRowAndAcrossTheDocument()
    {
        Assert.Equal(90, Of("BAS-02").Count);
        Assert.All(Of("BAS-02"), f => Assert.Equal("指标值确定依据", f.Field));
        var everywhere = Assert.Single(Of("BAS-04"));
        Assert.Contains("“是否合格”被用作 49/90 行", everywhere.Message, StringComparison.Ordinal);
        Assert.Contains("10/10 张表", everywhere.Message, StringComparison.Ordinal);
    }

    [SeedFact]
    public void Review_FlagsGoalsRepeatingEachOtherOrTheProjectName()
    {
        var restated = Of("TXT-06");
        Assert.Contains(restated, f => f.ProjectSequence == 1 && f.GoalNumber == 1 && f.Message.Contains("“安保经费”", StringComparison.Ordinal));
        Assert.Contains(restated, f => f.ProjectSequence == 2 && f.GoalNumber == 3);
        var duplicates = Of("TXT-07");
        Assert.Contains(duplicates, f => f.ProjectSequence == 1 && f.GoalNumber == 2 && f.Message.Contains("完全相同", StringComparison.Ordinal));
        Assert.Contains(duplicates, f => f.ProjectSequence == 7 && f.GoalNumber == 3);
    }

    [SeedFact]
    public void Review_FlagsTheIdenticalIndicatorTemplateAcrossAllTables()
    {
        var findings = Of("TXT-03");
        Assert.Equal(Enumerable.Range(1, 10), findings.Select(f => f.ProjectSequence!.Value).Order());
        // Tables whose indicator texts are copied word for word say so; the others share the template.
        Assert.All(findings, f => Assert.True(f.Message.Contains("同一套指标模板", StringComparison.Ordinal) || f.Message.Contains("逐字相同", StringComparison.Ordinal), f.Message));
        Assert.Contains(findings, f => f.Message.Contains("等 9 张表使用同一套指标模板", StringComparison.Ordinal));
    }

    [SeedFact]
    public void Review_FlagsTheDefaultSpendingPlanEverywhere()
    {
        var finding = Assert.Single(Of("FIN-03"));
        Assert.Contains("10/10 张表", finding.Message, StringComparison.Ordinal);
        Assert.Contains("25%/50%/75%/100%", finding.Message, StringComparison.Ordinal);
    }

    [SeedFact]
    public void Review_FlagsBenefitRowsThatCannotApply()
    {
        var findings = Of("TAX-07");
        Assert.Equal(20, findings.Count);
        Assert.Contains(findings, f => f.ProjectSequence == 1 && f.IndicatorRow == 5 && f.Message.Contains("经济效益", StringComparison.Ordinal));
        Assert.Contains(findings, f => f.ProjectSequence == 1 && f.IndicatorRow == 7 && f.Message.Contains("生态效益", StringComparison.Ordinal));
        Assert.All(findings, f => Assert.Contains("不涉及", f.Fix, StringComparison.Ordinal));
    }

    [SeedFact]
    public void Review_FlagsEnterpriseSatisfactionWhereNoEnterpriseIsServed()
    {
        Assert.Equal([9, 10], Of("TAX-08").Select(f => f.ProjectSequence!.Value).Order());
    }

    [SeedFact]
    public void Review_FlagsDescriptionsThatRepeatTheNameAndFundUseThatRepeatsTheProject()
    {
        Assert.True(Of("TXT-08").Count >= 80);
        // "对纪委全会的保障经费" and "对留置场所改造的经费" only reword the project name, too.
        Assert.Equal(10, Of("TXT-04").Count);
    }

    [SeedFact]
    public void Review_GradesTheSeed差AndEveryFindingNamesItsCellAndFix()
    {
        Seed.AssertPoorWithEveryFindingLocated();
    }
}
