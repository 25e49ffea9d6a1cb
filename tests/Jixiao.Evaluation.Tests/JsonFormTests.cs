using System.Text.Json;
using Jixiao.Documents.Evaluation;
using Jixiao.Documents.Monitoring;
using Jixiao.Domain;
using Jixiao.Domain.Evaluation;
using Jixiao.Domain.Monitoring;
using Jixiao.Tests;

namespace Jixiao.Evaluation.Tests;

public class JsonFormTests
{
    private static string Sample(string name) => Path.Combine(TestFiles.RepositoryRoot, "samples", name);

    private const string EvaluationSample = "示例-食品安全抽检经费2023年绩效自评.json";
    private const string MonitoringSample = "示例-资产报告编报2024年1-6月监控.json";

    [Fact]
    public void SelfEvaluationSample_ScoresAsWorkedOutInDocs()
    {
        // docs/evaluation.md walks through this sample: 8.90 + 14.38 + 15 + 10 + 9.62 + 15 + 14 + 10 = 96.90 → 优.
        var read = SelfEvaluationJson.ReadFile(Sample(EvaluationSample));
        Assert.False(read.HasErrors, string.Join("\n", read.Problems));
        var scored = ScoredEvaluation.Evaluate(read.Value!, ScoringProfile.National);
        Assert.Equal(8.90m, scored.Result.Budget.Score);
        Assert.Equal([14.38m, 15m, 10m, 9.62m, 15m, 14m, 10m], scored.Result.Indicators.Select(i => i.Score));
        Assert.Equal(96.90m, scored.Result.Total);
        Assert.Equal(Grade.Excellent, scored.Result.Grade);
        Assert.Empty(scored.Findings);
    }

    [Fact]
    public void SelfEvaluation_RoundTripsThroughJson()
    {
        var original = SelfEvaluationJson.ReadFile(Sample(EvaluationSample)).Value!;
        var again = SelfEvaluationJson.Read(SelfEvaluationJson.Write(original)).Value!;
        Assert.Equal(original.Budget with { Breakdown = [] }, again.Budget with { Breakdown = [] });
        Assert.Equal(original.Budget.Breakdown, again.Budget.Breakdown);
        Assert.Equal(original.Indicators, again.Indicators);
        Assert.Equal(original.DeclaredGrade, again.DeclaredGrade);
        Assert.Contains("\"spent\": \"40.05\"", SelfEvaluationJson.Write(original), StringComparison.Ordinal);
    }

    /// <summary>A reviewer's scores in the JSON form (复核分 of the budget line and rows, 复核总分) are read, compared in a
    /// re-check and written back. The sample recomputes to 8.90 (budget: 10 × 40.05 ÷ 45.00 = 8.90), 14.38 (row 1:
    /// 15 × 1150 ÷ 1200 = 14.375) and 96.90 in all; a reviewer who gave 10, 15 and 98 is 1.10, 0.62 and 1.10 off; row 2's
    /// 复核分 15 equals its recomputed 15 and says nothing; row 6 (定性, 14 as declared) is kept and said so.</summary>
    [Fact]
    public void SelfEvaluation_ReviewerScores_AreReadComparedAndWritten()
    {
        var json = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(Sample(EvaluationSample)))!;
        json["budget"]!["reviewedScore"] = 10m;
        json["indicators"]![0]!["reviewedScore"] = 15m;
        json["indicators"]![1]!["reviewedScore"] = 15m;
        json["reviewedTotal"] = 98m;

        var read = SelfEvaluationJson.Read(json.ToJsonString(), "reviewed.json");
        Assert.False(read.HasErrors, string.Join("\n", read.Problems));
        var e = read.Value!;
        Assert.Equal((10m, 15m, 98m), (e.Budget.ReviewedScore, e.Indicators[0].ReviewedScore, e.ReviewedTotal));

        var scored = ScoredEvaluation.Evaluate(e, ScoringProfile.National, mode: EvaluationMode.Recheck);
        Assert.Equal(96.90m, scored.Result.Total);
        Assert.Equal(
            [
                "预算执行复核分 10.00，按公式复核为 8.90，相差 1.10 分。",
                "第 1 行指标“食品监督抽检批次”复核分 15.00，按公式复核为 14.38，相差 0.62 分。",
                "复核总分 98.00，按公式复核为 96.90（其中 1 行不可复核，按评价人得分计），相差 1.10 分。",
            ],
            scored.Findings.Where(f => f.RuleId == "EVL-13").Select(f => f.Message));

        var again = SelfEvaluationJson.Read(SelfEvaluationJson.Write(e)).Value!;
        Assert.Equal((10m, 15m, 15m, 98m), (again.Budget.ReviewedScore, again.Indicators[0].ReviewedScore, again.Indicators[1].ReviewedScore, again.ReviewedTotal));

        var output = System.Text.Json.Nodes.JsonNode.Parse(ScoredEvaluationJson.Write(scored))!;
        Assert.Equal(10m, output["budget"]!["reviewedScore"]!.GetValue<decimal>());
        Assert.Equal(15m, output["indicators"]![0]!["reviewedScore"]!.GetValue<decimal>());
        Assert.Equal(98m, output["reviewedTotal"]!.GetValue<decimal>());
        Assert.Null(output["indicators"]![2]!["reviewedScore"]);
    }

    [Fact]
    public void SelfEvaluation_NegativeReviewerScore_IsLocated()
    {
        var json = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(Sample(EvaluationSample)))!;
        json["indicators"]![2]!["reviewedScore"] = -1m;

        var read = SelfEvaluationJson.Read(json.ToJsonString(), "reviewed.json");

        var error = Assert.Single(read.Problems, p => p.Severity == Jixiao.Documents.ProblemSeverity.Error);
        Assert.Equal(("indicators[3]", "reviewed.json"), (error.Cell, error.File));
        Assert.Contains("复核分", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void SelfEvaluation_BadMoneyAndGrade_AreLocated()
    {
        const string json = """
            { "format": "jixiao.self-evaluation/1", "budget": { "adjustedBudget": "十万", "spent": "1.0000001" }, "declaredGrade": "A" }
            """;
        var read = SelfEvaluationJson.Read(json, "bad.json");
        Assert.True(read.HasErrors);
        Assert.Contains(read.Problems, p => p.Cell == "全年预算数");
        Assert.Contains(read.Problems, p => p.Cell == "全年执行数" && p.Message.Contains("6 位小数", StringComparison.Ordinal));
        Assert.Contains(read.Problems, p => p.Cell == "declaredGrade");
    }

    [Fact]
    public void WrongFormat_IsRefused()
    {
        var read = SelfEvaluationJson.Read("""{ "format": "jixiao.document/1" }""", "doc.json");
        Assert.True(read.HasErrors);
        Assert.Contains("jixiao.self-evaluation/1", Assert.Single(read.Problems).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void MonitoringSample_RoundTripsAndIsYellowFromOneIndicator()
    {
        var read = MonitoringJson.ReadFile(Sample(MonitoringSample));
        Assert.False(read.HasErrors, string.Join("\n", read.Problems));
        var again = MonitoringJson.Read(MonitoringJson.Write(read.Value!)).Value!;
        Assert.Equal(read.Value!.Indicators, again.Indicators);
        Assert.Equal(read.Value.SpendingPlan, again.SpendingPlan);
        var monitored = MonitoredProject.Assess(again, MonitoringProfile.Hebei);
        // 5.12 of 12.80 = 40% at June: green on time (80.00) and plan (40 ÷ 45 = 88.89); 专项检查 6 of 20 → 6 ÷ 10 = 60.00 yellow.
        Assert.Equal(Light.Green, monitored.Assessment.BudgetLight);
        Assert.Equal(Light.Yellow, monitored.Assessment.Indicators[0].Light);
        Assert.All(monitored.Assessment.Indicators.Skip(1), i => Assert.Equal(Light.Green, i.Light));
        Assert.Equal(Light.Yellow, monitored.Assessment.ProjectLight);
        using var json = JsonDocument.Parse(MonitoredProjectJson.Write(monitored));
        Assert.Equal("yellow", json.RootElement.GetProperty("projectLight").GetString());
        Assert.Equal(80.00m, json.RootElement.GetProperty("timeRatio").GetDecimal());
    }
}
