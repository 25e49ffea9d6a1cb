using Jixiao.Documents.Evaluation;
using Jixiao.Domain;
using Jixiao.Domain.Evaluation;
using Jixiao.Domain.Goals;
using Jixiao.Domain.Review;
using Jixiao.Tests;

namespace Jixiao.Documents.Tests.Evaluation;

/// <summary>
/// The corpus tables of the fourth widening (se14–se16, sources in the corpus README): two 自评表 of the 20 / 80 form
/// with 区直专项 / 市直专项 and no 分值 column, and a county's 专项资金绩效目标自评表 with no points at all, cut in two
/// tables at a page without its heading. Worked figures in the comments; where the printed score is not what the
/// formulas give, the re-check says so.
/// </summary>
public class SelfEvaluationCorpusWideningTests
{
    private static ImportedSelfEvaluation Read(string file) => SelfEvaluationCorpusTests.Read(file);

    private static ScoredEvaluation Recheck(SelfEvaluation e) => SelfEvaluationCorpusTests.Recheck(e);

    private static Money Wan(decimal wanYuan) => Money.FromWanYuan(wanYuan);

    [Theory]
    [InlineData("se14-district-fuwumaoyi-2020.docx")]
    [InlineData("se14-district-fuwumaoyi-2020.html")]
    public void FuwuMaoyi2020_BandsOfSixtyAndFortyUnderEighty_TotalPrinted100_RechecksTo120(string file)
    {
        var form = Read(file);
        var e = form.Evaluation;

        // 预算执行情况(万元) (20分): 285.84 of 285.84 万元, 100%, 得分 20. 年度绩效目标 (80分) over 产出指标 (60分) and
        // 效益指标 (40分); no 分值 column, so no row has points of its own.
        Assert.Equal("万元", form.MoneyUnit.Unit.Name);
        Assert.Equal((Wan(285.84m), Wan(285.84m)), (e.Budget.AdjustedBudget, e.Budget.Spent));
        Assert.Equal((20m, 80m, 20m), (e.Layout.BudgetPoints, e.Layout.IndicatorPoints, e.Budget.DeclaredScore));
        Assert.Equal(["产出指标:60", "效益指标:40"], e.Layout.Groups.Where(g => g.Level2 is null).Select(g => $"{g.Level1}:{g.Points}"));
        Assert.Equal(8, e.Indicators.Count);
        Assert.All(e.Indicators, i => Assert.Null(i.Points));
        Assert.Equal([10m, 10m, 10m, 10m, 10m, 10m, 20m, 20m], e.Indicators.Select(i => i.DeclaredScore));
        Assert.Equal(("20000", "23333.56"), (e.Indicators[0].Target.Text, e.Indicators[0].Actual));
        Assert.Equal(100m, e.DeclaredTotal);

        // Re-check: execution 285.84 ÷ 285.84 = 100% → 20 × 100% = 20. No row prints 分值, so none can be recomputed:
        // each keeps its 得分 (EVL-11). The rows give 6 × 10 + 2 × 20 = 100 where the form gives the indicators 80, and
        // 20 + 100 = 120 against the printed 总分 100: the unit scored its rows out of 100 and totalled as if out of 80.
        // The re-check does not agree with 100: it reports the bands (60 + 40 ≠ 80), the sum (120 ≠ 100) and the total.
        var r = Recheck(e);
        Assert.Equal(20m, r.Result.Budget.Score);
        Assert.Equal(120m, r.Result.Total);
        Assert.Equal(8, r.Findings.Count(f => f.RuleId == "EVL-11"));
        Assert.Equal("填报总分 100.00，按公式复核为 120.00，相差 20.00 分。", Assert.Single(r.Findings, f => f.RuleId == "EVL-08").Message);
        Assert.Equal(
            ["绩效指标注明 80 分，而“产出指标”60 分、“效益指标”40 分合计 100 分。", "填报总分 100.00，而表内预算执行得分 20.00 与各行填报得分之和为 120.00。"],
            r.Findings.Where(f => f.RuleId == "EVL-12").Select(f => f.Message));
    }

    [Theory]
    [InlineData("se15-district-jinbu-2020.docx")]
    [InlineData("se15-district-jinbu-2020.html")]
    public void Jinbu2020_NoPointsColumn_RowsAddUpToTheEighty_TotalAgrees(string file)
    {
        var form = Read(file);
        var e = form.Evaluation;

        // 1.56 of 1.56 万元 (执行率 printed “1”), 得分 20; four rows scored 20 + 10 + 10 + 40 = 80, the 80 of 年度绩效目标.
        Assert.Equal((Wan(1.56m), Wan(1.56m), 20m), (e.Budget.AdjustedBudget, e.Budget.Spent, e.Budget.DeclaredScore));
        Assert.Equal((20m, 80m), (e.Layout.BudgetPoints, e.Layout.IndicatorPoints));
        Assert.Equal(["补贴渔船数", "渔船补贴发放率", "12月底之前完成", "退捕渔民抽样调查满意度"], e.Indicators.Select(i => i.Name));
        Assert.Equal([20m, 10m, 10m, 40m], e.Indicators.Select(i => i.DeclaredScore));
        Assert.Equal("服务对象满意度指标", e.Indicators[3].Level2);
        Assert.Equal("≥90%", e.Indicators[3].Actual);

        // Re-check: 20 × 1.56 ÷ 1.56 = 20; every row kept (no 分值); 20 + 20 + 10 + 10 + 40 = 100, the printed 总分.
        var r = Recheck(e);
        Assert.Equal(100m, r.Result.Total);
        Assert.Equal(e.DeclaredTotal, r.Result.Total);
        Assert.Equal(4, r.Findings.Count(f => f.RuleId == "EVL-11"));
        Assert.DoesNotContain(r.Findings, f => f.RuleId is "EVL-02" or "EVL-08" or "EVL-12");
    }

    [Theory]
    [InlineData("se15-district-jinbu-2020.docx")]
    [InlineData("se15-district-jinbu-2020.html")]
    public void Jinbu2020_Scored_EqualShareNamedAsAssumption_NoRowCalledWrong(string file)
    {
        var e = Read(file).Evaluation;

        // Scoring: 20 × 1.56 ÷ 1.56 = 20; the form prints no 分值, so 80 ÷ 4 = 20 per row is assumed and every row,
        // at its target, computes 20. Before, rows 2 and 3 (printed 10) were said to differ from 20 and row 4 (printed
        // 40) to exceed it — weights the form never states. Now none is; the assumption is named once, and what the
        // form does state holds: no row above the 80, 20 + 20 + 10 + 10 + 40 = 100 = the printed 总分.
        var r = ScoredEvaluation.Evaluate(e, ScoringProfile.National);
        Assert.Equal((20m, 100m), (r.Result.Budget.Score, r.Result.Total));
        Assert.Equal([20m, 20m, 20m, 20m], r.Result.Indicators.Select(i => i.Points));
        Assert.All(r.Result.Indicators, i => Assert.True(i.PointsAssumed));
        Assert.DoesNotContain(r.Findings, f => f.RuleId is "EVL-02" or "EVL-04" or "EVL-08" or "EVL-12");
        Assert.Equal(
            "本表各指标行均未列分值（权重），打分时“绩效指标”80 分由 4 行平均分配，每行计 20.00 分。平均分配只是表内未列分值时的计算假设，不是表内或政策文件规定的权重："
            + "各行填报得分（20.00、10.00、10.00、40.00）与平均分值不同不据此判为错误，填报总分也不与按此算出的总分比较。"
            + "仍核对的是：单行得分是否超过所属指标类别的分值、预算执行得分是否符合执行率、预算执行与各行填报得分之和是否等于填报总分。",
            Assert.Single(r.Findings, f => f.RuleId == "EVL-14").Message);

        // Had the form printed 分值 20 per row, rows 2, 3 and 4 would be held to it as before.
        var printed = ScoredEvaluation.Evaluate(e with { Indicators = [.. e.Indicators.Select(i => i with { Points = 20 })] }, ScoringProfile.National);
        Assert.Equal(
            [
                "第 2 行指标“渔船补贴发放率”填报得分 10.00，按公式计算为 20.00，相差超过 0.5 分。",
                "第 3 行指标“12月底之前完成”填报得分 10.00，按公式计算为 20.00，相差超过 0.5 分。",
                "第 4 行指标“退捕渔民抽样调查满意度”填报得分 40.00 超出分值 20.00。",
            ],
            printed.Findings.Where(f => f.RuleId == "EVL-04").Select(f => f.Message));
        Assert.DoesNotContain(printed.Findings, f => f.RuleId == "EVL-14");
    }

    [Theory]
    [InlineData("se16-hunan-hengshan-2020.docx")]
    [InlineData("se16-hunan-hengshan-2020.html")]
    public void Hengshan2020_TargetTableWithoutPoints_CutWithoutItsHeading_ReadsAsOneTable(string file)
    {
        var read = SelfEvaluationReader.ReadFile(TestFiles.Fixture(Path.Combine("Evaluation", "Corpus", file)));
        Assert.False(read.HasErrors, string.Join("\n", read.Problems));
        var form = Assert.Single(read.Value!.Forms);
        var e = form.Evaluation;

        // 专项资金名称 / 县级主管部门 name the project and the department; 194.9 of 194.9 万元.
        Assert.Equal(("县级储备粮", "衡山县商务和粮食局", "粮食调控储备与产业发展股"), (e.ProjectName, e.DepartmentName, e.UnitName));
        Assert.Equal((Wan(194.9m), Wan(194.9m)), (e.Budget.AdjustedBudget, e.Budget.Spent));
        Assert.Equal(2020, e.FiscalYear);

        // Eleven rows in the first table, five in the second, which repeats 绩效指标 / 效益指标 and not the heading: one
        // form of sixteen rows, the last two 满意度指标, the second table's rows placed in it.
        Assert.Equal(
            [
                "5000吨稻谷、500吨成品粮储备到位率", "库存数量真实率", "县级储备粮管理制度严格执行率", "储备粮管理专户管理率", "县级储备粮库存粮食明显变质比例",
                "县级储备粮贷款付息及时率", "县级储备粮应急保障率", "国家政策性粮收购价格执行率", "县级储备粮库存成本核算率", "利息费用保障率", "政策性挂账利息补贴保障率",
                "低温、低氧、低剂量科学保粮率", "食品安全指标达标率", "粮食储备设备维护及安全性", "因粮食市场波动引起的粮食安全事件发生数", "市民满意度调查",
            ],
            e.Indicators.Select(i => i.Name));
        Assert.Equal(("低温、低氧、低剂量科学保粮率", "效益指标", "生态效益指标"), (e.Indicators[11].Name, e.Indicators[11].Level1, e.Indicators[11].Level2));
        Assert.Equal(("市民满意度调查", "满意度指标", "≥90%", "100%"), (e.Indicators[15].Name, e.Indicators[15].Level1, e.Indicators[15].Target.Text, e.Indicators[15].Actual));
        Assert.StartsWith("第 2 个表格", e.Indicators[15].Place, StringComparison.Ordinal);
        Assert.All(e.Indicators, i => Assert.Null(i.DeclaredScore));
        Assert.Null(e.DeclaredTotal);
    }

    /// <summary>A second table that is a form of its own stays one: two 自评表 one under the other are two forms, however
    /// alike their columns.</summary>
    [Fact]
    public void TwoFormsOneUnderTheOther_StayTwoForms()
    {
        var html = File.ReadAllText(TestFiles.Fixture(Path.Combine("Evaluation", "Corpus", "se15-district-jinbu-2020.html")));
        var table = html[html.IndexOf("<table", StringComparison.Ordinal)..(html.IndexOf("</table>", StringComparison.Ordinal) + "</table>".Length)];
        var twice = html.Replace(table, table + table.Replace("渔业成品油价格改革补贴", "渔船燃油补贴", StringComparison.Ordinal), StringComparison.Ordinal);

        var read = SelfEvaluationReader.Read(System.Text.Encoding.UTF8.GetBytes(twice), "两张表.html");

        Assert.Equal(["渔业成品油价格改革补贴", "渔船燃油补贴"], read.Value!.Forms.Select(f => f.Evaluation.ProjectName));
        Assert.All(read.Value.Forms, f => Assert.Equal(4, f.Evaluation.Indicators.Count));
    }

    /// <summary>se16's second table alone is no form; before it was joined, the file read only the first eleven rows
    /// (and with 项目名称 missing, nothing at all). The join is the file's doing, not the first table's: read alone, the
    /// first table has eleven rows.</summary>
    [Fact]
    public void Hengshan2020_FirstTableAlone_HasElevenRows()
    {
        var html = File.ReadAllText(TestFiles.Fixture(Path.Combine("Evaluation", "Corpus", "se16-hunan-hengshan-2020.html")));
        var second = html.IndexOf("<table", html.IndexOf("</table>", StringComparison.Ordinal), StringComparison.Ordinal);
        var firstOnly = html[..second] + "<p>（第二页另附）</p>" + html[second..];

        var read = SelfEvaluationReader.Read(System.Text.Encoding.UTF8.GetBytes(firstOnly), "分开.html");

        Assert.Equal(11, Assert.Single(read.Value!.Forms).Evaluation.Indicators.Count);
    }
}
