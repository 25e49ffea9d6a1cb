using System.Text.RegularExpressions;
using Jixiao.Domain.Evaluation.Rules;
using Jixiao.Domain.Monitoring.Rules;
using Jixiao.Domain.Review;
using Jixiao.Domain.Taxonomy;

namespace Jixiao.Review.Tests;

/// <summary>Sources are shown to users beside every finding: they name public documents, never our own notes.</summary>
public partial class RuleSourceTests
{
    [Fact]
    public void EveryRuleSource_NamesPublicDocumentsOnly()
    {
        var sources = ReviewRules.All.Select(r => (r.Id, r.Source))
            .Concat(MonitoringRules.All.Select(r => (r.Id, r.Source)))
            .Concat(EvaluationRules.All.Select(r => (r.Id, r.Source)))
            .Append(("审核规则配置", ReviewProfile.Default.Source))
            .Append(("指标体系A", TaxonomyProfile.A.Source))
            .ToList();
        Assert.All(sources, s =>
        {
            Assert.False(string.IsNullOrWhiteSpace(s.Item2), s.Item1);
            Assert.False(InternalNote().IsMatch(s.Item2), $"{s.Item1} 的来源含内部编号：{s.Item2}");
        });
    }

    [GeneratedRegex(@"DOMAIN|§|\[[UVC]\]|(?<![A-Za-z])S\d+|种子|厂商")]
    private static partial Regex InternalNote();
}
