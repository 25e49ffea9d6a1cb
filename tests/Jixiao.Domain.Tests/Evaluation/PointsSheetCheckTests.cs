using Jixiao.Domain.Evaluation;
using Jixiao.Domain.Review;

namespace Jixiao.Domain.Tests.Evaluation;

/// <summary>The re-check of a table by its printed points (a department's 自评表): the branches the corpus tables do
/// not reach — an execution score and a coefficient that do not multiply out, a row without 得分, a consistent sheet.</summary>
public class PointsSheetCheckTests
{
    private static PointsSheetRow Row(string name, decimal? points, decimal? score, decimal? coefficient = null) =>
        new() { Name = name, Points = points, Score = score, CoefficientPercent = coefficient };

    [Fact]
    public void AConsistentSheet_FindsNothing_AndGradesByThePrintedTotal()
    {
        // 执行率得分 10 × 76% = 7.60; rows 50 × 100% + 40 × 90% = 50 + 36; 7.60 + 86 = 93.60 = 自评总分 → 优; 10 + 50 + 40 = 100.
        var check = PointsSheetCheck.Of(new PointsSheet
        {
            ExecutionPoints = 10, ExecutionRate = 0.76m, ExecutionScore = 7.6m, DeclaredTotal = 93.6m, DeclaredGrade = Grade.Excellent,
            Rows = [Row("履职效能", 50, 50, 100), Row("满意度", 40, 36, 90)],
        });
        Assert.Empty(check.Findings);
        Assert.Equal((93.60m, 100m, Grade.Excellent), (check.Total, check.FullMarks, check.Grade));
    }

    [Fact]
    public void ExecutionAndCoefficientSlips_AndAMissingScore_AreFound()
    {
        // 10 × 76% = 7.60, printed 8; 40 × 90% = 36, printed 38; 满意度 without 得分 counts 0.
        // 8 + 50 + 38 + 0 = 96 against the printed 96: the total adds up although its parts are wrong.
        var check = PointsSheetCheck.Of(new PointsSheet
        {
            ExecutionPoints = 10, ExecutionRate = 0.76m, ExecutionScore = 8, DeclaredTotal = 96,
            Rows = [Row("履职效能", 50, 50, 100), Row("管理效率", 30, 38, 90), Row("满意度", 10, null)],
        });
        Assert.Equal(
        [
            "第 2 行指标“管理效率”得分 38.00 超出 0–30 分的范围。",
            "第 3 行指标“满意度”未填得分，按 0 分计。",
            "执行率得分 8.00，而执行率权重 10 × 执行率 76.00% = 7.60。",
        ], check.Findings.Select(f => f.Message));
        Assert.Equal(Severity.Error, check.Findings[0].Severity);

        var coefficient = PointsSheetCheck.Of(new PointsSheet { Rows = [Row("管理效率", 40, 38, 90), Row("其他", 60, 60)] });
        Assert.Equal("第 1 行指标“管理效率”得分 38.00，而分值 40 × 得分系数 90% = 36.00。", Assert.Single(coefficient.Findings).Message);
    }
}
