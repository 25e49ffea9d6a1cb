using Jixiao.Domain.Goals;
using Jixiao.Domain.Review;
using Jixiao.Tests;

namespace Jixiao.Review.Tests;

/// <summary>What the review makes of goal tables as provinces publish them: 分值 from the table's own column, and no
/// 项目编码.</summary>
public class ImportedTableTests
{
    private readonly ReviewEngine _engine = new();

    [Fact]
    public void Review_PlaceholderRowCarryingTheTablesOwnWeight_IsAnError()
    {
        var doc = CleanDocument.Create().Target(0, 4, "不涉及").Row(0, 4, r => r with { Weight = 5m });

        var finding = Assert.Single(_engine.Review(doc).Findings, f => f.RuleId == "VAL-05");

        Assert.Equal(Severity.Error, finding.Severity);
        Assert.Contains("5 分", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Review_PlaceholderRowWithZeroWeight_StaysAHint()
    {
        var doc = CleanDocument.Create().Target(0, 4, "不涉及").Row(0, 4, r => r with { Weight = 0m });

        Assert.Equal(Severity.Info, Assert.Single(_engine.Review(doc).Findings, f => f.RuleId == "VAL-05").Severity);
    }

    [Fact]
    public void Review_TableWithoutProjectCode_IsAWarningToFillItIn_NotAnError()
    {
        var doc = CleanDocument.Create().Project(0, p => p with { ProjectCode = "" });

        var findings = _engine.Review(doc).Findings.Where(f => f.ProjectSequence == doc.Projects[0].Sequence).ToList();

        var missing = Assert.Single(findings, f => f.RuleId == "COD-01");
        Assert.Equal(Severity.Warning, missing.Severity);
        Assert.Contains("补填", missing.Fix, StringComparison.Ordinal);
        Assert.DoesNotContain(findings, f => f.Severity == Severity.Error);
    }
}
