using Jixiao.Domain;
using Jixiao.Domain.Review;
using Jixiao.Tests;

namespace Jixiao.Review.Tests;

/// <summary>The team's well-set document: measurable targets, real bases, relevant indicators.</summary>
public class CleanDocumentTests
{
    private readonly ReviewReport _report = new ReviewEngine().Review(CleanDocument.Create());

    [Fact]
    public void Review_CleanDocumentHasNoErrorsOrWarnings()
    {
        var serious = _report.Findings.Where(f => f.Severity >= Severity.Warning).Select(f => $"{f.RuleId} {f.Message}");
        Assert.Empty(serious);
    }

    [Fact]
    public void Review_CleanDocumentAndEveryTableGrade优()
    {
        Assert.Equal(Grade.Excellent, _report.DocumentGrade);
        Assert.True(_report.DocumentScore >= 90m);
        Assert.Equal(3, _report.TableScores.Count);
        Assert.All(_report.TableScores, t => Assert.Equal(Grade.Excellent, t.Grade));
    }

    [Fact]
    public void Review_CleanDocumentHasNoFindingsAtAll()
    {
        // Not required by the grade, but shows the info rules are not noise on a good document.
        Assert.Empty(_report.Findings.Select(f => $"{f.RuleId} {f.Message}"));
        Assert.Equal(100m, _report.DocumentScore);
    }
}
