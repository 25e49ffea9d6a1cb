using Jixiao.Domain.Review;
using Jixiao.Tests;

namespace Jixiao.Review.Tests;

public class ReviewProfileTests
{
    [Fact]
    public void DefaultProfile_LoadsEmbeddedThresholdsAndWordLists()
    {
        var p = ReviewProfile.Default;
        Assert.Equal("default", p.Id);
        Assert.Equal(100m, p.Thresholds.SatisfactionMaxPercent);
        Assert.Contains("是否", p.Words.VerdictPrefixes);
        Assert.Contains("万元", p.Words.MoneyUnits.Keys);
        Assert.Equal([25m, 50m, 75m, 100m], p.Words.DefaultSpendingPlans[0]);
    }

    [Fact]
    public void ProvinceProfile_OverridesOnlyWhatItNames()
    {
        var p = ReviewProfile.FromJson("""
            // 某省：满意度目标 ≥98% 即提示；企业词表增补
            { "id": "hebei", "thresholds": { "satisfactionMaxPercent": 98 }, "words": { "enterpriseWords": ["企业", "商会"] } }
            """);
        Assert.Equal("hebei", p.Id);
        Assert.Equal(98m, p.Thresholds.SatisfactionMaxPercent);
        Assert.Equal(3, p.Thresholds.TemplateMinProjects);
        Assert.Equal(["企业", "商会"], p.Words.EnterpriseWords);
        Assert.NotEmpty(p.Words.VagueWords);
    }

    [Fact]
    public void ProvinceProfile_ChangesRuleOutcome()
    {
        var doc = CleanDocument.Create().Target(0, 6, "≥98%");
        Assert.DoesNotContain(new ReviewEngine().Review(doc).Findings, f => f.RuleId == "VAL-11");
        var strict = ReviewProfile.FromJson("""{ "thresholds": { "satisfactionMaxPercent": 98 } }""");
        Assert.Contains(new ReviewEngine().Review(doc, strict).Findings, f => f.RuleId == "VAL-11");
    }

    [Fact]
    public void ProvinceProfile_SwitchesRulesOffAndChangesSeverity()
    {
        var doc = CleanDocument.Create().Target(0, 6, "=100%").Row(0, 0, x => x with { TargetBasis = "是否合格" });
        var profile = ReviewProfile.FromJson("""{ "rules": { "VAL-11": { "enabled": false }, "BAS-02": { "severity": "error" } } }""");
        var report = new ReviewEngine().Review(doc, profile);
        Assert.DoesNotContain(report.Findings, f => f.RuleId == "VAL-11");
        Assert.Equal(Severity.Error, Assert.Single(report.Findings, f => f.RuleId == "BAS-02").Severity);
        Assert.DoesNotContain(report.Rules, r => r.Id == "VAL-11");
    }

    [Theory]
    [InlineData("{ not json", "不是有效的 JSON")]
    [InlineData("[1, 2]", "应为一个 JSON 对象")]
    [InlineData("""{ "thresholds": { "templateMinProjects": "many" } }""", "取值类型不对")]
    [InlineData("""{ "rules": { "VAL-11": { "severity": "fatal" } } }""", "VAL-11")]
    public void ProvinceProfile_BadFileGetsAChineseMessage(string json, string expected)
    {
        var ex = Assert.Throws<FormatException>(() => ReviewProfile.FromJson(json));
        Assert.Contains(expected, ex.Message, StringComparison.Ordinal);
    }
}
