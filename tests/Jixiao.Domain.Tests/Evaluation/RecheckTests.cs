using Jixiao.Domain.Evaluation;
using Jixiao.Domain.Review;
using static Jixiao.Domain.Tests.Evaluation.Forms;

namespace Jixiao.Domain.Tests.Evaluation;

/// <summary>复核 of a submitted or published 自评表: every computable row recomputed with the table's own 分值, the
/// evaluator's score kept where a row cannot be computed, every difference of 0.01 or more a finding.</summary>
public class RecheckTests
{
    private static ScoredEvaluation Recheck(SelfEvaluation e) => ScoredEvaluation.Evaluate(e, ScoringProfile.National, mode: EvaluationMode.Recheck);

    private static ScoredEvaluation Score(SelfEvaluation e) => ScoredEvaluation.Evaluate(e, ScoringProfile.National);

    [Fact]
    public void AConsistentTable_RechecksToItsPublishedTotal()
    {
        // Budget 100 of 100 → 10 × 100% = 10 (declared 10). Rows: ≥50个 / 50个 → full 25; 定性 “达成预期指标” 24 of 25
        // (inside [80%,100%] = 20–25, kept); ≥90% / 95% → full 30; an empty actual with 10 declared (kept).
        // Published 99 = 10 + 25 + 24 + 30 + 10; recomputed the same.
        var table = Printed(100, 100, 10, 99, null,
            Row("产出指标", "委托项目数量", "≥50个", "50个", 25, 25),
            Row("产出指标", "经费支出合规性", "严格执行相关制度规定", "达成预期指标", 25, 24, "质量指标"),
            Row("效益指标", "覆盖率", "≥90%", "95%", 30, 30, "社会效益指标"),
            Row("满意度指标", "群众满意度", "≥90%", "", 10, 10, "服务对象满意度指标"));
        var r = Recheck(table);
        Assert.Equal(99.00m, r.Result.Total);
        Assert.Equal(Grade.Excellent, r.Result.Grade);
        Assert.Equal([ScoringMethod.Positive, ScoringMethod.Kept, ScoringMethod.Positive, ScoringMethod.Kept], r.Result.Indicators.Select(i => i.Method));
        Assert.DoesNotContain(r.Findings, f => f.RuleId is "EVL-02" or "EVL-04" or "EVL-08");
        var kept = r.Findings.Where(f => f.RuleId == "EVL-11").ToList();
        Assert.Equal([2, 4], kept.Select(f => f.IndicatorRow));
        Assert.All(kept, f => Assert.Equal(Severity.Info, f.Severity));
        Assert.Contains("不可复核：定性指标，评为“达成年度指标”", kept[0].Message, StringComparison.Ordinal);
        Assert.Contains("保留评价人得分 24.00", kept[0].Message, StringComparison.Ordinal);
        Assert.Contains("实际完成值为空", kept[1].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ARoundingSlip_IsFound_WhereScoringToleratesIt()
    {
        // 廊坊 2019: A 43.2, B 37.24 → 37.24 ÷ 43.2 = 86.20% → 10 × 0.862037 = 8.62, printed 9 (0.38 apart).
        // Row 工程资金金额 “43.2” / 37.24, 分值 10 → 10 × 37.24 ÷ 43.2 = 8.62, printed 9.
        // Eight more rows at full 10; published total 9 + 9 + 80 = 98, recomputed 8.62 + 8.62 + 80 = 97.24.
        var rows = new List<EvaluationIndicator> { Row("产出指标", "工程资金金额", "43.2", "37.24", 10, 9) };
        rows.AddRange(Enumerable.Range(1, 4).Select(i => Row("产出指标", $"产出{i}", "100", "100", 10, 10, "质量指标")));
        rows.AddRange(Enumerable.Range(1, 3).Select(i => Row("效益指标", $"效益{i}", "100", "100", 10, 10, "社会效益指标")));
        rows.Add(Row("满意度指标", "学生满意度", "100", "100", 10, 10, "服务对象满意度指标"));
        var table = Printed(43.2m, 37.24m, 9, 98, null, [.. rows]);

        var r = Recheck(table);
        Assert.Equal(8.62m, r.Result.Budget.Score);
        Assert.Equal(8.62m, r.Result.Indicators[0].Score);
        Assert.Equal(97.24m, r.Result.Total);
        var budget = Assert.Single(r.Findings, f => f.RuleId == "EVL-02");
        Assert.Equal("预算执行得分填报为 9.00，按公式应为 8.62，相差 0.38 分。", budget.Message);
        Assert.Contains("执行率 = 全年执行数 B 37.24 ÷ 全年预算数 A 43.20 = 86.20%", budget.Fix, StringComparison.Ordinal);
        var row = Assert.Single(r.Findings, f => f.RuleId == "EVL-04");
        Assert.Equal("第 1 行指标“工程资金金额”填报得分 9.00，按公式复核为 8.62，相差 0.38 分。", row.Message);
        Assert.Contains("得分 = 分值 10 × 实际 37.24 ÷ 目标 43.2 = 8.62", row.Fix, StringComparison.Ordinal);
        var total = Assert.Single(r.Findings, f => f.RuleId == "EVL-08");
        Assert.Equal("填报总分 98.00，按公式复核为 97.24，相差 0.76 分。", total.Message);

        // Scoring the same table as a unit's own form keeps the 0.5 margin: 0.38 passes, the total's 0.76 does not.
        var scored = Score(table);
        Assert.DoesNotContain(scored.Findings, f => f.RuleId is "EVL-02" or "EVL-04");
        Assert.Contains(scored.Findings, f => f.RuleId == "EVL-08");
    }

    [Fact]
    public void TwentyEightyLayout_ScoresExecutionOutOfTwenty_AndFindsAOneCentSlip()
    {
        // 隆阳 2022: 预算执行 (20分), A 278.4449, B 30.00 → 30 ÷ 278.4449 = 10.77% → 20 × 0.107743 = 2.15, printed 2.16.
        var layout = new PointsLayout { BudgetPoints = 20, IndicatorPoints = 80 };
        var table = Printed(278.4449m, 30, 2.16m, null, layout, Row("产出指标", "示范区配方肥到位率", "≧80%", "85.6%", 80, 80, "质量指标"));
        var r = Recheck(table);
        Assert.Equal(20m, r.Result.Budget.Points);
        Assert.Equal(2.15m, r.Result.Budget.Score);
        Assert.Equal("预算执行得分填报为 2.16，按公式应为 2.15，相差 0.01 分。", Assert.Single(r.Findings, f => f.RuleId == "EVL-02").Message);
        Assert.DoesNotContain(Score(table).Findings, f => f.RuleId == "EVL-02");
    }

    [Fact]
    public void AFormWithoutAnExecutionScore_ScoresOnlyItsIndicators()
    {
        var layout = new PointsLayout { BudgetPoints = 0 };
        var table = Printed(64.8m, 64.8m, null, 100, layout, Row("项目产出", "保障人数", "2370人", "2370人", 100, 100));
        var r = Recheck(table);
        Assert.Equal(0m, r.Result.Budget.Score);
        Assert.Equal("本表不为预算执行计分（分值 0）", r.Result.Budget.Explanation);
        Assert.Equal(100m, r.Result.Total);
        Assert.DoesNotContain(r.Findings, f => f.RuleId is "EVL-01" or "EVL-08");
    }

    [Fact]
    public void DecimalWeights_AreReadAsPrinted()
    {
        // 大英 2023: four rows of 权重 22.5 (= 90), all reached; 10 for execution → 100.
        var rows = Enumerable.Range(1, 4).Select(i => Row("产出指标", $"指标{i}", "=100%", "100%", 22.5m, 22.5m)).ToArray();
        var r = Recheck(Printed(10, 10, 10, 100, new PointsLayout { BudgetPoints = 10, IndicatorPoints = 90 }, rows));
        Assert.All(r.Result.Indicators, i => Assert.Equal(22.5m, i.Score));
        Assert.Equal(100m, r.Result.Total);
        Assert.DoesNotContain(r.Findings, f => f.Severity != Severity.Info);
    }

    [Fact]
    public void SubtotalRows_AreCheckedAgainstTheirRows_AndNotCountedTwice()
    {
        // 隆阳: “一、示范区建立 ≧20000亩 20000亩 15.0” over three rows of 5.0; with 分值 5 each the rows recompute to 5,
        // the group row to 15 (= 5 + 5 + 5), and the total counts 15 once. A group row printing 14 is an EVL-12 error.
        EvaluationIndicator Group(decimal declared) => Row("产出指标", "一、示范区建立", "≧20000亩", "20000亩", null, declared) with { IsSubtotal = true, SubtotalMembers = 3 };
        EvaluationIndicator[] Rows(decimal group) =>
        [
            Group(group),
            Row("产出指标", "1、水稻侧深施肥+缓控释肥", "≧500亩", "500亩", 5, 5),
            Row("产出指标", "2、玉米种肥同播+缓控释肥", "≧1000亩", "1000亩", 5, 5),
            Row("产出指标", "3、施用配方肥", "≧18500亩", "18500亩", 5, 5),
        ];
        var r = Recheck(Printed(100, 100, 10, 25, new PointsLayout { BudgetPoints = 10 }, Rows(15)));
        Assert.Equal(ScoringMethod.Subtotal, r.Result.Indicators[0].Method);
        Assert.Equal(15m, r.Result.Indicators[0].Score);
        Assert.Equal("小计 = 第 2–4 行得分 5.00 + 5.00 + 5.00 = 15.00", r.Result.Indicators[0].Explanation);
        Assert.Equal(25m, r.Result.Total);
        Assert.DoesNotContain(r.Findings, f => f.RuleId == "EVL-12");

        var slip = Recheck(Printed(100, 100, 10, 25, new PointsLayout { BudgetPoints = 10 }, Rows(14)));
        var f = Assert.Single(slip.Findings, f => f.RuleId == "EVL-12");
        Assert.Equal("第 1 行“一、示范区建立”填报得分 14.00，而其下 3 行填报得分合计 15.00。", f.Message);
        Assert.Equal(Severity.Error, f.Severity);
    }

    [Fact]
    public void GroupPoints_PrintedInTheLevelCell_AreChecked()
    {
        // “产出指标(50分)” over rows of 8 + 8 + 8 + 8 + 8 = 40.
        var layout = new PointsLayout { BudgetPoints = 10, Groups = [new DeclaredGroup { Level1 = "产出指标", Points = 50, Label = "产出指标(50分)" }] };
        var rows = Enumerable.Range(1, 5).Select(i => Row("产出指标", $"指标{i}", "≥1个", "1个", 8, 8)).ToArray();
        var f = Assert.Single(Recheck(Printed(10, 10, 10, null, layout, rows)).Findings, f => f.RuleId == "EVL-12");
        Assert.Equal("“产出指标(50分)”注明 50 分，其下各行分值合计 40。", f.Message);
    }

    [Fact]
    public void AQualitativeScoreOutsideItsBand_IsKeptButFlagged()
    {
        // “部分达成”: [60%,80%) of 10 = 6.00–8.00; the evaluator gave 9.
        var r = Recheck(Printed(10, 10, 10, null, null, Row("效益指标", "影响程度", "效果明显", "部分达成", 10, 9, "社会效益指标")));
        Assert.Equal(9m, r.Result.Indicators[0].Score);
        var f = Assert.Single(r.Findings, f => f.RuleId == "EVL-05");
        Assert.Contains("得分 9.00 不在“部分达成年度指标并具有一定效果”的区间 [60%,80%)（6.00–8.00）内", f.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AZeroTotalRow_KeepsTheDeclaredBudgetScore()
    {
        // 池州 2022 prints 年度资金总额: 0 / 0 / 0 with 得分 0 (the money is on its 其中 row): A = 0, not computable.
        var r = Recheck(Printed(0, 0, 0, null, null, Row("产出指标", "数量", "≥50个", "50", 8, 8)));
        Assert.True(r.Result.Budget.Kept);
        Assert.Equal(0m, r.Result.Budget.Score);
        Assert.Contains(r.Findings, f => f.RuleId == "EVL-11" && f.Message.StartsWith("预算执行不可复核", StringComparison.Ordinal));
        Assert.Contains(r.Findings, f => f.RuleId == "EVL-02" && f.Message.Contains("全年预算数（A）为 0", StringComparison.Ordinal));
    }

    [Fact]
    public void ARowWithoutPoints_IsKept_AndARowWithoutAnyScoreCountsZero()
    {
        var r = Recheck(Printed(10, 10, 10, null, null,
            Row("产出指标", "无分值", "≥1个", "1个", null, 5),
            Row("产出指标", "无得分", "≥1个", "", 5, null)));
        Assert.Equal([5m, 0m], r.Result.Indicators.Select(i => i.Score));
        var kept = r.Findings.Where(f => f.RuleId == "EVL-11").ToList();
        Assert.Contains("本行未列分值", kept[0].Message, StringComparison.Ordinal);
        Assert.Equal(Severity.Info, kept[0].Severity);
        Assert.Contains("评价人未填得分，按 0.00 计入复核总分", kept[1].Message, StringComparison.Ordinal);
        Assert.Equal(Severity.Warning, kept[1].Severity);
    }

    [Fact]
    public void ThePrintedPoints_ReplaceTheProfile_InBothModes()
    {
        // A form printing 产出指标(60分), 效益指标(20分), 满意度指标(10分) and 10 for execution; all rows reached.
        var layout = new PointsLayout
        {
            BudgetPoints = 10,
            Groups =
            [
                new DeclaredGroup { Level1 = "产出指标", Points = 60 },
                new DeclaredGroup { Level1 = "效益指标", Points = 20 },
                new DeclaredGroup { Level1 = "满意度指标", Points = 10 },
            ],
        };
        foreach (var r in BothModes(ThreeGroups(layout, 60, 20, 10)))
        {
            Assert.Equal(100m, r.Result.Total);
            Assert.DoesNotContain(r.Findings, f => f.RuleId == "EVL-01");
            Assert.StartsWith("表内分值：预算执行 10、产出指标 60、效益指标 20、满意度指标 10", r.Result.Profile.Name, StringComparison.Ordinal);
        }
    }

    /// <summary>A table spending all of A = 20 with one full-marks row in each of 产出, 效益 and 满意度.</summary>
    private static SelfEvaluation ThreeGroups(PointsLayout layout, decimal output, decimal benefit, decimal satisfaction) =>
        Printed(20, 20, 10, 100, layout,
            Row("产出指标", "验收合格率", "100%", "100%", output, output, "质量指标"),
            Row("效益指标", "受益人口数", "≥1000人", "1000人", benefit, benefit, "社会效益指标"),
            Row("满意度指标", "满意度", "≥95%", "96%", satisfaction, satisfaction, "服务对象满意度指标"));

    private static ScoredEvaluation[] BothModes(SelfEvaluation table) => [Score(table), Recheck(table)];

    [Fact]
    public void AGroupWithoutPrintedPoints_BesideGroupsWithThem_TakesTheProfilesPoints_OrItsRowsInARecheck()
    {
        // “产出指标(50分)” and “效益指标(30分)” printed, the 满意度指标 cell plain. Before, the 满意度 row was outside the
        // plan (EVL-01) and scored nothing. Now: scoring takes the national 10 for 满意度, a re-check its row's 10.
        // 10 (100%) + 50 + 30 + 10 (96% of ≥95%) = 100.
        var layout = new PointsLayout
        {
            BudgetPoints = 10,
            Groups = [new DeclaredGroup { Level1 = "产出指标", Points = 50 }, new DeclaredGroup { Level1 = "效益指标", Points = 30 }],
        };
        foreach (var r in BothModes(ThreeGroups(layout, 50, 30, 10)))
        {
            Assert.Equal(100m, r.Result.Total);
            Assert.Equal(10m, r.Result.Indicators[2].Score);
            Assert.DoesNotContain(r.Findings, f => f.RuleId == "EVL-01");
            Assert.StartsWith("表内分值：预算执行 10、产出指标 50、效益指标 30、满意度指标 10（一级指标所列分值，未列分值的一级指标按评分方案；", r.Result.Profile.Name, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void WithoutPrintedGroupPoints_ScoringFollowsTheProfile_ARecheckFollowsTheRows()
    {
        // 永德 2022 prints 10 per row: 产出 4 rows = 40, not the national 50. Scoring a unit's form rescales 产出 to 50
        // (EVL-01); a re-check takes 40 as printed.
        var rows = new List<EvaluationIndicator>();
        rows.AddRange(Enumerable.Range(1, 4).Select(i => Row("产出指标", $"产出{i}", "≥100%", "100%", 10, 10)));
        rows.AddRange(Enumerable.Range(1, 3).Select(i => Row("效益指标", $"效益{i}", "≥100%", "100%", 10, 10, "社会效益指标")));
        rows.AddRange(Enumerable.Range(1, 2).Select(i => Row("满意度指标", $"满意度{i}", "≥95%", "100%", 10, 10, "服务对象满意度指标")));
        var table = Printed(38.766462m, 38.766462m, 10, 100, null, [.. rows]);
        var scored = Score(table);
        Assert.Equal(12.5m, scored.Result.Indicators[0].Score);
        Assert.Contains(scored.Findings, f => f.RuleId == "EVL-01");
        var rechecked = Recheck(table);
        Assert.Equal(10m, rechecked.Result.Indicators[0].Score);
        Assert.Equal(100m, rechecked.Result.Total);
        Assert.DoesNotContain(rechecked.Findings, f => f.RuleId == "EVL-01");
    }

    [Fact]
    public void ABlankForm_IsNotFilled_NotScoredPoor()
    {
        // Nothing filled in: no actual value, no score, no total. Scored anyway it would be 差 with a list of errors.
        var blank = Printed(251.89m, 251.89m, null, null, null,
            Row("产出指标", "发放(缴纳)覆盖率", "=100%", "", 60, null),
            Row("效益指标", "足额保障率(参保率)", "=100%", "", 30, null, "社会效益指标"));
        foreach (var mode in new[] { EvaluationMode.Score, EvaluationMode.Recheck })
        {
            var r = ScoredEvaluation.Evaluate(blank, ScoringProfile.Sichuan, mode: mode);
            Assert.True(r.IsBlank);
            Assert.Equal("未填报", r.Status);
            Assert.Empty(r.Findings);
        }
    }
    [Fact]
    public void AnExecutionRateRow_WithoutTarget_IsComputedFromTheMoney_InBothModes()
    {
        // Ningxia layout: no budget line (0 points), 预算执行率 as a row of 项目管理 with 分值 10 and no 指标值.
        // B 40 ÷ A 50 = 80.00% → 10 × 0.8 = 8.00, printed 9. The other row: ≥100人 / 100人 → full 90.
        var layout = new PointsLayout { BudgetPoints = 0, Groups = [new DeclaredGroup { Level1 = "项目管理", Points = 10 }, new DeclaredGroup { Level1 = "产出指标", Points = 90 }] };
        var execution = Row("项目管理", "预算执行率", "", "80%", 10, 9, "投入管理") with { ScoresExecutionRate = true };
        var table = Printed(50, 40, null, 99, layout, execution, Row("产出指标", "受益人数", "≥100人", "100人", 90, 90));

        var r = Recheck(table);
        Assert.Equal(8.00m, r.Result.Indicators[0].Score);
        Assert.Equal(0m, r.Result.Budget.Score);
        Assert.Equal(98.00m, r.Result.Total);
        Assert.Contains("得分 = 分值 10 × min(80.00%, 100%) = 8.00", r.Result.Indicators[0].Explanation, StringComparison.Ordinal);
        Assert.Equal("第 1 行指标“预算执行率”填报得分 9.00，按公式复核为 8.00，相差 1.00 分。", Assert.Single(r.Findings, f => f.RuleId == "EVL-04").Message);
        Assert.Equal(8.00m, Score(table).Result.Indicators[0].Score);

        // With a 指标值 the row is an ordinary indicator: ≥90% / 80% → 10 × 80 ÷ 90 = 8.89.
        var withTarget = table with { Indicators = [execution with { Target = Goals.TargetValue.Parse("≥90%") }, table.Indicators[1]] };
        Assert.Equal(8.89m, Recheck(withTarget).Result.Indicators[0].Score);
    }
}
