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
