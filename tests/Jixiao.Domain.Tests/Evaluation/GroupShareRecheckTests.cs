using Jixiao.Domain.Evaluation;
using static Jixiao.Domain.Tests.Evaluation.Forms;

namespace Jixiao.Domain.Tests.Evaluation;

/// <summary>Rows that print no 分值 under a 二级 cell that prints its points (“数量指标（15分）”, the 湖北 and 宁夏 forms):
/// in a re-check they share the group's points left after their siblings' printed 分值 and are recomputed, where before
/// they were kept as 不可复核 (“本行未列分值”).</summary>
public class GroupShareRecheckTests
{
    private static readonly PointsLayout Quantity = new()
    {
        Groups = [new DeclaredGroup { Level1 = "产出指标", Level2 = "数量指标", Points = 15, Label = "数量指标（15分）" }],
    };

    private static ScoredEvaluation Recheck(SelfEvaluation e) => ScoredEvaluation.Evaluate(e, ScoringProfile.National, mode: EvaluationMode.Recheck);

    [Fact]
    public void ThreeRowsWithoutPoints_ShareTheGroupsFifteen_AndAreRecomputed()
    {
        // 15 ÷ 3 = 5 each: ≥100人次 / 90人次 → 5 × 90 ÷ 100 = 4.50 (printed 5); ≥200册 / 200册 → 5; ≥10个 / 10个 → 5.
        // A 效益 row without 分值 in no such group is kept as before.
        var r = Recheck(Printed(10, 10, 10, null, Quantity,
            Row("产出指标", "培训人次", "≥100人次", "90人次", null, 5),
            Row("产出指标", "发放册数", "≥200册", "200册", null, 5),
            Row("产出指标", "覆盖乡镇", "≥10个", "10个", null, 5),
            Row("效益指标", "群众满意度", "≥90%", "95%", null, 10, "社会效益指标")));

        Assert.Equal([ScoringMethod.Positive, ScoringMethod.Positive, ScoringMethod.Positive, ScoringMethod.Kept], r.Result.Indicators.Select(i => i.Method));
        Assert.Equal([5m, 5m, 5m], r.Result.Indicators.Take(3).Select(i => i.Points));
        Assert.Equal([4.50m, 5m, 5m], r.Result.Indicators.Take(3).Select(i => i.Score));
        Assert.Equal("本行未列分值，按“数量指标（15分）”15 分 ÷ 3 行 = 5.00", r.Result.Indicators[0].PointsExplanation);
        Assert.Equal("第 1 行指标“培训人次”填报得分 5.00，按公式复核为 4.50，相差 0.50 分。", Assert.Single(r.Findings, f => f.RuleId == "EVL-04").Message);
        Assert.Equal(4, Assert.Single(r.Findings, f => f.RuleId == "EVL-11").IndicatorRow);
    }

    [Fact]
    public void ASiblingsPrintedPoints_AreTakenOffFirst()
    {
        // 15 − 5 printed = 10 over two rows: 5 each; 培训人次 90 of 100 → 4.50.
        var r = Recheck(Printed(10, 10, 10, null, Quantity,
            Row("产出指标", "发放册数", "≥200册", "200册", 5, 5),
            Row("产出指标", "培训人次", "≥100人次", "90人次", null, 4.5m),
            Row("产出指标", "覆盖乡镇", "≥10个", "10个", null, 5)));
        Assert.Equal([5m, 5m, 5m], r.Result.Indicators.Select(i => i.Points));
        Assert.Equal(24.50m, r.Result.Total); // 10 + 5 + 4.50 + 5
        Assert.Equal("本行未列分值，按“数量指标（15分）”15 分 减去本组已列分值 5 ÷ 2 行 = 5.00", r.Result.Indicators[1].PointsExplanation);
        Assert.DoesNotContain(r.Findings, f => f.RuleId is "EVL-04" or "EVL-11");
    }

    [Fact]
    public void NothingLeftToShare_KeepsTheRowAsBefore()
    {
        // 15 printed on the other rows already: the row without 分值 stays 不可复核 with the evaluator's score.
        var r = Recheck(Printed(10, 10, 10, null, Quantity,
            Row("产出指标", "发放册数", "≥200册", "200册", 15, 15),
            Row("产出指标", "培训人次", "≥100人次", "90人次", null, 3)));
        Assert.Equal(ScoringMethod.Kept, r.Result.Indicators[1].Method);
        Assert.Equal(3m, r.Result.Indicators[1].Score);
    }
}
