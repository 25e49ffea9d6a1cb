using Jixiao.Documents.Evaluation;
using Jixiao.Documents.FormReading;
using Jixiao.Domain;
using Jixiao.Domain.Evaluation;
using Jixiao.Domain.Goals;
using Jixiao.Domain.Review;
using Jixiao.Tests;

namespace Jixiao.Documents.Tests.Evaluation;

/// <summary>
/// The corpus of real published 自评表 (Fixtures/Evaluation/Corpus, sources in its README): what each reads — rows,
/// money unit, amounts, printed points — and its re-check, published against recomputed. Worked figures in the comments.
/// </summary>
public class SelfEvaluationCorpusTests
{
    internal static ImportedSelfEvaluation Read(string file)
    {
        var read = SelfEvaluationReader.ReadFile(TestFiles.Fixture(Path.Combine("Evaluation", "Corpus", file)));
        Assert.False(read.HasErrors, string.Join("\n", read.Problems));
        return Assert.Single(read.Value!.Forms);
    }

    internal static ScoredEvaluation Recheck(SelfEvaluation e, ScoringProfile? profile = null) =>
        ScoredEvaluation.Evaluate(e, profile ?? ScoringProfile.National, mode: EvaluationMode.Recheck);

    private static ScoredEvaluation Score(SelfEvaluation e, ScoringProfile? profile = null) =>
        ScoredEvaluation.Evaluate(e, profile ?? ScoringProfile.National);

    private static Money Wan(decimal wanYuan) => Money.FromWanYuan(wanYuan);

    [Theory]
    [InlineData("se01-yunnan-yongde-2022.xlsx")]
    [InlineData("se01-yunnan-yongde-2022.html")]
    public void Yongde2022_AmountsInYuan_TotalDeclared96_RechecksTo99(string file)
    {
        var form = Read(file);
        var e = form.Evaluation;

        // 项目资金 (元): 387664.62 元 is 38.766462 万元, never 387664.62 万元.
        Assert.Equal("元", form.MoneyUnit.Unit.Name);
        Assert.StartsWith("取自“项目资金 (元)”", form.MoneyUnit.Source, StringComparison.Ordinal);
        Assert.Equal(Wan(38.766462m), e.Budget.AdjustedBudget);
        Assert.Equal(Wan(38.766462m), e.Budget.Spent);
        Assert.Equal(Money.Zero, e.Budget.InitialBudget);
        Assert.Equal(10m, e.Budget.DeclaredScore);
        Assert.Equal("当年财政拨款", Assert.Single(e.Budget.Breakdown).Name);
        Assert.Equal(2022, e.FiscalYear);
        Assert.Equal("义务教育营养改善计划专项资金", e.ProjectName);

        // Nine rows; 指标性质 | 指标值 | 度量单位 read as one value; the empty 生态效益指标 row skipped and reported.
        Assert.Equal(9, e.Indicators.Count);
        Assert.Equal("≧735人次", e.Indicators[0].Target.Text);
        Assert.Equal("有效", e.Indicators[4].Target.Text);
        Assert.Equal("生态效益指标", Assert.Single(form.Skipped).Text);
        Assert.All(e.Indicators, i => Assert.Equal(10m, i.Points));

        // 总分 100 | 96 | 优, read as printed; 其他需要说明事项 “无” says nothing.
        Assert.Equal(96m, e.DeclaredTotal);
        Assert.Equal(Grade.Excellent, e.DeclaredGrade);
        Assert.Equal(100m, e.Layout.TotalPoints);
        Assert.Equal(10m, e.Layout.BudgetPoints);
        Assert.Empty(e.Notes);

        // Re-check: 10 (100%) + rows as printed; row 3 资金到位及时率 100% of ≧100% is full 10, printed 7. Rows 4 and 6
        // print the look-alike “═”, read as “=”: 100% of ═100% is 10 (printed 10); 政策知晓率 98% of ═100% is
        // 10 × 98 ÷ 100 = 9.80, printed 9, and the shortfall has no reason (EVL-06). Row 5 (有效 / 有效) is the
        // evaluator's. Recomputed 10 + 10 + 10 + 10 + 10 + 10 + 9.80 + 10 + 10 + 10 = 99.80 against the published 96.
        var r = Recheck(e);
        Assert.Equal(99.80m, r.Result.Total);
        Assert.Equal(
            ["第 3 行指标“资金到位及时率”填报得分 7.00，按公式复核为 10.00，相差 3.00 分。", "第 6 行指标“政策知晓率”填报得分 9.00，按公式复核为 9.80，相差 0.80 分。"],
            r.Findings.Where(f => f.RuleId == "EVL-04").Select(f => f.Message));
        Assert.Equal("填报总分 96.00，按公式复核为 99.80，相差 3.80 分。", Assert.Single(r.Findings, f => f.RuleId == "EVL-08").Message);
        Assert.Equal(6, Assert.Single(r.Findings, f => f.RuleId == "EVL-06").IndicatorRow);
        Assert.Equal(5, Assert.Single(r.Findings, f => f.RuleId == "EVL-11").IndicatorRow);
    }

    [Fact]
    public void Zhongjiang2022_PointsInTheLevelCells_OperatorsInActuals_TotalMissesTheBudgetPoints()
    {
        var form = Read("se02-sichuan-zhongjiang-2022.xlsx");
        var e = form.Evaluation;
        Assert.Equal("万元", form.MoneyUnit.Unit.Name);
        Assert.Equal(Wan(20), e.Budget.AdjustedBudget);
        Assert.Equal(10m, e.Layout.BudgetPoints);

        // “产出指标(70分)”: the 一级 is 产出指标, its 70 points a printed group; 70 / 20 / 10 although the note says 50/30/10.
        Assert.Equal(["产出指标:70", "效益指标:20", "满意度指标:10"], e.Layout.Groups.Select(g => $"{g.Level1}:{g.Points}"));
        Assert.Equal(9, e.Indicators.Count);
        Assert.Equal(["经济效益指标", "……"], form.Skipped.Select(s => s.Text));
        Assert.Equal("≥266米", e.Indicators[0].Actual);
        Assert.Contains(e.Notes, n => n.Label == "项目负责人及电话");
        Assert.Contains(e.Notes, n => n.Label == "注" && n.Text.StartsWith("注:1.一级指标分值统一设置为", StringComparison.Ordinal));

        // The rows add up to 100 and the execution adds 10: 110, while 总分 prints 100 | 100. The actuals that repeat
        // the operator (“≥266米” of ≥266米) are read by the value grammar as 266米 and recompute to full marks; only the
        // 定性 row is the evaluator's. Every printed row score is confirmed; the total is not.
        var r = Recheck(e);
        Assert.Equal(110.00m, r.Result.Total);
        Assert.Equal(8, Assert.Single(r.Result.Indicators, i => i.Method == ScoringMethod.Kept).Row);
        Assert.Equal(266m, r.Result.Indicators[0].ActualNumber);
        Assert.DoesNotContain(r.Findings, f => f.RuleId == "EVL-04");
        Assert.Contains(r.Findings, f => f.RuleId == "EVL-08" && f.Message == "填报总分 100.00，按公式复核为 110.00，相差 10.00 分。");
        Assert.Contains(r.Findings, f => f.RuleId == "EVL-12" && f.Message == "合计行注明 100 分，而预算执行 10 分与各行分值合计为 110 分。");
    }

    [Fact]
    public void Qingshen2023_NotFilledIn_IsNotFilled()
    {
        var form = Read("se03-sichuan-qingshen-2023.xlsx");
        var e = form.Evaluation;
        Assert.Equal("万元", form.MoneyUnit.Unit.Name);
        Assert.Equal("51000021R000000019951", e.ProjectCode);
        Assert.Equal("工资性支出", e.ProjectName);
        Assert.Equal((Wan(238.93m), Wan(251.89m), Wan(251.89m)), (e.Budget.InitialBudget, e.Budget.AdjustedBudget, e.Budget.Spent));
        Assert.Equal(["财政资金", "财政专户管理资金", "单位资金"], e.Budget.Breakdown.Select(l => l.Name));
        Assert.Equal((10m, 90m, 100m), (e.Layout.BudgetPoints, e.Layout.IndicatorPoints, e.Layout.TotalPoints));
        Assert.Equal([60m, 30m], e.Indicators.Select(i => i.Points));
        Assert.Equal("=100%", e.Indicators[0].Target.Text);

        // The template's prompts (“……(100字以内)”) are not the unit's text.
        Assert.Equal(string.Empty, e.ActualOutcome);
        Assert.Equal(string.Empty, e.Budget.Reason);
        Assert.Empty(e.Notes);

        foreach (var r in new[] { Score(e, ScoringProfile.Sichuan), Recheck(e, ScoringProfile.Sichuan) })
        {
            Assert.True(r.IsBlank);
            Assert.Equal("未填报", r.Status);
            Assert.Empty(r.Findings);
        }
    }

    [Theory]
    [InlineData("se04-hebei-langfang-2019.docx")]
    [InlineData("se04-hebei-langfang-2019.html")]
    public void Langfang2019_PlaceholderRowsSkipped_TheRoundedNineFound(string file)
    {
        var form = Read(file);
        var e = form.Evaluation;
        Assert.Equal(2019, e.FiscalYear); // printed “2019年度）”
        Assert.Equal(9, e.Indicators.Count);
        Assert.Equal(17, form.Skipped.Count);
        Assert.All(form.Skipped, s => Assert.StartsWith("模板占位行", s.Reason, StringComparison.Ordinal)); // 指标2 ×8, …… ×8, 指标1 ×1
        Assert.Equal("工程资金金额", e.Indicators[0].Name); // “指标1工程资金金额”
        Assert.Equal(string.Empty, e.Indicators[5].DeviationReason); // “0” printed in the reason column

        // A 43.2, B 37.24 → 86.20% → 10 × 0.862037 = 8.62, printed 9; row 1 “43.2” / 37.24 → 8.62, printed 9.
        // Recomputed 8.62 + 8.62 + 8 × 10 = 97.24; the stored copy ends before 总分 (the rows printed add up to 98).
        var r = Recheck(e);
        Assert.Equal(97.24m, r.Result.Total);
        Assert.Equal("预算执行得分填报为 9.00，按公式应为 8.62，相差 0.38 分。", Assert.Single(r.Findings, f => f.RuleId == "EVL-02").Message);
        Assert.Equal(1, Assert.Single(r.Findings, f => f.RuleId == "EVL-04").IndicatorRow);
        Assert.Equal(98m, e.Budget.DeclaredScore + e.Indicators.Sum(i => i.DeclaredScore));

        // Scoring with the 0.5 margin would not have seen the 0.38.
        Assert.DoesNotContain(Score(e).Findings, f => f.RuleId is "EVL-02" or "EVL-04");
    }

    [Fact]
    public void Linxiang2023_ExecutionRoundedDownToNine()
    {
        var e = Read("se05-yunnan-linxiang-2023.xlsx").Evaluation;
        Assert.Equal(Money.Zero, e.Budget.InitialBudget); // printed empty
        Assert.Equal((Wan(32.4m), Wan(31.69m)), (e.Budget.AdjustedBudget, e.Budget.Spent));
        Assert.Equal(7, e.Indicators.Count);

        // 31.69 ÷ 32.4 = 97.81% → 10 × 0.978086 = 9.78, printed 9. The deadline row (2023年12月, done 2023年10月) is
        // read as a date and met: full, as printed. Recomputed 9.78 + 80 = 89.78; the stored copy ends before the
        // 满意度 row (printed so far: 9 + 80 = 89).
        var r = Recheck(e);
        Assert.Equal(89.78m, r.Result.Total);
        Assert.Equal("预算执行得分填报为 9.00，按公式应为 9.78，相差 0.78 分。", Assert.Single(r.Findings, f => f.RuleId == "EVL-02").Message);
        Assert.DoesNotContain(r.Findings, f => f.RuleId is "EVL-04" or "EVL-11");
    }

    [Fact]
    public void Chizhou2022_ZeroTotalRow_IsReadAsPrinted_AndKept()
    {
        var form = Read("se06-anhui-chizhou-entrust-2022.docx");
        var e = form.Evaluation;

        // “年度资金总额:” prints 0 / 0 / 0 with 得分 0; the money is on its 其中 row. Never replaced by the breakdown.
        Assert.Equal(Money.Zero, e.Budget.AdjustedBudget);
        Assert.Equal(0m, e.Budget.DeclaredScore);
        var line = Assert.Single(e.Budget.Breakdown);
        Assert.Equal(("本年财政拨款", Wan(90), Wan(89.974m), Wan(89.974m)), (line.Name, line.InitialBudget, line.AdjustedBudget, line.Spent));
        Assert.Equal(["产出指标:50", "效益指标:30"], e.Layout.Groups.Select(g => $"{g.Level1}:{g.Points}"));
        Assert.Equal(9, e.Indicators.Count);
        Assert.Equal("经济效益指标", Assert.Single(form.Skipped).Text);

        // Budget kept at 0 (A = 0); ≥50个 / 50, ≥100百分比 / 100 and ≤90万元 / 90 recompute to 8 each; the six
        // “达成预期指标” rows are the evaluator's within [80%,100%]. Recomputed 0 + 80 = the 80 printed on these rows.
        var r = Recheck(e);
        Assert.True(r.Result.Budget.Kept);
        Assert.Equal(80m, r.Result.Total);
        Assert.Equal(80m, e.Indicators.Sum(i => i.DeclaredScore));
        Assert.Equal(3, r.Findings.Count(f => f.RuleId == "EVL-02" && f.Message.Contains("两者不等", StringComparison.Ordinal)));
        Assert.DoesNotContain(r.Findings, f => f.RuleId is "EVL-04" or "EVL-05");
    }

    [Fact]
    public void ChizhouVillage2022_CutCopy_ShowsTheMissingRowsAsAGroupShortfall()
    {
        var e = Read("se07-anhui-chizhou-village-2022.docx").Evaluation;
        Assert.Equal(8, e.Indicators.Count);
        Assert.Equal(Wan(132.912m), Assert.Single(e.Budget.Breakdown).Spent);

        // =8个 / 8, =42个 / 42, ≤202.6万元 / 132.9 recompute to 8, 8, 10; five 定性 rows kept. 0 + 70 = 70. The stored
        // copy ends before the 可持续影响 row, so 效益指标(30分) shows only 20 points of rows.
        var r = Recheck(e);
        Assert.Equal(70m, r.Result.Total);
        Assert.Equal("“效益指标(30分)”注明 30 分，其下各行分值合计 20。", Assert.Single(r.Findings, f => f.RuleId == "EVL-12").Message);
    }

    [Fact]
    public void Longyang2022_TwentyEighty_GroupRows_OneCentSlip()
    {
        var form = Read("se08-yunnan-longyang-2022.docx");
        var e = form.Evaluation;
        Assert.Equal((20m, 80m), (e.Layout.BudgetPoints, e.Layout.IndicatorPoints));
        Assert.Equal((Wan(278.4449m), Wan(30)), (e.Budget.AdjustedBudget, e.Budget.Spent));
        Assert.Equal(2.16m, e.Budget.DeclaredScore);
        Assert.Equal(14, e.Indicators.Count);
        Assert.Equal([(0, 3), (4, 4)], e.Indicators.Select((i, n) => (n, i)).Where(x => x.i.IsSubtotal).Select(x => (x.n, x.i.SubtotalMembers)));
        Assert.All(e.Indicators, i => Assert.Null(i.Points)); // the form has no 分值 column

        // 20 × 30 ÷ 278.4449 = 2.15, printed 2.16. Rows without 分值 cannot be recomputed: kept. Group rows add up
        // (15 = 5 + 5 + 5; 15 = 5 + 5 + 3 + 2). Recomputed 2.15 + 65 = 67.15 (printed so far 2.16 + 65 = 67.16).
        var r = Recheck(e);
        Assert.Equal(67.15m, r.Result.Total);
        Assert.Equal("预算执行得分填报为 2.16，按公式应为 2.15，相差 0.01 分。", Assert.Single(r.Findings, f => f.RuleId == "EVL-02").Message);
        Assert.Equal(12, r.Findings.Count(f => f.RuleId == "EVL-11"));
        Assert.DoesNotContain(r.Findings, f => f.RuleId == "EVL-12");
        Assert.Equal([15m, 15m], r.Result.Indicators.Where(i => i.Method == ScoringMethod.Subtotal).Select(i => i.Score));
    }

    [Theory]
    [InlineData("se11-ningxia-yinchuan-2021.docx")]
    [InlineData("se11-ningxia-yinchuan-2021.html")]
    public void Yinchuan2021_DecisionAndManagementRows_ExecutionScoredAsARow_NinePointsAtFullExecution(string file)
    {
        var form = Read(file);
        var e = form.Evaluation;

        // 自评得分 98 in the head; money without 分值 / 得分 columns: execution is scored as a row of 项目管理.
        Assert.Equal(98m, e.DeclaredTotal);
        Assert.Equal("万元", form.MoneyUnit.Unit.Name);
        Assert.Equal((Wan(64.8m), Wan(64.8m), Wan(64.8m)), (e.Budget.InitialBudget, e.Budget.AdjustedBudget, e.Budget.Spent));
        Assert.Equal(0m, e.Layout.BudgetPoints);
        Assert.Equal(["项目决策:10", "项目管理:25", "项目产出:30", "项目效益:35"], e.Layout.Groups.Where(g => g.Level2 is null).Select(g => $"{g.Level1}:{g.Points}"));
        Assert.Equal(["数量指标:10", "质量指标:5", "时效指标:5", "成本指标:10"], e.Layout.Groups.Where(g => g.Level2 is not null).Select(g => $"{g.Level2}:{g.Points}"));

        // 16 rows under 参考分值 / 指标值(A) / 全年实际值(B); nine “指标1：” / “指标2：” template rows skipped and reported.
        Assert.Equal(16, e.Indicators.Count);
        Assert.Equal(9, form.Skipped.Count);
        Assert.All(form.Skipped, k => Assert.Matches("^指标[12]：$", k.Text));
        var execution = e.Indicators[4];
        Assert.Equal(("预算执行率", true, 10m, 9m), (execution.Name, execution.ScoresExecutionRate, execution.Points, execution.DeclaredScore));
        Assert.Equal("使学生和老师有个更好的学习和工作环境，做到", e.Indicators[^1].Name);

        // Re-check: the 预算执行率 row has no 指标值, so it is computed from the money: 10 × min(64.8 ÷ 64.8, 1) = 10,
        // printed 9. 公用经费完成时间 “2021年12月完成” done “2021年12月完成” is a met deadline: 5, printed 4. 保障人数 and
        // the three 成本 rows recompute to their printed 10, 4, 3, 3; the 决策/管理 rows (no 指标值) and the 定性 rows
        // keep theirs. 10 + 25 + 30 + 21 = 86 against the published 98 — the stored copy ends before the
        // 服务对象满意度 rows (10 points).
        var r = Recheck(e);
        Assert.Equal(86.00m, r.Result.Total);
        Assert.Equal(
            ["第 5 行指标“预算执行率”填报得分 9.00，按公式复核为 10.00，相差 1.00 分。", "第 11 行指标“公用经费完成时间”填报得分 4.00，按公式复核为 5.00，相差 1.00 分。"],
            r.Findings.Where(f => f.RuleId == "EVL-04").Select(f => f.Message));
        Assert.Equal("填报总分 98.00，按公式复核为 86.00，相差 12.00 分。", Assert.Single(r.Findings, f => f.RuleId == "EVL-08").Message);
        Assert.Equal([1, 2, 3, 4, 6, 7, 8, 10, 15, 16], r.Findings.Where(f => f.RuleId == "EVL-11").Select(f => f.IndicatorRow));
        Assert.Equal("“项目效益（35分）”注明 35 分，其下各行分值合计 25。", Assert.Single(r.Findings, f => f.RuleId == "EVL-12").Message);

        // Score mode: the form's own 10/25/30/35 (no budget line); rows without 指标值 score 0 there.
        var scored = Score(e);
        Assert.Equal(0m, scored.Result.Budget.Points);
        Assert.Contains(scored.Findings, f => f.RuleId == "EVL-04" && f.IndicatorRow == 1 && f.Severity == Severity.Error);
    }

    [Fact]
    public void Yuanzhou2022_FortyFortyTwenty_TotalOverTheTable_EmptyTotalRowTakesItsBreakdown()
    {
        var form = Read("se12-ningxia-yuanzhou-2022.xlsx");
        var e = form.Evaluation;

        // “项目总得分99分” printed over the table; 40/40/20 with no execution score.
        Assert.Equal(99m, e.DeclaredTotal);
        Assert.Equal(0m, e.Layout.BudgetPoints);
        Assert.Equal(["产出指标:40", "效益指标:40"], e.Layout.Groups.Select(g => $"{g.Level1}:{g.Points}"));
        Assert.StartsWith("一是通过政府招标采购方式", e.ExpectedGoal, StringComparison.Ordinal);

        // 年度资金总额 prints 300 and an empty 全年执行数; its 其中 row 自治区补助 has 300万元 / 259.45万元: the empty
        // total is their sum (a warning says so). 259.45 ÷ 300 = 86.48%.
        Assert.Equal((Wan(300), Wan(259.45m)), (e.Budget.AdjustedBudget, e.Budget.Spent));
        Assert.Equal("自治区补助", Assert.Single(e.Budget.Breakdown).Name);

        // Eleven rows; “指标1…” numbering taken off the names; 指标3 prints no 分值 and no 得分.
        Assert.Equal(11, e.Indicators.Count);
        Assert.Equal("免费发放原原种", e.Indicators[0].Name);
        Assert.Equal((null, null), (e.Indicators[2].Points, e.Indicators[2].DeclaredScore));
        Assert.Equal(("基本达到", 7m), (e.Indicators[10].Actual, e.Indicators[10].DeclaredScore));

        // Re-check: 550万粒 / 550万粒, 200万粒 / 200万粒, 2% / 2% and the actuals that repeat the operator (≥5% of ≥5%,
        // ≥80%, ≥50%) recompute to their printed 8; the row without 分值 keeps 0 (a warning); the target that repeats
        // the name (“采购的原原种合格率≥90%”), 11月底完成100%, 是/是 and 基本达到 (部分达成, [60%,80%)) are the
        // evaluator's — 7 of 8 is outside that band. 40 + 39 = 79 against the published 99: the stored copy ends
        // before 满意度指标(20分).
        var r = Recheck(e);
        Assert.Equal(79.00m, r.Result.Total);
        Assert.Equal([3, 4, 5, 6, 11], r.Findings.Where(f => f.RuleId == "EVL-11").Select(f => f.IndicatorRow));
        Assert.DoesNotContain(r.Findings, f => f.RuleId == "EVL-04");
        Assert.Equal("填报总分 99.00，按公式复核为 79.00，相差 20.00 分。", Assert.Single(r.Findings, f => f.RuleId == "EVL-08").Message);
        Assert.Contains(r.Findings, f => f.RuleId == "EVL-11" && f.IndicatorRow == 3 && f.Severity == Severity.Warning);
        Assert.Contains(r.Findings, f => f.RuleId == "EVL-05" && f.IndicatorRow == 11);
        Assert.Equal(QualitativeGrade.Partial, QualitativeWords.BuiltIn.GradeOf("基本达到"));
    }

    [Theory]
    [InlineData("se13-hainan-nongken-2023.xlsx")]
    [InlineData("se13-hainan-nongken-2023.html")]
    public void Nongken2023_ConsistentTable_InYuan_RechecksToItsPublishedTotal(string file)
    {
        var form = Read(file);
        var e = form.Evaluation;

        // “资金构成(元)”: 120,000.00 元 is 12 万元; 30,000.00 元 spent. The year is only in the page heading over the table.
        Assert.Equal("元", form.MoneyUnit.Unit.Name);
        Assert.StartsWith("取自“资金构成(元)”", form.MoneyUnit.Source, StringComparison.Ordinal);
        Assert.Equal((Wan(12), Wan(12), Wan(3)), (e.Budget.InitialBudget, e.Budget.AdjustedBudget, e.Budget.Spent));
        Assert.Equal(["财政资金", "单位资金", "财政专户管理资金"], e.Budget.Breakdown.Select(l => l.Name));
        Assert.Equal((2023, "46000021T000000002749", "学生事务补助"), (e.FiscalYear, e.ProjectCode, e.ProjectName));
        Assert.Equal(("203-省教育厅", "203045-省农垦实验中学"), (e.DepartmentName, e.UnitName));

        // Four rows with 指标性质 empty and the 度量单位 in its own column (95 | % is 95%); 分值 20/30/30/10 and 10 for
        // the execution; 合计 100.00 | 46.35, no grade printed.
        Assert.Equal(["资助困难教师及学生", "困难教师", "帮助困难教师和学生提高生活水平", "资助困难教师及学生"], e.Indicators.Select(i => i.Name));
        Assert.Equal("95%", e.Indicators[2].Target.Text);
        Assert.Equal([20m, 30m, 30m, 10m], e.Indicators.Select(i => i.Points));
        Assert.Equal([3.85m, 0m, 30m, 10m], e.Indicators.Select(i => i.DeclaredScore));
        Assert.Equal((46.35m, (Grade?)null), (e.DeclaredTotal, e.DeclaredGrade));
        Assert.Empty(form.Skipped);

        // Re-check: execution 3 ÷ 12 = 25% → 10 × 25% = 2.50 (printed 2.5); 20 × 10 ÷ 52 = 3.846 → 3.85; 30 × 0 ÷ 2 = 0;
        // 100 of 95% → 30; 100 of 52 → 10 (capped). 2.50 + 3.85 + 0 + 30 + 10 = 46.35, the published total: every row
        // agrees, so nothing is reported as a difference. The execution below 90% without a reason (EVL-03) and the
        // 192% overrun of row 4 without a reason (EVL-07) are the findings; 46.35 is 差.
        var r = Recheck(e);
        Assert.Equal(2.50m, r.Result.Budget.Score);
        Assert.Equal([3.85m, 0m, 30m, 10m], r.Result.Indicators.Select(i => i.Score));
        Assert.Equal(46.35m, r.Result.Total);
        Assert.Equal(e.DeclaredTotal, r.Result.Total);
        Assert.Equal(Grade.Poor, r.Result.Grade);
        Assert.DoesNotContain(r.Findings, f => f.RuleId is "EVL-04" or "EVL-08" or "EVL-11" or "EVL-12");
        Assert.Equal(["EVL-03", "EVL-07"], r.Findings.Select(f => f.RuleId).Order());
    }

    [Theory]
    [InlineData("se09-sichuan-daying-anke-2023.xlsx", 10)]
    [InlineData("se10-sichuan-nanchong-2023.docx", null)]
    public void SichuanCutCopies_ReadTheirMoney_AndSayTheRowsAreMissing(string file, int? declared)
    {
        var read = SelfEvaluationReader.ReadFile(TestFiles.Fixture(Path.Combine("Evaluation", "Corpus", file)));
        var e = Assert.Single(read.Value!.Forms).Evaluation;
        Assert.Empty(e.Indicators);
        Assert.Contains(read.Problems, p => p.Severity == ProblemSeverity.Warning && p.Message == "绩效指标表头下没有指标行（表格可能不完整）。");
        Assert.Equal((decimal?)declared, e.Budget.DeclaredScore);
        Assert.Equal(10m, e.Layout.BudgetPoints);
        Assert.Equal(e.Budget.AdjustedBudget, e.Budget.Spent); // 100.00% spent: 10 × 1 = 10
        Assert.Equal(10m, Recheck(e, ScoringProfile.Sichuan).Result.Budget.Score);
    }

    [Fact]
    public void EveryCorpusTable_ReadsItsMoneyUnitFromTheTable_NeverAGuess()
    {
        // All corpus 自评表 (every format) read with the unit the table prints, and the preview says which cell said it.
        var files = Directory.GetFiles(TestFiles.Fixture(Path.Combine("Evaluation", "Corpus")), "se*.*")
            .Where(f => Path.GetExtension(f) is ".xlsx" or ".docx" or ".html").Order().ToList();
        Assert.Equal(32, files.Count); // sixteen tables, each as an office file and as its .html source
        foreach (var file in files)
        {
            var read = SelfEvaluationReader.ReadFile(file);
            Assert.False(read.HasErrors, $"{Path.GetFileName(file)}: {string.Join("\n", read.Problems)}");
            var unit = Assert.Single(read.Value!.Forms).MoneyUnit;
            Assert.True(unit.Source.StartsWith("取自“", StringComparison.Ordinal), $"{Path.GetFileName(file)}: {unit.Source}");
            Assert.Equal(Path.GetFileName(file).StartsWith("se01", StringComparison.Ordinal) || Path.GetFileName(file).StartsWith("se13", StringComparison.Ordinal) ? "元" : "万元", unit.Unit.Name);
        }
    }

    [Fact]
    public void AFormThatDoesNotSayItsMoneyUnit_IsRefused_UntilTheUnitIsNamed()
    {
        // se01 without “(元)” in 项目资金: the amounts could be 元 or 万元 — not guessed.
        var html = File.ReadAllText(TestFiles.Fixture(Path.Combine("Evaluation", "Corpus", "se01-yunnan-yongde-2022.html"))).Replace("项目资金 (元)", "项目资金", StringComparison.Ordinal);
        var bytes = System.Text.Encoding.UTF8.GetBytes(html);
        var refused = SelfEvaluationReader.Read(bytes, "无单位.html");
        Assert.True(refused.HasErrors);
        Assert.Contains("无法确定金额单位", refused.Errors.Single().Message, StringComparison.Ordinal);

        var named = SelfEvaluationReader.Read(bytes, "无单位.html", MoneyUnit.Yuan);
        Assert.False(named.HasErrors);
        Assert.Equal("表内未注明，按指定", named.Value!.First.MoneyUnit.Source);
        Assert.Equal(Wan(38.766462m), named.Value.First.Evaluation.Budget.Spent);

        // Naming 万元 for a form that prints 元 is refused, and so is a form that says both.
        Assert.Contains("与指定的“万元”不同", SelfEvaluationReader.Read(System.Text.Encoding.UTF8.GetBytes(File.ReadAllText(TestFiles.Fixture(Path.Combine("Evaluation", "Corpus", "se01-yunnan-yongde-2022.html")))), "元.html", MoneyUnit.WanYuan).Errors.Single().Message, StringComparison.Ordinal);
        var both = html.Replace("<table border=\"1\">", "<p>单位：万元</p><table border=\"1\"><tr><td colspan=\"10\">金额单位：元</td></tr>", StringComparison.Ordinal);
        Assert.Contains("表内金额单位前后不一", SelfEvaluationReader.Read(System.Text.Encoding.UTF8.GetBytes(both), "两种单位.html").Errors.Single().Message, StringComparison.Ordinal);
    }
}
