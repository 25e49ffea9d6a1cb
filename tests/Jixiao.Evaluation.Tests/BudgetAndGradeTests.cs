using Jixiao.Domain;
using Jixiao.Domain.Evaluation;

namespace Jixiao.Evaluation.Tests;

public class BudgetAndGradeTests
{
    [Fact]
    public void ExecutionRate_ScoresPointsTimesBOverA()
    {
        // A 19.56, B 17.80: rate = 17.80 ÷ 19.56 = 0.910020… → 91.00%; score = 10 × 0.910020… = 9.10
        var r = SelfEvaluationScorer.Score(Build.Evaluation(19.56m, 17.80m, "", Build.FullRows()), ScoringProfile.National);
        Assert.Equal(9.10m, r.Budget.Score);
        Assert.Equal("执行率 = 全年执行数 B 17.80 ÷ 全年预算数 A 19.56 = 91.00%；得分 = 分值 10 × min(91.00%, 100%) = 9.10", r.Budget.Explanation);
    }

    [Fact]
    public void ExecutionRate_OverOneHundredPercent_IsCapped()
    {
        // A 10, B 11 → 110% → 10 × min(1.1, 1) = 10.00, and EVL-02 warns that B exceeds A.
        var scored = ScoredEvaluation.Evaluate(Build.Evaluation(10, 11, "", Build.FullRows()), ScoringProfile.National);
        Assert.Equal(10.00m, scored.Result.Budget.Score);
        Assert.Contains(scored.Findings, f => f.RuleId == "EVL-02" && f.Severity == Jixiao.Domain.Review.Severity.Warning);
    }

    [Fact]
    public void ExecutionBelow90_WithoutReason_IsFlagged()
    {
        // A 100, B 85 → 85.00% < 90% and no reason → EVL-03 warning; score 10 × 0.85 = 8.50.
        var scored = ScoredEvaluation.Evaluate(Build.Evaluation(100, 85, "", Build.FullRows()), ScoringProfile.National);
        Assert.Equal(8.50m, scored.Result.Budget.Score);
        var f = Assert.Single(scored.Findings, f => f.RuleId == "EVL-03");
        Assert.Equal(Jixiao.Domain.Review.Severity.Warning, f.Severity);
        Assert.Equal("预算执行率 85.00% 低于 90%，但未说明原因。", f.Message);
        Assert.Equal("执行率", f.Field);
    }

    [Fact]
    public void ExecutionBelow90_WithReason_IsAccepted()
    {
        var scored = ScoredEvaluation.Evaluate(Build.Evaluation(100, 85, "政府采购流标，设备款跨年支付", Build.FullRows()), ScoringProfile.National);
        Assert.DoesNotContain(scored.Findings, f => f.RuleId == "EVL-03");
    }

    [Fact]
    public void ZeroBudget_CannotBeScored()
    {
        var scored = ScoredEvaluation.Evaluate(Build.Evaluation(0, 0, "", Build.FullRows()), ScoringProfile.National);
        Assert.Null(scored.Result.Budget.ExecutionRate);
        Assert.Equal(0m, scored.Result.Budget.Score);
        Assert.Contains(scored.Findings, f => f.RuleId == "EVL-02" && f.Severity == Jixiao.Domain.Review.Severity.Error);
    }

    [Fact]
    public void GradeBoundary_8999IsGood_9000IsExcellent()
    {
        // Budget A 100, B 99.90 → 10 × 0.999 = 9.99. 产出 50 full, 效益 30 full, 满意度 ≥90% actual 0% → 10 × 0 ÷ 90 = 0.
        // Total 9.99 + 50 + 30 + 0 = 89.99 → 良. With B = 100 → 10.00 + 80 = 90.00 → 优.
        EvaluationIndicator[] rows =
        [
            Build.Row("产出指标", "a", "≥1个", "1个", 50),
            Build.Row("效益指标", "b", "≥1个", "1个", 30),
            Build.Row("满意度指标", "c", "≥90%", "0%", 10, reason: "未开展满意度调查"),
        ];
        var good = SelfEvaluationScorer.Score(Build.Evaluation(100, 99.90m, "", rows), ScoringProfile.National);
        Assert.Equal(89.99m, good.Total);
        Assert.Equal(Grade.Good, good.Grade);
        var excellent = SelfEvaluationScorer.Score(Build.Evaluation(100, 100, "", rows), ScoringProfile.National);
        Assert.Equal(90.00m, excellent.Total);
        Assert.Equal(Grade.Excellent, excellent.Grade);
        Assert.Equal(Grade.Good, GradeExtensions.FromScore(89.99m));
        Assert.Equal(Grade.Excellent, GradeExtensions.FromScore(90.00m));
        Assert.EndsWith("90.00 分对应等级“优”（优 ≥90，良 ≥80，中 ≥60，差 <60）", excellent.TotalExplanation, StringComparison.Ordinal);
    }
}
