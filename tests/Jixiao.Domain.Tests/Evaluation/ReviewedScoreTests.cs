using Jixiao.Domain.Evaluation;
using static Jixiao.Domain.Tests.Evaluation.Forms;

namespace Jixiao.Domain.Tests.Evaluation;

/// <summary>A printed 复核分 (a reviewer's re-check score beside the unit's 得分) compared, in a re-check, with the
/// score recomputed by the formulas: every computable row, the budget line and the 总分.</summary>
public class ReviewedScoreTests
{
    private static ScoredEvaluation Recheck(SelfEvaluation e) => ScoredEvaluation.Evaluate(e, ScoringProfile.National, mode: EvaluationMode.Recheck);

    private static SelfEvaluation Table(decimal? budgetReview, decimal? reviewedTotal, params decimal?[] reviewed)
    {
        // Budget 50 / 45 → 10 × 90% = 9. Rows: ≥100人次 / 90人次 → 20 × 90 ÷ 100 = 18; ≥95% / 95% → 20;
        // ≤500元 / 550元 (反向) → 10 × 500 ÷ 550 = 9.09; 定性 (kept, 30 as the evaluator gave it); ≥90% / 92% → 10.
        // Recomputed total 9 + 18 + 20 + 9.09 + 30 + 10 = 96.09.
        var rows = new[]
        {
            Row("产出指标", "培训人次", "≥100人次", "90人次", 20, 20),
            Row("产出指标", "培训合格率", "≥95%", "95%", 20, 20, "质量指标"),
            Row("产出指标", "人均培训成本", "≤500元", "550元", 10, 10, "成本指标"),
            Row("效益指标", "群众知晓度", "有效提升", "达成年度指标", 30, 30, "社会效益指标"),
            Row("满意度指标", "学员满意度", "≥90%", "92%", 10, 10, "服务对象满意度指标"),
        };
        var table = Printed(50, 45, 9, 99, null, [.. rows.Select((r, i) => r with { ReviewedScore = reviewed[i] })]);
        return table with { Budget = table.Budget with { ReviewedScore = budgetReview }, ReviewedTotal = reviewedTotal };
    }

    [Fact]
    public void AReviewedScoreThatDiffersFromTheFormula_IsFound_RowByRow_AndInTheTotal()
    {
        // 复核分 9 | 18 19 9 27 10 | 92: row 1 and the budget as recomputed; row 2 (19 ≠ 20) and row 3 (9 ≠ 9.09)
        // differ; row 4 is 定性, kept, not compared; the total 92 ≠ 96.09.
        var r = Recheck(Table(9, 92, 18, 19, 9, 27, 10));
        Assert.Equal(96.09m, r.Result.Total);
        var found = r.Findings.Where(f => f.RuleId == "EVL-13").ToList();
        Assert.Equal(
        [
            "第 2 行指标“培训合格率”复核分 19.00，按公式复核为 20.00，相差 1.00 分。",
            "第 3 行指标“人均培训成本”复核分 9.00，按公式复核为 9.09，相差 0.09 分。",
            "复核总分 92.00，按公式复核为 96.09（其中 1 行不可复核，按评价人得分计），相差 4.09 分。",
        ], found.Select(f => f.Message));
        Assert.Equal([2, 3, null], found.Select(f => f.IndicatorRow));
        Assert.Contains("得分 = 分值 10 × 目标 500 ÷ 实际 550 = 9.09", found[1].Fix, StringComparison.Ordinal);
    }

    [Fact]
    public void AReviewedBudgetScore_AboveTheFormula_AndARowAboveItsPoints_AreFound()
    {
        // Budget 复核分 10 against 10 × 90% = 9; row 5 复核分 12 above its 分值 10.
        var r = Recheck(Table(10, null, 18, 20, 9.09m, 30, 12));
        Assert.Equal(
        [
            "预算执行复核分 10.00，按公式复核为 9.00，相差 1.00 分。",
            "第 5 行指标“学员满意度”复核分 12.00（超出分值 10.00），按公式复核为 10.00，相差 2.00 分。",
        ], r.Findings.Where(f => f.RuleId == "EVL-13").Select(f => f.Message));
    }

    [Fact]
    public void ReviewedScoresThatAgree_OrNoReviewerColumn_OrScoringMode_FindNothing()
    {
        Assert.DoesNotContain(Recheck(Table(9, 96.09m, 18, 20, 9.09m, 27, 10)).Findings, f => f.RuleId == "EVL-13");
        Assert.DoesNotContain(Recheck(Table(null, null, null, null, null, null, null)).Findings, f => f.RuleId == "EVL-13");
        var scoring = ScoredEvaluation.Evaluate(Table(9, 92, 18, 19, 9, 27, 10), ScoringProfile.National);
        Assert.DoesNotContain(scoring.Findings, f => f.RuleId == "EVL-13");
    }
}
