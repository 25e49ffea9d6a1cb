using Jixiao.Domain;
using Jixiao.Domain.Evaluation;

namespace Jixiao.Evaluation.Tests;

/// <summary>
/// A 20 / 80 form (预算执行 (20分), 年度绩效目标 (80分)) with and without a 分值 column. Without one, scoring shares the
/// 80 equally — an assumption, so a printed 得分 is not called wrong for differing from the share; the report names
/// the assumption once and still checks what the form states. With the column, the rows are held to their 分值 as
/// before.
/// </summary>
public class AssumedPointsTests
{
    // A = B = 10 万元 → 20 × 100% = 20, printed 20. Four rows printed 12 + 10 + 40 + 18 = 80; 总分 printed 100.
    private static SelfEvaluation Form(decimal? points, decimal thirdDeclared = 40) => Build.Evaluation(10, 10, "",
            Build.Row("产出指标", "培训人数", "≥10个", "8个", points, declared: 12, reason: "部分学员延期"),
            Build.Row("产出指标", "验收合格率", "=100%", "100%", points, declared: 10),
            Build.Row("效益指标", "覆盖率", "≥80%", "90%", points, declared: thirdDeclared),
            Build.Row("满意度指标", "满意度", "≥90%", "95%", points, declared: 18))
        with
        {
            Budget = Build.Evaluation(10, 10).Budget with { DeclaredScore = 20 },
            Layout = new PointsLayout { BudgetPoints = 20, IndicatorPoints = 80 },
            DeclaredTotal = 100,
        };

    private static ScoredEvaluation Score(SelfEvaluation e) => ScoredEvaluation.Evaluate(e, ScoringProfile.National);

    [Fact]
    public void PointsPrinted_RowsHeldToTheirPoints_WarningsUnchanged()
    {
        // 分值 20 each: row 1 20 × 8 ÷ 10 = 16 (printed 12), row 2 20 (printed 10), row 3 20 (printed 40 > 20),
        // row 4 20 (printed 18); 总分 20 + 16 + 20 + 20 + 20 = 96 against the printed 100.
        var r = Score(Form(20));
        Assert.Equal(96m, r.Result.Total);
        Assert.All(r.Result.Indicators, i => Assert.False(i.PointsAssumed));
        Assert.Equal(
            [
                "第 1 行指标“培训人数”填报得分 12.00，按公式计算为 16.00，相差超过 0.5 分。",
                "第 2 行指标“验收合格率”填报得分 10.00，按公式计算为 20.00，相差超过 0.5 分。",
                "第 3 行指标“覆盖率”填报得分 40.00 超出分值 20.00。",
                "第 4 行指标“满意度”填报得分 18.00，按公式计算为 20.00，相差超过 0.5 分。",
            ],
            r.Findings.Where(f => f.RuleId == "EVL-04").Select(f => f.Message));
        Assert.Equal("填报总分 100.00，按公式计算为 96.00，相差超过 0.5 分。", Assert.Single(r.Findings, f => f.RuleId == "EVL-08").Message);
        Assert.DoesNotContain(r.Findings, f => f.RuleId == "EVL-14");
        Assert.Equal([4m, 10m, -20m, 2m], r.Result.Indicators.Select(i => i.Difference));
    }

    [Fact]
    public void NoPointsPrinted_EqualShareNamedAsAssumption_NoRowCalledWrong()
    {
        // 80 ÷ 4 = 20 assumed per row: row 1 computes 16 as above, the total 96 — but neither is held against the
        // printed 12 or the printed 100, which 20 + 12 + 10 + 40 + 18 = 100 bears out. Before, the same four rows and
        // the total were reported as differing, although the form states no weight per row.
        var r = Score(Form(null));
        Assert.Equal([20m, 20m, 20m, 20m], r.Result.Indicators.Select(i => i.Points));
        Assert.All(r.Result.Indicators, i => Assert.True(i.PointsAssumed));
        Assert.Equal(96m, r.Result.Total);
        Assert.All(r.Result.Indicators, i => Assert.Null(i.Difference));
        Assert.DoesNotContain(r.Findings, f => f.RuleId is "EVL-04" or "EVL-08" or "EVL-12");
        var note = Assert.Single(r.Findings, f => f.RuleId == "EVL-14");
        Assert.Equal(
            "本表各指标行均未列分值（权重），打分时“绩效指标”80 分由 4 行平均分配，每行计 20.00 分。平均分配只是表内未列分值时的计算假设，不是表内或政策文件规定的权重："
            + "各行填报得分（12.00、10.00、40.00、18.00）与平均分值不同不据此判为错误，填报总分也不与按此算出的总分比较。"
            + "仍核对的是：单行得分是否超过所属指标类别的分值、预算执行得分是否符合执行率、预算执行与各行填报得分之和是否等于填报总分。",
            note.Message);
        Assert.Equal("在自评表的“分值”栏填写各行分值（每类指标各行分值之和等于该类分值，如“绩效指标”80 分）后重新打分。", note.Fix);
        Assert.Equal(Domain.Review.Severity.Warning, note.Severity);
        Assert.Contains("财预〔2020〕10号", note.Source, StringComparison.Ordinal);
        Assert.DoesNotMatch("[A-Za-z§]", note.Message + note.Fix);
    }

    [Fact]
    public void NoPointsPrinted_WhatTheFormStatesIsStillChecked()
    {
        // Row 3 printed 85: above the 80 of 年度绩效目标, which the form does state; and 20 + 12 + 10 + 85 + 18 = 145
        // is not the printed 总分 100.
        var r = Score(Form(null, thirdDeclared: 85));
        Assert.Equal("第 3 行指标“覆盖率”填报得分 85.00 超出其所属“绩效指标”的分值 80。", Assert.Single(r.Findings, f => f.RuleId == "EVL-04").Message);
        Assert.Equal("填报总分 100.00，而表内预算执行得分 20.00 与各行填报得分之和为 145.00。", Assert.Single(r.Findings, f => f.RuleId == "EVL-12").Message);
        Assert.DoesNotContain(r.Findings, f => f.RuleId == "EVL-08");

        // Budget by formula: B 5 of A 10 → 20 × 50% = 10, not the printed 20.
        var half = Score(Form(null) with { Budget = Build.Evaluation(10, 5).Budget with { DeclaredScore = 20 } });
        Assert.Equal(10m, half.Result.Budget.Score);
        Assert.Contains(half.Findings, f => f.RuleId == "EVL-02");
    }

    [Fact]
    public void SomeRowsWithoutPoints_OnlyThoseAreAssumed()
    {
        // Rows 1–2 print 30 and 20; rows 3–4 share 80 − 50 = 30 → 15 each (assumed). Row 1: 30 × 8 ÷ 10 = 24 against
        // the printed 12 is still reported; row 3 printed 40 > 15 is not (it is within the 80).
        var e = Form(null);
        e = e with { Indicators = [e.Indicators[0] with { Points = 30 }, e.Indicators[1] with { Points = 20 }, e.Indicators[2], e.Indicators[3]] };
        var r = Score(e);
        Assert.Equal([30m, 20m, 15m, 15m], r.Result.Indicators.Select(i => i.Points));
        Assert.Equal([false, false, true, true], r.Result.Indicators.Select(i => i.PointsAssumed));
        Assert.Equal(
            ["第 1 行指标“培训人数”填报得分 12.00，按公式计算为 24.00，相差超过 0.5 分。", "第 2 行指标“验收合格率”填报得分 10.00，按公式计算为 20.00，相差超过 0.5 分。"],
            r.Findings.Where(f => f.RuleId == "EVL-04").Select(f => f.Message));
        Assert.StartsWith("第 3、4 行未列分值（权重），打分时“绩效指标”80 分减去其他行已列分值 50 后由 2 行平均分配，每行计 15.00 分。", Assert.Single(r.Findings, f => f.RuleId == "EVL-14").Message, StringComparison.Ordinal);
    }
}
