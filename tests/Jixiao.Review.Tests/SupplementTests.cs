using Jixiao.Domain.Review;
using Jixiao.Tests;

namespace Jixiao.Review.Tests;

/// <summary>Rules that need data a goals document lacks stay silent without it and fire once it is supplied.</summary>
public class SupplementTests
{
    private readonly ReviewEngine _engine = new();

    [Fact]
    public void Review_NotApplicableRowIsInfoUntilItCarriesPoints()
    {
        var doc = CleanDocument.Create().Target(0, 4, "不涉及");
        Assert.Equal(Severity.Info, Assert.Single(_engine.Review(doc).Findings, f => f.RuleId == "VAL-05").Severity);

        var weighted = new ReviewSupplement { IndicatorWeights = [new IndicatorWeight("13068222P006780100010", "网上举报占举报总量比例", 10m)] };
        var finding = Assert.Single(_engine.Review(doc, null, weighted).Findings, f => f.RuleId == "VAL-05");
        Assert.Equal(Severity.Error, finding.Severity);
        Assert.Contains("10 分", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Review_HistoricalBasisNeedsPriorYearActualsToJudge()
    {
        var doc = CleanDocument.Create();
        Assert.DoesNotContain(_engine.Review(doc).Findings, f => f.RuleId == "BAS-03");
        var prior = new ReviewSupplement { PriorYearActuals = [new PriorYearActual("13068222P006780100010", "举报件按期办结率", 97m)] };
        var finding = Assert.Single(_engine.Review(doc, null, prior).Findings, f => f.RuleId == "BAS-03");
        Assert.Equal((1, 3), (finding.ProjectSequence!.Value, finding.IndicatorRow!.Value));
        Assert.Contains("≥97%", finding.Fix, StringComparison.Ordinal);
    }

    [Fact]
    public void Review_WithoutLinksAProjectForeignToEverySubGoalIsInfo()
    {
        var doc = CleanDocument.Create().Project(2, p => p with { ProjectName = "食堂炊具购置费" });
        var finding = Assert.Single(_engine.Review(doc).Findings, f => f.RuleId == "DEP-03");
        Assert.Equal(Severity.Info, finding.Severity);
        Assert.Equal(3, finding.ProjectSequence);
    }

    [Fact]
    public void Review_WithLinksUnservedSubGoalsAreWarnings()
    {
        var links = new ReviewSupplement { SubGoalLinks = [new SubGoalLink(1, "13068222P006780100010"), new SubGoalLink(1, "13068222P006764100018"), new SubGoalLink(1, "13068222P00661110001B")] };
        var findings = _engine.Review(CleanDocument.Create(), null, links).Findings.Where(f => f.RuleId == "DEP-03").ToList();
        Assert.Equal(2, findings.Count);
        Assert.All(findings, f => Assert.Equal(Severity.Warning, f.Severity));
        Assert.All(findings, f => Assert.Null(f.ProjectSequence));
    }
}
