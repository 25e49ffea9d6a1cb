using Jixiao.Documents.Evaluation;
using Jixiao.Domain;
using Jixiao.Domain.Evaluation;
using Jixiao.Domain.Review;
using Jixiao.Tests;

namespace Jixiao.Documents.Tests.Evaluation;

/// <summary>
/// 部门整体支出绩效自评表 that print their points on every row, read and re-checked by those points (each row's 得分
/// within its 分值, the groups, the execution score, the rows against the printed 自评总分, the grade) instead of
/// refused: the national project formulas do not apply to them. The corpus tables (README beside them) are cut in
/// their stored copies, so their sums fall short of the printed totals; the tests say so with the figures.
/// </summary>
public class PointsSheetTests
{
    private static PointsSheet Read(string file)
    {
        var read = DepartmentSelfEvaluationReader.ReadFile(TestFiles.Fixture(Path.Combine("Evaluation", "Corpus", file)));
        Assert.False(read.HasErrors, string.Join("\n", read.Problems));
        return Assert.Single(read.Value!.Sheets);
    }

    [Theory]
    [InlineData("d01-chongqing-kexuecheng-2021.docx")]
    [InlineData("d01-chongqing-kexuecheng-2021.html")]
    public void Chongqing2021_RowsByTheirWeights_ExecutionScore_AndTheTotalOfTheCutTable(string file)
    {
        var s = Read(file);

        // 指标名称 | … | 得分系数（%） | 指标权重（分） | 指标得分（分）, no 一级 / 二级: seven rows, weights 2 2 1 2 2 2 2, each
        // scored its whole weight at 100%.
        Assert.Equal(["财政供养人员控制率", "“三公”经费变动率", "基础信息完善", "预算完成率", "预算调整率", "结转结余率", "公用经费控制率"], s.Rows.Select(r => r.Name));
        Assert.Equal([2m, 2m, 1m, 2m, 2m, 2m, 2m], s.Rows.Select(r => r.Points!.Value));
        Assert.Equal(s.Rows.Select(r => r.Points), s.Rows.Select(r => r.Score));
        Assert.All(s.Rows, r => Assert.Equal(100m, r.CoefficientPercent));
        Assert.Equal((10m, 0.76m, 7.6m, 97.6m), (s.ExecutionPoints, s.ExecutionRate, s.ExecutionScore, s.DeclaredTotal));

        // 执行率得分 10 × 76% = 7.60 as printed; every row within its weight. The stored copy ends after the seventh row,
        // so the rows read add up to 7.60 + 13 = 20.60 of the printed 97.60, on 10 + 13 = 23 points: both said.
        var check = PointsSheetCheck.Of(s);
        Assert.Equal(20.60m, check.Total);
        Assert.Equal(23m, check.FullMarks);
        Assert.Equal(Grade.Excellent, check.Grade); // by the printed 97.6
        Assert.Equal(
        [
            "自评总分 97.60，而执行率得分 7.60 与各行得分之和为 20.60，相差 77.00 分。",
            "执行率权重与各行分值合计 23 分，不是 100 分。",
        ], check.Findings.Select(f => f.Message));
        Assert.Equal(Severity.Error, check.Findings[0].Severity);
    }

    [Theory]
    [InlineData("d02-anhui-shouxian-2023.docx")]
    [InlineData("d02-anhui-shouxian-2023.html")]
    public void Shouxian2023_LevelsWithPoints_RowsAddUpToTheirGroups(string file)
    {
        var s = Read(file);

        // 规划(15分): 基础信息(3分) 3 | 工作计划(6分) 3 + 3 | 绩效目标(6分) 4 + 2 — the groups add up (3 + 6 + 6 = 15) and
        // every 自评得分 is its whole 指标分值. The stored copy ends after row 5: no 自评总分 to compare.
        Assert.Equal("2023年度部门整体支出绩效评价自评表", s.Title);
        Assert.Equal([3m, 3m, 3m, 4m, 2m], s.Rows.Select(r => r.Points!.Value));
        Assert.Equal([3m, 3m, 3m, 4m, 2m], s.Rows.Select(r => r.Score!.Value));
        Assert.All(s.Rows, r => Assert.Equal("规划", r.Level1));
        Assert.Equal(["基础信息", "工作计划", "工作计划", "绩效目标", "绩效目标"], s.Rows.Select(r => r.Level2));
        Assert.Equal(["规划:15", "规划/基础信息:3", "规划/工作计划:6", "规划/绩效目标:6"], s.Groups.Select(g => g.Level2 is null ? $"{g.Level1}:{g.Points}" : $"{g.Level1}/{g.Level2}:{g.Points}"));

        var check = PointsSheetCheck.Of(s);
        Assert.Equal(15m, check.Total);
        Assert.Equal("各行分值合计 15 分，不是 100 分。", Assert.Single(check.Findings).Message);
    }
}
