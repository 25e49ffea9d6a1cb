using Jixiao.Domain.Evaluation;

namespace Jixiao.Evaluation.Tests;

/// <summary>How the 100 points are shared: profile weights, equal shares, not-applicable rows, empty blocks.</summary>
public class WeightingTests
{
    [Fact]
    public void NationalProfile_Is10_50_30_10()
    {
        var p = ScoringProfile.National;
        Assert.Equal(10m, p.BudgetPoints);
        Assert.Equal([50m, 30m, 10m], p.Blocks.Select(b => b.Points));
        Assert.Equal(100m, p.TotalPoints);
        Assert.Equal(ReverseScoring.Ratio, p.ReverseScoring);
    }

    [Fact]
    public void NotApplicableRow_IsDroppedAndBlockRescaled()
    {
        // 产出 50 over rows of 分值 20, 10, 20; row 2 不适用 → applicable 分值 20 + 20 = 40.
        // Rescaled: 20 × 50 ÷ 40 = 25.00 each. Row 1 ≥100, actual 90 → 25 × 90 ÷ 100 = 22.50; row 3 full 25.00.
        // 产出 block = 47.50; with 效益 30 and 满意度 10 full and 执行 10: total 97.50.
        var e = Build.Evaluation(100, 100, "",
            Build.Row("产出指标", "a", "≥100个", "90个", 20, reason: "部分延期"),
            Build.Row("产出指标", "b", "≥5次", "", 10, notApplicable: true),
            Build.Row("产出指标", "c", "≥95%", "99%", 20),
            Build.Row("效益指标", "d", "≥80%", "85%", 30),
            Build.Row("满意度指标", "e", "≥90%", "95%", 10));
        var r = SelfEvaluationScorer.Score(e, ScoringProfile.National);
        Assert.Equal(25m, r.Indicators[0].Points);
        Assert.Equal(22.50m, r.Indicators[0].Score);
        Assert.Equal(ScoringMethod.NotApplicable, r.Indicators[1].Method);
        Assert.Equal(0m, r.Indicators[1].Points);
        Assert.Equal(25.00m, r.Indicators[2].Score);
        Assert.Contains("剔除不适用行后按比例调整", r.Indicators[0].PointsExplanation, StringComparison.Ordinal);
        Assert.Equal(97.50m, r.Total);
    }

    [Fact]
    public void RowsWithoutPoints_ShareTheBlockEqually()
    {
        // 效益 30 over 3 rows without 分值 → 10 each; row 2 ≥80%, actual 60% → 10 × 60 ÷ 80 = 7.50.
        var e = Build.Evaluation(10, 10, "",
            Build.Row("产出指标", "a", "≥1个", "1个", 50),
            Build.Row("效益指标", "b1", "≥80%", "80%"),
            Build.Row("效益指标", "b2", "≥80%", "60%", reason: "宣传覆盖不足"),
            Build.Row("效益指标", "b3", "≥80%", "90%"),
            Build.Row("满意度指标", "c", "≥90%", "95%", 10));
        var r = SelfEvaluationScorer.Score(e, ScoringProfile.National);
        Assert.All(r.Indicators.Skip(1).Take(3), s => Assert.Equal(10m, s.Points));
        Assert.Equal(7.50m, r.Indicators[2].Score);
        Assert.Equal("效益指标 30 分 ÷ 3 行 = 10.00（表内未列分值，按平均分配假设）", r.Indicators[1].PointsExplanation);
        Assert.Equal(97.50m, r.Total);
    }

    [Fact]
    public void BlockWithoutIndicators_IsRedistributedByDefault()
    {
        // No 满意度 row: its 10 points go to 产出 and 效益 in proportion 50:30 → 产出 50 + 10 × 50/80 = 56.25,
        // 效益 30 + 10 × 30/80 = 33.75; all full → total 10 + 56.25 + 33.75 = 100.00, with a warning.
        var e = Build.Evaluation(10, 10, "",
            Build.Row("产出指标", "a", "≥1个", "1个"),
            Build.Row("效益指标", "b", "≥1个", "1个"));
        var scored = ScoredEvaluation.Evaluate(e, ScoringProfile.National);
        Assert.Equal(56.25m, scored.Result.Indicators[0].Score);
        Assert.Equal(33.75m, scored.Result.Indicators[1].Score);
        Assert.Equal(100.00m, scored.Result.Total);
        var note = Assert.Single(scored.Findings, f => f.RuleId == "EVL-01");
        Assert.Equal(Jixiao.Domain.Review.Severity.Warning, note.Severity);
        Assert.Contains("满意度指标 10 分", note.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void BlockWithoutIndicators_CanBeForfeited()
    {
        var forfeit = ScoringProfile.National with { EmptyBlock = EmptyBlockHandling.Forfeit };
        var e = Build.Evaluation(10, 10, "", Build.Row("产出指标", "a", "≥1个", "1个"), Build.Row("效益指标", "b", "≥1个", "1个"));
        Assert.Equal(90.00m, SelfEvaluationScorer.Score(e, forfeit).Total);
    }

    [Fact]
    public void SichuanProfile_Distributes90Freely()
    {
        // 10 + 90: rows of 60 and 30 (as 青神 did). Row 2 ≤5%, actual 6%, variant 2: 30 × (1 − 1 ÷ 5) = 24.00.
        var e = Build.Evaluation(10, 10, "",
            Build.Row("产出指标", "a", "≥1个", "1个", 60),
            Build.Row("效益指标", "结余率", "≤5%", "6%", 30, reason: "年末结余"));
        var r = SelfEvaluationScorer.Score(e, ScoringProfile.Sichuan);
        Assert.Equal(60m, r.Indicators[0].Score);
        Assert.Equal(24.00m, r.Indicators[1].Score);
        Assert.Equal(94.00m, r.Total);
    }

    [Fact]
    public void WrittenPointsNotMatchingTheBlock_AreRescaledAndFlagged()
    {
        // 产出 rows written 30 + 30 = 60 ≠ 50 → each scaled 30 × 50 ÷ 60 = 25.00; EVL-01 error.
        var e = Build.Evaluation(10, 10, "",
            Build.Row("产出指标", "a", "≥1个", "1个", 30),
            Build.Row("产出指标", "b", "≥1个", "1个", 30),
            Build.Row("效益指标", "c", "≥1个", "1个", 30),
            Build.Row("满意度指标", "d", "≥1个", "1个", 10));
        var scored = ScoredEvaluation.Evaluate(e, ScoringProfile.National);
        Assert.Equal(25m, scored.Result.Indicators[0].Points);
        Assert.Equal(100.00m, scored.Result.Total);
        var f = Assert.Single(scored.Findings, f => f.RuleId == "EVL-01");
        Assert.Equal(Jixiao.Domain.Review.Severity.Error, f.Severity);
    }

    [Fact]
    public void ProfileFromJson_RejectsWeightsNotAddingTo100()
    {
        const string json = """
            { "id": "bad", "name": "错", "budgetPoints": 10,
              "blocks": [ { "name": "产出", "level1": ["产出指标"], "points": 50 }, { "name": "效益", "level1": ["效益指标"], "points": 30 } ],
              "qualitativeBands": [ { "name": "达成", "minPercent": 80, "maxPercent": 100, "maxInclusive": true } ] }
            """;
        var ex = Assert.Throws<FormatException>(() => ScoringProfile.FromJson(json));
        Assert.Contains("90", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ProfileFromJson_ReadsARegionsOwnWeights()
    {
        // A region scoring 预算执行 20, 产出 40, 效益 30, 满意度 10.
        const string json = """
            { "id": "region", "name": "某地", "budgetPoints": 20, "reverseScoring": "linear",
              "blocks": [ { "name": "产出", "level1": ["产出指标"], "points": 40 }, { "name": "效益", "level1": ["效益指标"], "points": 30 },
                          { "name": "满意度", "level1": ["满意度指标"], "points": 10 } ],
              "qualitativeBands": [ { "name": "达成", "minPercent": 80, "maxPercent": 100, "maxInclusive": true } ] }
            """;
        var p = ScoringProfile.FromJson(json);
        Assert.Equal(ReverseScoring.Linear, p.ReverseScoring);
        // A 100, B 50 → 20 × 0.5 = 10.00
        Assert.Equal(10.00m, SelfEvaluationScorer.Score(Build.Evaluation(100, 50, "x", Build.FullRows()), p).Budget.Score);
    }
}
