using Jixiao.Domain.Goals;
using Jixiao.Domain.Review;
using Jixiao.Tests;

namespace Jixiao.Review.Tests;

/// <summary>Rules across tables on many tables: linear grouping, and messages that stay short however many tables
/// share a defect.</summary>
public class CrossTableTests
{
    private static PerformanceDocument Copies(int tables)
    {
        var clean = CleanDocument.Create();
        var template = clean.Projects[0];
        return clean with
        {
            Projects = [.. Enumerable.Range(1, tables).Select(i => template with
            {
                Sequence = i,
                ProjectCode = $"13068222P{i:D11}0",
                ProjectName = $"检举举报平台经费{i}",
            })],
        };
    }

    [Fact]
    public void Review_ManyCopiedTablesEachGetOneShortFinding()
    {
        var report = new ReviewEngine().Review(Copies(2_000));
        var copied = report.Findings.Where(f => f.RuleId == "TXT-03").ToList();
        Assert.All(copied, f => Assert.True(f.Message.Length < 200, f.Message));
        var indicators = copied.Where(f => f.Field == "绩效指标").ToList();
        Assert.Equal(2_000, indicators.Count);
        Assert.Contains("等 1999 张表", indicators[0].Message, StringComparison.Ordinal);
        // Both goals of every table after the first are word-for-word copies of table 1's.
        Assert.Equal(2 * 1_999, copied.Count(f => f.GoalNumber is not null));
        Assert.DoesNotContain(report.Findings, f => f.RuleId == "COD-05");
    }

    [Fact]
    public void Review_SameTemplateWithDifferentTextsIsReportedFromThreeTables()
    {
        var doc = CleanDocument.Create();
        var template = doc.Projects[0];
        PerformanceDocument Tables(int n) => doc with
        {
            Projects = [.. Enumerable.Range(1, n).Select(i => template with
            {
                Sequence = i,
                ProjectCode = $"13068222P{i:D11}0",
                Indicators = [.. template.Indicators.Select(x => x with { Name = x.Name + i, Description = x.Description + i })],
            })],
        };

        Assert.DoesNotContain(new ReviewEngine().Review(Tables(2)).Findings, f => f.RuleId == "TXT-03" && f.Field == "绩效指标");
        var findings = new ReviewEngine().Review(Tables(3)).Findings.Where(f => f.RuleId == "TXT-03" && f.Field == "绩效指标").ToList();
        Assert.Equal(3, findings.Count);
        Assert.All(findings, f => Assert.Contains("同一套指标模板", f.Message, StringComparison.Ordinal));
    }
}
