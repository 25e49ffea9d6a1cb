using Jixiao.Domain;
using Jixiao.Domain.Review;
using Jixiao.Tests;

namespace Jixiao.Review.Tests;

public class QualityScoreTests
{
    private static readonly ReviewScoring Scoring = ReviewProfile.Default.Scoring;

    private static Finding F(string rule, Severity severity) => new() { RuleId = rule, Severity = severity, Message = "m" };

    [Fact]
    public void TableScore_IsHundredWithoutFindings() => Assert.Equal(100m, QualityScore.ForTable([], Scoring));

    [Fact]
    public void TableScore_MultipliesCappedRuleDeductions()
    {
        // BAS-02 on 9 rows: 9 × 5 = 45, capped at 15 → ×0.85; VAL-11 once: ×0.95; VAL-12 info: ×0.99.
        var findings = Enumerable.Repeat(F("BAS-02", Severity.Warning), 9).Append(F("VAL-11", Severity.Warning)).Append(F("VAL-12", Severity.Info)).ToList();
        Assert.Equal(79.94m, QualityScore.ForTable(findings, Scoring));
    }

    [Fact]
    public void TableScore_WithAnErrorIsAtMost中()
    {
        var score = QualityScore.ForTable([F("STR-09", Severity.Error)], Scoring);
        Assert.Equal(79m, score);
        Assert.Equal(Grade.Fair, GradeExtensions.FromScore(score));
    }

    [Fact]
    public void DocumentScore_IsMeanOfTablesTimesDocumentFindings()
    {
        Assert.Equal(90.25m, QualityScore.ForDocument([100m, 90m], [F("FIN-03", Severity.Warning)], Scoring));
        Assert.Equal(100m, QualityScore.ForDocument([], [], Scoring));
    }

    [Fact]
    public void Report_CountsFindingsPerTableBySeverity()
    {
        var doc = CleanDocument.Create().Target(0, 6, "=100%").Row(0, 1, x => x with { Name = "平台系统可用率（≧**%）" }).Target(0, 1, "≥100%");
        var report = new ReviewEngine().Review(doc);
        var table = report.TableScores[0];
        Assert.Equal((1, 1, 1), (table.Errors, table.Warnings, table.Infos));
        Assert.Equal(75.24m, table.Score); // 100 × 0.80 × 0.95 × 0.99
        Assert.Equal(Grade.Excellent, report.TableScores[1].Grade);
        Assert.Equal(Math.Round((75.24m + 100m + 100m) / 3, 2), report.DocumentScore);
    }
}
