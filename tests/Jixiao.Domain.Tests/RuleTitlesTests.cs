using Jixiao.Domain.Evaluation.Rules;
using Jixiao.Domain.Monitoring.Rules;
using Jixiao.Domain.Review;

namespace Jixiao.Domain.Tests;

public sealed class RuleTitlesTests
{
    [Fact]
    public void EveryRule_HasOneChineseTitle_NoTwoAlike()
    {
        var ids = ReviewRules.All.Select(r => r.Id).Concat(EvaluationRules.All.Select(r => r.Id)).Concat(MonitoringRules.All.Select(r => r.Id)).ToList();
        Assert.Equal(ids.Count, ids.Distinct(StringComparer.Ordinal).Count());
        var titles = ids.Select(RuleTitles.Of).ToList();
        Assert.All(titles, t => Assert.Matches(@"^[^A-Za-z§]*\p{IsCJKUnifiedIdeographs}[^A-Za-z§]*$", t)); // Chinese, no id, no note mark
        Assert.Equal(titles.Count, titles.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void KnownIds_GiveTheirTitle_AnOldIdGivesTheGeneralOne()
    {
        Assert.Equal("预算执行率偏低未说明原因", RuleTitles.Of("EVL-03"));
        Assert.Equal("红灯未记录纠偏措施", RuleTitles.Of("MON-08"));
        Assert.Equal(ReviewRules.All.Single(r => r.Id == "VAL-05").Title, RuleTitles.Of("VAL-05"));
        Assert.Equal(RuleTitles.Unknown, RuleTitles.Of("XYZ-99"));
    }
}
