using Jixiao.Domain.Goals;
using Jixiao.Domain.Review;
using Jixiao.Domain.Taxonomy;
using Jixiao.Tests;

namespace Jixiao.Review.Tests;

/// <summary>Older provincial forms name the levels 项目完成指标 / 项目效益指标 and put 满意度指标 at both levels. Those
/// names stand for 产出指标 / 效益指标 / 服务对象满意度指标 (the profile's formerNames): the rows are reviewed as the
/// levels they stand for, the table keeps the names as published, and one note on the form (no deduction) gives the
/// current names.</summary>
public class FormerLevelNamesTests
{
    private readonly ReviewEngine _engine = new();

    /// <summary>The clean document's first table (4 产出, 2 效益, 1 满意度 rows) written with the older form's names.</summary>
    private static PerformanceDocument OlderForm() => CleanDocument.Create().Project(0, p => p with
    {
        Indicators = [.. p.Indicators.Select(r => r.Level1 switch
        {
            "产出指标" => r with { Level1 = "项目完成指标" },
            "效益指标" => r with { Level1 = "项目效益指标" },
            _ => r with { Level2 = "满意度指标" },
        })],
    });

    [Fact]
    public void OlderNames_AreReviewedAsTheLevelsTheyStandFor_WithOneFreeNote()
    {
        var report = _engine.Review(OlderForm());

        // Before, each 项目完成/项目效益 row was a TAX-01 error and the 满意度 row a TAX-02 error (the table at most 79).
        // Now one note on the form, which costs nothing: 100, as the clean table.
        var finding = Assert.Single(report.Findings);
        Assert.Equal(("TAX-03", ReviewFields.Form, Severity.Info), (finding.RuleId, finding.Field, finding.Severity));
        Assert.Contains("“项目完成指标”按“产出指标”，“项目效益指标”按“效益指标”，“满意度指标”按“服务对象满意度指标”", finding.Message, StringComparison.Ordinal);
        Assert.Contains("财预〔2015〕88号", finding.Fix, StringComparison.Ordinal);
        Assert.Contains("产出指标、效益指标、满意度指标", finding.Fix, StringComparison.Ordinal);
        Assert.Equal(100m, report.TableScores[0].Score);
        Assert.Equal(100m, report.DocumentScore);
    }

    [Fact]
    public void OlderNames_RulesOnTheLevelSeeTheCanonicalLevel()
    {
        // The 满意度 row removed: STR-06 asks for 满意度指标 though the table says 项目完成/项目效益 elsewhere; the cost
        // row under 项目完成指标 is still a money cost row (FIN-07 on "100%").
        var doc = OlderForm().RemoveRows(0, r => r.Level1 == "满意度指标").Target(0, 3, "100%");

        var findings = _engine.Review(doc).Findings.Where(f => f.ProjectSequence == 1).ToList();

        var coverage = Assert.Single(findings, f => f.RuleId == "STR-06");
        Assert.Contains("“满意度指标”", coverage.Message, StringComparison.Ordinal);
        Assert.Single(findings, f => f.RuleId == "FIN-07");
        Assert.DoesNotContain(findings, f => f.RuleId is "TAX-01" or "TAX-02");
    }

    [Fact]
    public void AWordingNotInTheList_IsStillNoLevel()
    {
        var doc = CleanDocument.Create().Row(0, 0, r => r with { Level1 = "完成指标" });

        var finding = Assert.Single(_engine.Review(doc).Findings, f => f.RuleId == "TAX-01");
        Assert.Contains("“完成指标”不属于", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AnUnknownSecondLevelUnderAnOlderName_NamesTheLevelAsPrinted()
    {
        var doc = CleanDocument.Create().Row(0, 4, r => r with { Level1 = "效果指标", Level2 = "社会、经济、生态效益指标" });

        var finding = Assert.Single(_engine.Review(doc).Findings, f => f.RuleId == "TAX-02");
        Assert.Contains("不能放在一级指标“效果指标”（即效益指标）下", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ProfileB_NamesItsOwnCurrentForm()
    {
        var b = TaxonomyProfile.B;

        Assert.Equal(("产出指标", "效益指标", "服务对象满意度指标", "财预〔2021〕101号"),
            (b.CanonicalLevel1("项目完成指标"), b.CanonicalLevel1("项目效益指标"), b.CanonicalLevel2("满意度指标"), b.CurrentForm));
        // 满意度指标 at level 1 is the current name, not an older 二级.
        Assert.Equal("满意度指标", b.CanonicalLevel1("满意度指标"));
        Assert.Null(b.CanonicalLevel1("数量指标(或建筑规模指标)"));
    }

    [Fact]
    public void FormerNames_OfANameTheProfileDoesNotHave_AreRefused()
    {
        var ex = Assert.Throws<FormatException>(() => TaxonomyProfile.FromJson("""
            { "id": "X", "level1": [ { "name": "产出指标", "level2": ["数量指标"] } ],
              "formerNames": { "效益指标": ["项目效益指标"] } }
            """));

        Assert.Contains("“效益指标”", ex.Message, StringComparison.Ordinal);
    }
}
