using Jixiao.Domain.Goals;
using Jixiao.Domain.Review;

namespace Jixiao.Documents.Tests.GoalTables;

/// <summary>What the review makes of corpus tables whose reading or review was changed for what real tables show,
/// with the scores before and after.</summary>
public class CorpusReviewTests
{
    private static ReviewReport Review(string file) => new ReviewEngine().Review(CorpusTests.Read(file).Document);

    [Fact]
    public void Zhaohua_OlderLevelNames_AreReviewedAsTheLevelsTheyStandFor()
    {
        var report = Review("sichuan-zhaohua-2021-tekunjiating.html");

        // Before: 18.71 (差) — 7 TAX-01 errors on the 项目完成/项目效益 rows, 2 TAX-02 errors on 满意度指标 over
        // 满意度指标, STR-06 missing 产出 and 效益. Now those rows are 产出/效益/服务对象满意度; what is left: the
        // budget not printed (STR-03 and FIN-01, errors: the table caps at 79), 100% satisfaction (VAL-11) and the
        // cost row not in money (FIN-07): 100 × 0.8 × 0.8 × 0.95 × 0.95 = 57.76.
        Assert.Equal(57.76m, report.DocumentScore);
        Assert.DoesNotContain(report.Findings, f => f.RuleId is "TAX-01" or "TAX-02" or "STR-06");
        var note = Assert.Single(report.Findings, f => f.RuleId == "TAX-03");
        Assert.Equal((ReviewFields.Form, Severity.Info), (note.Field, note.Severity));
        Assert.Contains("“项目完成指标”按“产出指标”，“项目效益指标”按“效益指标”，“满意度指标”按“服务对象满意度指标”", note.Message, StringComparison.Ordinal);
        Assert.Equal(["STR-03", "TAX-03", "VAL-11", "FIN-01", "FIN-07"], report.Findings.Where(f => f.ProjectSequence == 1).Select(f => f.RuleId).Distinct());
    }

    [Fact]
    public void Dongguan_OlderLevelNames_LeaveOnlyTheCombinedBenefitLevel()
    {
        var report = Review("guangdong-dongguan-2019-zhenji.html");

        // Before: 48.45 (差) — 5 TAX-01 errors (预期产出指标, 效果指标), STR-06 missing all three levels. Now: the
        // 二级 "社会、经济、生态效益指标" names three levels at once (TAX-02, an error: which one is the clerk's to
        // say), 满意度 missing (the stored page ends before it) and a number without unit (VAL-02):
        // 100 × 0.8 × 0.95 × 0.95 = 72.20.
        Assert.Equal(72.20m, report.DocumentScore);
        var pair = Assert.Single(report.Findings, f => f.RuleId == "TAX-02");
        Assert.Contains("“社会、经济、生态效益指标”不能放在一级指标“效果指标”（即效益指标）下", pair.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(report.Findings, f => f.RuleId == "TAX-01");
        Assert.Contains("“预算(或投资规模)控制指标”按“成本指标”", Assert.Single(report.Findings, f => f.RuleId == "TAX-03").Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Jiayuguan_ThePlansValue_IsItsPairs_AndTheFundsAddUp()
    {
        var result = CorpusTests.Read("gansu-jiayuguan-2023-bowuguan.docx");
        var p = Assert.Single(result.Document.Projects);

        // Before: 项目实施计划 read the label 组织实施单位 as its value.
        Assert.Contains(new LabeledText("项目实施计划", "组织实施单位：甘肃省文物局\n监督管理单位：嘉峪关文旅局"), p.Extras);
        // 财政资金 0 (中央补助安排 0 + 省级财政安排 0) + 其他资金 20 = 预算申报数 20: FIN-01 is quiet, as before
        // (when 财政资金 was not read, it counted as 0 too), and the score is 85.74 (良) before and after: three
        // warnings (TAX-07, VAL-04, FIN-07), 100 × 0.95³.
        var report = new ReviewEngine().Review(result.Document);
        Assert.DoesNotContain(report.Findings, f => f.RuleId == "FIN-01");
        Assert.Equal(85.74m, report.DocumentScore);
    }

    [Fact]
    public void Linyi_LevelNamesEndingIn值_AreReviewedAsTheLevelsTheyStandFor()
    {
        var report = Review("shandong-linyi-2025-gongyongjingfei.docx");

        // Before: 36.72 — 8 TAX-01 errors (产出值, 效益值 no 一级指标), STR-06 missing 产出 and 效益, and the cost row
        // "780元/生/年" not money (FIN-07: 生 was no unit). Now 55.56: what is left is the table's own — no goal
        // (STR-03, an error), no 满意度 row, "有效" as a value (VAL-04 twice, VAL-09), an 改善 row under 产出 (TAX-05) and
        // 经济/生态效益 rows the project does not show (TAX-07 twice).
        Assert.Equal(55.56m, report.DocumentScore);
        Assert.DoesNotContain(report.Findings, f => f.RuleId is "TAX-01" or "TAX-02" or "FIN-07");
        var note = Assert.Single(report.Findings, f => f.RuleId == "TAX-03");
        Assert.Equal(Severity.Info, note.Severity);
        Assert.Contains("“产出值”按“产出指标”，“数量值”按“数量指标”", note.Message, StringComparison.Ordinal);
        Assert.Contains("“可持续影响值”按“可持续影响指标”", note.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Yuanzhou_FormNotesAfterTheLevelNames_AreNoWrongPairs()
    {
        var report = Review("ningxia-yuanzhou-2022-hanyanglin.xlsx");

        // Before: 14.91 — 11 TAX-02 errors ("数量指标(必填硬性指标)" is no 二级指标 of 产出指标) and STR-07 missing 数量 and
        // 质量. Now 26.24: the table's own errors remain (3 效益 rows without a value, STR-04; the template's "(≥**%)"
        // and "(≥**万元)" left in two names, STR-09), bare numbers whose unit is in the name (VAL-02) and the cost
        // row now read as one and not in money (FIN-07).
        Assert.Equal(26.24m, report.DocumentScore);
        Assert.DoesNotContain(report.Findings, f => f.RuleId is "TAX-01" or "TAX-02" or "STR-07");
        Assert.Equal(3, report.Findings.Count(f => f.RuleId == "STR-04"));
        Assert.Contains("“数量指标(必填硬性指标)”按“数量指标”", Assert.Single(report.Findings, f => f.RuleId == "TAX-03").Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Luan_TheMidTermsFiscalFunds_NoLongerDisagreeWithTheYearsBudget()
    {
        var report = Review("anhui-luan-2024-zhijian.xlsx");

        // Before: 64.98 — FIN-01 (an error): 预算数 51.35 万元 against 财政资金 68.50, the 中期 column's. Now 81.23: the
        // stored page ends in the 产出 rows (no 效益, no 满意度: STR-06 twice), "≤7工作日" for a 及时率 (VAL-08) and the
        // code "[066]" of 3 digits (COD-04).
        Assert.Equal(81.23m, report.DocumentScore);
        Assert.DoesNotContain(report.Findings, f => f.RuleId == "FIN-01");
    }
}
