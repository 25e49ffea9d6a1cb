using Jixiao.Documents;
using Jixiao.Domain;
using Jixiao.Domain.Review;

namespace Jixiao.Review.Tests;

/// <summary>A department text read and reviewed once: its findings by rule, and the checks every review of a
/// published text must pass. The seed and the repository's own text are reviewed the same way.</summary>
internal sealed class ReviewedText(Func<ReadResult> read)
{
    private readonly Lazy<ReviewReport> _report = new(() =>
    {
        var result = read();
        Assert.False(result.HasErrors, string.Join("\n", result.Errors));
        return new ReviewEngine().Review(result.Document);
    });

    public ReviewReport Report => _report.Value;

    public List<Finding> Of(string ruleId) => [.. Report.Findings.Where(f => f.RuleId == ruleId)];

    /// <summary>差 for the document and every table, errors present, and every finding names its cell, its fix and,
    /// when it concerns a table, that table.</summary>
    public void AssertPoorWithEveryFindingLocated()
    {
        Assert.Equal(Grade.Poor, Report.DocumentGrade);
        Assert.All(Report.TableScores, t => Assert.Equal(Grade.Poor, t.Grade));
        Assert.True(Report.HasErrors);
        Assert.All(Report.Findings, f =>
        {
            Assert.False(string.IsNullOrEmpty(f.Field));
            Assert.False(string.IsNullOrEmpty(f.Fix));
        });
        Assert.All(Report.Findings.Where(f => f.ProjectSequence is not null), f => Assert.Contains($"第{f.ProjectSequence}张表", f.Message, StringComparison.Ordinal));
    }
}
