using Jixiao.Domain.Evaluation;
using Jixiao.Domain.Evaluation.Rules;
using Jixiao.Domain.Goals;

namespace Jixiao.Evaluation.Tests;

/// <summary>The §5.4 formulas, each checked against a hand computation written in the test.</summary>
public class IndicatorScoringTests
{
    private static readonly ScoringProfile National = ScoringProfile.National;
    private static readonly ScoringProfile Linear = ScoringProfile.National with { ReverseScoring = ReverseScoring.Linear };

    private static IndicatorScore Score(string target, string actual, decimal points, ScoringProfile? profile = null, decimal? declared = null) =>
        IndicatorScorer.Score(1, Build.Row("产出指标", "指标", target, actual, points, declared), points, profile ?? National);

    [Fact]
    public void Positive_ShortOfTarget_ScoresInProportion()
    {
        // ≥100%, actual 85%, 分值 20: 85 < 100 → 20 × 85 ÷ 100 = 17.00
        var s = Score("≥100%", "85%", 20);
        Assert.Equal(ScoringMethod.Positive, s.Method);
        Assert.Equal(17.00m, s.Score);
        Assert.True(s.IsShortfall);
        Assert.Equal("得分 = 分值 20 × 实际 85 ÷ 目标 100 = 17.00", s.Explanation);
    }

    [Fact]
    public void Positive_ReachingOrPassingTarget_GetsFullMarks()
    {
        // ≥1200批, actual 1300批 → full 15.00; the formula is not applied above target
        var s = Score("≥1200批", "1300批", 15);
        Assert.Equal(15.00m, s.Score);
        Assert.False(s.IsShortfall);
        Assert.Contains("得满分", s.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void Positive_RoundsHalfAwayFromZero()
    {
        // ≥1200, actual 1150, 分值 15: 15 × 1150 ÷ 1200 = 14.375 → 14.38 (half away from zero, not banker's 14.38/14.37)
        Assert.Equal(14.38m, Score("≥1200批", "1150批", 15).Score);
    }

    [Fact]
    public void Reverse_OverLimit_Variant1_ScoresTargetOverActual()
    {
        // ≤10次, actual 12次, 分值 10, variant 1: 10 × 10 ÷ 12 = 8.333… → 8.33
        var s = Score("≤10次", "12次", 10);
        Assert.Equal(ScoringMethod.Reverse, s.Method);
        Assert.Equal(8.33m, s.Score);
        Assert.True(s.IsShortfall);
        Assert.Equal("反向指标（方法一）：得分 = 分值 10 × 目标 10 ÷ 实际 12 = 8.33", s.Explanation);
    }

    [Fact]
    public void Reverse_OverLimit_Variant2_ScoresLinearly()
    {
        // ≤10次, actual 12次, 分值 10, variant 2: 10 × (1 − (12 − 10) ÷ 10) = 10 × 0.8 = 8.00
        var s = Score("≤10次", "12次", 10, Linear);
        Assert.Equal(8.00m, s.Score);
        Assert.StartsWith("反向指标（方法二）", s.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void Reverse_Variant2_AtTwiceTheLimit_ScoresZero()
    {
        // ≤10次, actual 20次 = 2 × target → 0.00 (variant 1 would still give 10 × 10 ÷ 20 = 5.00)
        Assert.Equal(0m, Score("≤10次", "20次", 10, Linear).Score);
        Assert.Equal(5.00m, Score("≤10次", "20次", 10).Score);
    }

    [Fact]
    public void Reverse_WithinLimit_GetsFullMarks()
    {
        // ≤380元, actual 360元 → full 10.00
        Assert.Equal(10.00m, Score("≤380元", "360元", 10).Score);
    }

    [Fact]
    public void Equal_ScoresAsPositive()
    {
        // =100%, actual 96%, 分值 10: scored as 正向 → 10 × 96 ÷ 100 = 9.60; actual 100% → 10.00
        var s = Score("=100%", "96%", 10);
        Assert.Equal(ScoringMethod.Equal, s.Method);
        Assert.Equal(9.60m, s.Score);
        Assert.Equal(10.00m, Score("100百分比", "100%", 10).Score);
    }

    [Fact]
    public void Equal_ZeroTarget_FullOnlyWhenNothingHappened()
    {
        // =0起 (安全事故): actual 0 → full 5.00; actual 1 → 0.00
        Assert.Equal(5.00m, Score("=0起", "0起", 5).Score);
        var s = Score("=0起", "1起", 5);
        Assert.Equal(0m, s.Score);
        Assert.True(s.IsShortfall);
    }

    [Theory]
    // 分值 20. 达成 [80%,100%] → 16.00–20.00: 18 accepted.
    [InlineData("达成年度指标", 18, 18.00)]
    // 部分达成 [60%,80%) → 12.00–16.00 (16 excluded): 13.5 accepted.
    [InlineData("部分达成年度指标并具有一定效果", 13.5, 13.50)]
    // 未达成 [0,60%) → 0–12.00 (12 excluded): 5 accepted.
    [InlineData("未达成年度指标且效果较差", 5, 5.00)]
    public void Qualitative_ScoreInsideBand_IsTaken(string grade, double declared, double expected)
    {
        var s = Score("效果明显", grade, 20, declared: (decimal)declared);
        Assert.Equal(ScoringMethod.Qualitative, s.Method);
        Assert.Null(s.Problem);
        Assert.Equal((decimal)expected, s.Score);
        Assert.Equal(grade, s.Band!.Name);
    }

    [Theory]
    // 部分达成 with 16 = 80% of 20: the band is [60%,80%), so 16 is outside → rejected, band floor 12.00 used.
    [InlineData("部分达成年度指标并具有一定效果", 16, 12.00)]
    // 达成 with 15 = 75%: below the 80% floor → rejected, floor 16.00 used.
    [InlineData("达成年度指标", 15, 16.00)]
    // 未达成 with 12 = 60%: outside [0,60%) → rejected, floor 0.00 used.
    [InlineData("未达成年度指标且效果较差", 12, 0.00)]
    public void Qualitative_ScoreOutsideBand_IsRejected(string grade, double declared, double floor)
    {
        var s = Score("效果明显", grade, 20, declared: (decimal)declared);
        Assert.NotNull(s.Problem);
        Assert.Equal((decimal)floor, s.Score);
        var scored = ScoredEvaluation.Evaluate(Build.Evaluation(100, 100, "", [Build.Row("产出指标", "定性", "效果明显", grade, 20, (decimal)declared, "原因"), Build.Row("产出指标", "a", "≥1个", "1个", 30), Build.Row("效益指标", "b", "≥1个", "1个", 30), Build.Row("满意度指标", "c", "≥1个", "1个", 10)]), National);
        var finding = Assert.Single(scored.Findings, f => f.RuleId == "EVL-05");
        Assert.Equal(1, finding.IndicatorRow);
        Assert.Equal(Jixiao.Domain.Review.Severity.Error, finding.Severity);
        Assert.True(scored.HasErrors);
    }

    [Fact]
    public void Qualitative_UnknownGradeWord_CannotBeScored()
    {
        // "良好" is in the word list (达成); "进行中" names no grade, so there is nothing to score by.
        var s = Score("效果明显", "进行中", 20, declared: 18);
        Assert.Equal(ScoringMethod.Unscorable, s.Method);
        Assert.Equal(0m, s.Score);
        Assert.Contains("达成年度指标", s.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Quantitative_UnreadableActual_ScoresZeroWithReason()
    {
        var s = Score("≥95%", "基本完成", 10);
        Assert.Equal(ScoringMethod.Unscorable, s.Method);
        Assert.Equal(0m, s.Score);
        Assert.Contains("基本完成", s.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void NotApplicable_IsNotScored()
    {
        var s = IndicatorScorer.Score(1, Build.Row("产出指标", "x", "≥1个", "", notApplicable: true), 10, National);
        Assert.Equal(ScoringMethod.NotApplicable, s.Method);
        Assert.Equal(0m, s.Points);
    }

    [Fact]
    public void Rules_AreThirteenInIdOrder()
    {
        Assert.Equal(Enumerable.Range(1, 14).Select(i => $"EVL-{i:00}"), EvaluationRules.All.Select(r => r.Id));
    }
}
