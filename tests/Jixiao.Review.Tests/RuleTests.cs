using Jixiao.Domain.Review;
using Jixiao.Tests;

namespace Jixiao.Review.Tests;

/// <summary>Each rule fires on a table built to break it and stays silent on a near-miss table.</summary>
public class RuleTests
{
    private readonly ReviewEngine _engine = new();

    [Theory]
    [MemberData(nameof(Ids))]
    public void Rule_FiresOnItsTriggeringTable(string ruleId)
    {
        var c = RuleCases.All[ruleId];
        var report = _engine.Review(c.Trigger(CleanDocument.Create()), c.TriggerProfile, c.TriggerSupplement);

        var findings = report.Findings.Where(f => f.RuleId == ruleId).ToList();
        Assert.NotEmpty(findings);
        Assert.All(findings, f =>
        {
            Assert.False(string.IsNullOrWhiteSpace(f.Message));
            Assert.False(string.IsNullOrWhiteSpace(f.Fix));
            Assert.False(string.IsNullOrWhiteSpace(f.Field));
            Assert.NotEqual(string.Empty, f.Source);
        });
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void Rule_IsSilentOnItsNearMissTable(string ruleId)
    {
        var c = RuleCases.All[ruleId];
        var report = _engine.Review(c.Quiet(CleanDocument.Create()), c.QuietProfile, c.QuietSupplement);

        Assert.DoesNotContain(report.Findings, f => f.RuleId == ruleId);
    }

    [Fact]
    public void EveryShippedRule_HasATriggeringAndANearMissCase()
    {
        var shipped = ReviewRules.All.Select(r => r.Id).Order(StringComparer.Ordinal);
        Assert.Equal(shipped, RuleCases.All.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void EveryRuleClassInTheAssembly_IsShipped()
    {
        var types = typeof(ReviewRule).Assembly.GetTypes().Where(t => t.IsSubclassOf(typeof(ReviewRule)) && !t.IsAbstract);
        Assert.Equal(types.Select(t => t.Name).Order(), ReviewRules.All.Select(r => r.GetType().Name).Order());
        Assert.Equal(ReviewRules.All.Count, ReviewRules.All.Select(r => r.Id).Distinct().Count());
    }

    public static TheoryData<string> Ids() => RuleCases.Ids();
}
