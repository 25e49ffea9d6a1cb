using System.Text.RegularExpressions;
using Jixiao.Domain.Evaluation;
using Jixiao.Domain.Evaluation.Rules;
using Jixiao.Domain.Monitoring;
using Jixiao.Domain.Monitoring.Rules;
using Jixiao.Domain.Review;
using Jixiao.Domain.Sources;
using Jixiao.Domain.Taxonomy;
using Jixiao.Tests;

namespace Jixiao.Review.Tests;

/// <summary>Sources are shown to users beside every finding and profile: they name public documents of the one table
/// (<see cref="PolicySources"/>), never our own notes, a vendor or another region's local document.</summary>
public partial class RuleSourceTests
{
    private static IEnumerable<(string Where, string Text)> Sources() =>
        ReviewRules.All.Select(r => (r.Id, r.Source))
            .Concat(MonitoringRules.All.Select(r => (r.Id, r.Source)))
            .Concat(EvaluationRules.All.Select(r => (r.Id, r.Source)))
            .Append(("审核规则配置", ReviewProfile.Default.Source))
            .Concat(TaxonomyProfile.BuiltIn.Select(p => ("指标体系 " + p.Id, p.Source)))
            .Concat(ScoringProfile.BuiltIn.Select(p => ("评分方案 " + p.Id, p.Source)))
            .Concat(MonitoringProfile.BuiltIn.Select(p => ("监控方案 " + p.Id, p.Source)));

    private static IEnumerable<(string Where, string Text)> Names() =>
        ReviewRules.All.Select(r => (r.Id, r.Title))
            .Append(("审核规则配置", ReviewProfile.Default.Name))
            .Concat(TaxonomyProfile.BuiltIn.Select(p => ("指标体系 " + p.Id, p.Name)))
            .Concat(ScoringProfile.BuiltIn.Select(p => ("评分方案 " + p.Id, p.Name)))
            .Concat(MonitoringProfile.BuiltIn.Select(p => ("监控方案 " + p.Id, p.Name)));

    [Fact]
    public void EveryRuleAndProfileSource_NamesDocumentsOfTheTable()
    {
        var sources = Sources().ToList();
        Assert.True(sources.Count > 80, $"只找到 {sources.Count} 条来源");
        Assert.All(sources, s =>
        {
            Assert.False(string.IsNullOrWhiteSpace(s.Text), s.Where);
            Assert.True(PolicySources.IsFromTable(s.Text), $"{s.Where} 的来源不在来源表中：{s.Text}");
        });
    }

    [Fact]
    public void SourcesAndNames_CiteNoInternalNote_VendorOrOtherRegionDocument()
    {
        Assert.All(Sources().Concat(Names()), s =>
            Assert.False(InternalNote().IsMatch(s.Text), $"{s.Where} 含内部编号、厂商或外地文件：{s.Text}"));
    }

    [Fact]
    public void PolicySource_CitesNumberTitleAndPassage()
    {
        Assert.Equal("财预〔2015〕88号《中央部门预算绩效目标管理办法》 可行性（时效指标应有完成时限）",
            PolicySources.GoalManagement.Cite("可行性（时效指标应有完成时限）"));
        Assert.Equal("财预〔2020〕10号《项目支出绩效评价管理办法》（计划标准）", PolicySources.ProjectEvaluation.Cite("（计划标准）"));
        Assert.Equal("《预算管理一体化规范（试行）》（项目编码21位）", PolicySources.BudgetIntegration.Cite("（项目编码21位）"));
        Assert.True(PolicySources.IsFromTable("冀财绩〔2022〕4号（1–6月绩效运行监控）；财预〔2019〕136号 预警规则"));
        Assert.False(PolicySources.IsFromTable("财预〔2019〕136号；黄石市项目支出绩效监控表填报要求"));
        Assert.True(PolicySources.IsFromTable("财预〔2015〕88号 可行性（指标值应切实可行；100%无法验证）"));
        Assert.False(PolicySources.IsFromTable("实务经验（满意度目标设为100%无法通过抽样调查验证）"));
    }

    /// <summary>Every string literal of the application (C# outside comments, Razor pages, profile names and sources
    /// of the JSON data) is text a user may see: none cites our notes.</summary>
    [Fact]
    public void ApplicationText_CitesNoInternalNote()
    {
        var src = Path.Combine(TestFiles.RepositoryRoot, "src");
        var hits = new List<string>();
        foreach (var file in Directory.EnumerateFiles(src, "*.*", SearchOption.AllDirectories)
                     .Where(f => f.EndsWith(".cs", StringComparison.Ordinal) || f.EndsWith(".cshtml", StringComparison.Ordinal) || f.EndsWith(".json", StringComparison.Ordinal))
                     .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                                 && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                                 && !f.Contains($"{Path.DirectorySeparatorChar}Migrations{Path.DirectorySeparatorChar}", StringComparison.Ordinal)))
        {
            var number = 0;
            foreach (var line in File.ReadLines(file))
            {
                number++;
                foreach (var text in ShownText(file, line))
                {
                    if (InternalNote().IsMatch(text))
                    {
                        hits.Add($"{Path.GetRelativePath(src, file)}:{number}: {text}");
                    }
                }
            }
        }

        Assert.True(hits.Count == 0, string.Join('\n', hits));
    }

    private static IEnumerable<string> ShownText(string file, string line)
    {
        var trimmed = line.TrimStart();
        if (trimmed.StartsWith("//", StringComparison.Ordinal) || trimmed.StartsWith("@*", StringComparison.Ordinal))
        {
            return [];
        }

        if (file.EndsWith(".json", StringComparison.Ordinal))
        {
            // Profile data: only names and sources are shown (word lists such as enterpriseWords are matched, not shown).
            return JsonShown().Matches(line).Select(m => m.Groups[1].Value);
        }

        return file.EndsWith(".cshtml", StringComparison.Ordinal) ? [line] : Literal().Matches(line).Select(m => m.Value);
    }

    [GeneratedRegex(@"DOMAIN\.md|§|\[[UVC]\]|(?<![A-Za-z$])S\d+[a-z]?(?![\w$])|种子|厂商|青神|黄石|赤峰|包头|红旗区|定州|太原|焦作")]
    private static partial Regex InternalNote();

    [GeneratedRegex("\"(?:[^\"\\\\]|\\\\.)*\"")]
    private static partial Regex Literal();

    [GeneratedRegex("\"(?:name|source|title)\"\\s*:\\s*\"([^\"]*)\"")]
    private static partial Regex JsonShown();
}
