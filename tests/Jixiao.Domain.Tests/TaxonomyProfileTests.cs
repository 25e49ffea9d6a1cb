using Jixiao.Domain.Taxonomy;

namespace Jixiao.Domain.Tests;

public class TaxonomyProfileTests
{
    [Fact]
    public void ProfileA_HasTheThreeLevel1sOf88Hao()
    {
        Assert.Equal(["产出指标", "效益指标", "满意度指标"], TaxonomyProfile.A.Level1.Select(l => l.Name));
        Assert.True(TaxonomyProfile.A.IsValidPair("产出指标", "成本指标"));
        Assert.False(TaxonomyProfile.A.IsValidPair("成本指标", "经济成本指标"));
    }

    [Fact]
    public void ProfileB_HasCostAsLevel1()
    {
        Assert.Equal(["成本指标", "产出指标", "效益指标", "满意度指标"], TaxonomyProfile.B.Level1.Select(l => l.Name));
        Assert.True(TaxonomyProfile.B.IsValidPair("成本指标", "经济成本指标"));
        Assert.False(TaxonomyProfile.B.IsValidPair("产出指标", "成本指标"));
    }

    [Theory]
    [InlineData("环境效益指标", "生态效益指标")]
    [InlineData("环境效益", "生态效益指标")]
    [InlineData("社会公众或服务对象满意度指标", "服务对象满意度指标")]
    [InlineData("数量", "数量指标")]
    [InlineData("产出 指标", "产出指标")]
    public void Canonical_ResolvesSynonymsAndAMissingTrailingZhibiao(string written, string canonical)
    {
        Assert.Equal(canonical, TaxonomyProfile.A.Canonical(written));
    }

    [Fact]
    public void FromJson_LoadsAProvinceProfileWithoutCode()
    {
        const string json = """
            { "id": "HB", "name": "河北试行", "level1": [ { "name": "产出指标", "level2": ["数量指标"] } ],
              "synonyms": { "产出数量": "数量指标" } }
            """;
        var profile = TaxonomyProfile.FromJson(json);
        Assert.Equal("HB", profile.Id);
        Assert.True(profile.IsValidPair("产出指标", "产出数量"));
        Assert.Null(profile.Canonical("效益指标"));
    }

    [Fact]
    public void FromJson_RejectsAProfileWithoutLevels()
    {
        var ex = Assert.Throws<FormatException>(() => TaxonomyProfile.FromJson("""{ "id": "X" }"""));
        Assert.Contains("level1", ex.Message, StringComparison.Ordinal);
    }
}
