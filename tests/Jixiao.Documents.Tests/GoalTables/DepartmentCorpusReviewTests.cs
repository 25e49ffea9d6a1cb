using Jixiao.Domain;
using Jixiao.Domain.Review;

namespace Jixiao.Documents.Tests.GoalTables;

/// <summary>What the review makes of the published 部门整体支出绩效目标表 (Fixtures/corpus/department): their indicator
/// rows and sums judged as Part 1.</summary>
public class DepartmentCorpusReviewTests
{
    [Fact]
    public void Yueyanglou_ItsRowsAreJudgedAsAProjectsRowsWouldBe()
    {
        var report = new ReviewEngine().Review(DepartmentCorpusTests.Read("hunan-yueyanglou-2023-jiagerenzheng.html").Document);

        Assert.Equal(
            [
                ("STR-06", Severity.Warning, 0, "一级指标", "部门整体绩效目标表没有任何“满意度指标”。"),
                ("VAL-09", Severity.Warning, 3, "指标值", "部门整体绩效目标表第3行“工作安排时间”是时效指标，指标值“按月安排”不是完成时间、时限或及时率。"),
                ("FIN-07", Severity.Warning, 4, "指标值", "部门整体绩效目标表第4行“社会成本指标”是成本指标，指标值“100%”没有以金额表示，无法约束成本。"),
                ("STR-01", Severity.Info, 0, "表式", "本文件所用的部门整体支出绩效目标表没有“分项绩效目标”“工作保障措施”“第二部分”，这些部分未作检查，也不扣分。"),
            ],
            report.Findings.Select(f => (f.RuleId, f.Severity, f.IndicatorRow ?? 0, f.Field, f.Message)));
        Assert.StartsWith("写成金额上限，例如“≤预算数万元”", report.Findings.Single(f => f.RuleId == "FIN-07").Fix, StringComparison.Ordinal);
        // Before, 100 (nothing of the table was judged). Now 100 × 0.95³ = 85.74: 良.
        Assert.Equal(85.74m, report.DocumentScore);
        Assert.Equal(Grade.Good, report.DocumentGrade);
    }

    [Theory]
    [InlineData("hubei-guangshui-2021-zhengfuban.docx")]
    [InlineData("hubei-guangshui-2021-zhengfuban.xlsx")]
    public void Guangshui_ItsSpendingThatDoesNotAddUp_IsAnError(string file)
    {
        var report = new ReviewEngine().Review(DepartmentCorpusTests.Read(file).Document);

        // 基本支出 printed without its decimal point ("7242318" for 724.2318) is read as printed: the block does not add up.
        Assert.Equal(
            [
                ("STR-01", Severity.Info, "表式", "本文件所用的部门整体支出绩效目标表没有“分项绩效目标”“工作保障措施”“第二部分”，这些部分未作检查，也不扣分。"),
                ("STR-01", Severity.Error, "总体绩效目标", "第一部分缺少“总体绩效目标”。"),
                ("FIN-08", Severity.Error, "支出构成", "部门整体绩效目标表“支出构成”中基本支出、项目支出之和 7242561.96 万元与合计 968.1918 万元不符。"),
            ],
            report.Findings.Select(f => (f.RuleId, f.Severity, f.Field, f.Message)));
        // 100 × 0.8 (STR-01) × 0.8 (FIN-08) = 64: 中.
        Assert.Equal(64.00m, report.DocumentScore);
        Assert.Equal(Grade.Fair, report.DocumentGrade);
    }
}
