using Jixiao.Documents;
using Jixiao.Domain;
using Jixiao.Domain.Evaluation;
using Jixiao.Domain.Goals;
using Jixiao.Domain.Monitoring;
using Jixiao.Domain.Review;
using Jixiao.Tests;

namespace Jixiao.Review.Tests;

/// <summary>Whole documents in the published layout (Fixtures/Documents): three well-set documents of other departments
/// must draw no warning and no error, and every target in them must be read as a measurable value everywhere — by the
/// review, by scoring and by monitoring. The fourth has one planted defect per rule category and must draw exactly those.</summary>
public class PublishedDocumentReviewTests
{
    public static TheoryData<string, string> CleanDocuments => new()
    {
        { "clean-water-resources.txt", "A" },
        { "clean-civil-affairs.txt", "B" },
        { "clean-natural-resources.txt", "B" },
    };

    [Theory]
    [MemberData(nameof(CleanDocuments))]
    public void Review_CleanPublishedDocumentHasNoWarningOrError(string file, string profile)
    {
        var document = Read(file);
        var report = new ReviewEngine().Review(document);

        Assert.Equal(profile, document.TaxonomyProfile);
        Assert.Empty(report.Findings.Where(f => f.Severity >= Severity.Warning).Select(f => $"{f.RuleId} {f.Message}"));
        Assert.Equal(Grade.Excellent, report.DocumentGrade);
    }

    [Theory]
    [MemberData(nameof(CleanDocuments))]
    public void Grammar_ReadsEveryTargetOfACleanDocumentAsMeasurable(string file, string profile)
    {
        _ = profile;
        var rows = Read(file).Projects.SelectMany(p => p.Indicators).ToList();
        Assert.NotEmpty(rows);
        Assert.All(rows, r => Assert.True(r.Target.IsQuantitative || IsTimeWording(r), $"“{r.Name}”的指标值“{r.Target.Text}”读作 {r.Target.Kind}"));
        Assert.All(rows.Where(r => r.Target.IsQuantitative), r => Assert.True(r.Target.UnitInfo.IsKnown, $"“{r.Target.Text}”的单位未识别"));
    }

    [Theory]
    [MemberData(nameof(CleanDocuments))]
    public void Scoring_ReadsTheTargetWrittenAgainAsTheActual(string file, string profile)
    {
        _ = profile;
        // A unit that reports exactly its target, written as the target is (with its operator, compound unit, date),
        // scores full points on every measurable row: scoring reads values the way the review does.
        foreach (var row in Read(file).Projects.SelectMany(p => p.Indicators).Where(r => r.Target.IsQuantitative))
        {
            var t = row.Target;
            var actual = t.IsRange ? $"{t.Number}{t.Unit}" : t.Text;
            var score = IndicatorScorer.Score(1, new EvaluationIndicator { Level1 = row.Level1, Level2 = row.Level2, Name = row.Name, Target = t, Actual = actual }, 10m, ScoringProfile.National);
            Assert.True(score.IsFull, $"“{row.Name}” 目标“{t.Text}” 实际“{actual}”：{score.Explanation}");
        }
    }

    [Theory]
    [MemberData(nameof(CleanDocuments))]
    public void Monitoring_LightsEveryMeasurableRow(string file, string profile)
    {
        _ = profile;
        foreach (var project in Read(file).Projects)
        {
            var indicators = project.Indicators.Where(r => r.Target.IsQuantitative)
                .Select(r => new MonitoringIndicator { Level1 = r.Level1, Level2 = r.Level2, Name = r.Name, Target = r.Target, Actual = r.Target.IsRange ? $"{r.Target.Number}{r.Target.Unit}" : r.Target.Text })
                .ToList();
            var report = new MonitoringReport { FiscalYear = 2024, Month = 12, ProjectCode = project.ProjectCode, InitialBudget = project.Budget, Spent = project.Budget, Indicators = indicators };
            var assessment = MonitoringAssessor.Assess(report, MonitoringProfile.Central);
            Assert.All(assessment.Indicators, i => Assert.True(i.Light != Light.None, $"“{i.Indicator.Name}”：{i.Explanation}"));
        }
    }

    [Fact]
    public void Review_PlantedDefectsDocumentDrawsExactlyThePlantedFindings()
    {
        var report = new ReviewEngine().Review(Read("planted-defects.txt"));

        string[] expected =
        [
            "STR-04 1 2", "STR-09 1 3", "FIN-04 1 6", "TAX-08 1 9", "TXT-06 1 -",
            "FIN-01 2 -", "VAL-01 2 1", "VAL-02 2 2", "VAL-08 2 4", "VAL-05 2 8",
            "COD-05 3 -", "TXT-05 3 -", "VAL-09 3 4", "FIN-07 3 5", "TAX-05 3 7", "VAL-11 3 8", "TAX-01 3 9",
            "COD-01 4 -", "FIN-02 4 -", "BAS-02 4 1", "BAS-01 4 2", "TXT-01 4 -", "TAX-05 4 6", "TXT-08 4 6",
            "DEP-02 - -",
        ];
        var actual = report.Findings.Where(f => f.Severity >= Severity.Warning)
            .Select(f => $"{f.RuleId} {f.ProjectSequence?.ToString() ?? "-"} {f.IndicatorRow?.ToString() ?? "-"}")
            .Order(StringComparer.Ordinal).ToList();
        Assert.Equal(expected.Order(StringComparer.Ordinal), actual);
        Assert.Equal(new[] { "BAS", "COD", "DEP", "FIN", "STR", "TAX", "TXT", "VAL" }, actual.Select(a => a[..3]).Distinct().Order(StringComparer.Ordinal));
    }

    /// <summary>"每月10日前": a time limit in words, accepted by VAL-09 and not a number.</summary>
    private static bool IsTimeWording(Indicator row) => row.Level2 == "时效指标" && row.Target.Kind == TargetKind.Qualitative;

    private static PerformanceDocument Read(string file)
    {
        var read = DocumentFiles.Read(Path.Combine(AppContext.BaseDirectory, "Fixtures", "Documents", file));
        Assert.False(read.HasErrors, string.Join("；", read.Problems.Select(p => p.Message)));
        return read.Document;
    }
}
