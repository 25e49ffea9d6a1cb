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
        var read = PointsSheetReader.ReadFile(TestFiles.Fixture(Path.Combine("Evaluation", "Corpus", file)));
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

    [Theory]
    [InlineData("sc01-hunan-datonghu-2020.docx")]
    [InlineData("sc01-hunan-datonghu-2020.html")]
    public void Datonghu2020_ProjectScoringSheet_BandsByTheirPrintedPoints(string file)
    {
        var s = Read(file);

        // 湖南 益阳 大通湖 “2020年项目支出绩效自评指标计分表”: 项目决策(15分) / 项目管理(25分) bands, the row's points in its
        // 三级 cell (“决策依据(4分)”), 自评分 beside it; the 得分 column after 评价标准 is empty and not read.
        Assert.Equal("2020年项目支出绩效自评指标计分表", s.Title);
        Assert.Equal(["决策依据", "决策程序", "分配办法", "分配结果", "到位率", "到位时效", "资金使用"], s.Rows.Select(r => r.Name));
        Assert.Equal([4m, 4m, 3m, 4m, 3m, 2m, 7m], s.Rows.Select(r => r.Points!.Value));
        Assert.Equal([4m, 4m, 3m, 4m, 3m, 2m, 7m], s.Rows.Select(r => r.Score!.Value));
        Assert.Equal(["项目决策", "项目决策", "项目决策", "项目决策", "项目管理", "项目管理", "项目管理"], s.Rows.Select(r => r.Level1));

        // 决策过程 8 = 4 + 4, 资金分配 7 = 3 + 4, 项目决策 15 = 8 + 7, 资金到位 5 = 3 + 2: as printed. The stored copy ends
        // inside the 财务管理(3分) row, so 资金管理(10分) has only 资金使用 7 and 项目管理(25分) 3 + 2 + 7 = 12; no 总分.
        var check = PointsSheetCheck.Of(s);
        Assert.Equal(27m, check.Total);
        Assert.Equal(
        [
            "“项<br>目<br>管<br>理<br>(25分)”注明 25 分，其下 3 行分值合计 12 分。".Replace("<br>", string.Empty, StringComparison.Ordinal),
            "“资金管理(10分)”注明 10 分，其下 1 行分值合计 7 分。",
            "各行分值合计 27 分，不是 100 分。",
        ], check.Findings.Select(f => f.Message));
        Assert.All(check.Findings, f => Assert.Equal(Severity.Warning, f.Severity));
    }

    [Fact]
    public void ARowAboveItsPoints_ATotalThatDoesNotAddUp_AndAWrongGrade_AreFound()
    {
        // The 益阳 sheet with 决策依据 scored 5 of 4 and a 总分 row of 29 and 良 under it: 4 + 4 + 3 + 4 + 3 + 2 + 7 = 27
        // with the slip 28, not 29; 29 is 差, not 良.
        var html = File.ReadAllText(TestFiles.Fixture(Path.Combine("Evaluation", "Corpus", "sc01-hunan-datonghu-2020.html")));
        html = html.Replace("(4分)</td><td>4</td><td>有关法律", "(4分)</td><td>5</td><td>有关法律", StringComparison.Ordinal)
            .Replace("</table>", "<tr><td colspan=\"3\">总分</td><td>29</td><td colspan=\"3\"></td></tr><tr><td colspan=\"3\">自评等级</td><td colspan=\"4\">良</td></tr></table>", StringComparison.Ordinal);
        var read = PointsSheetReader.Read(System.Text.Encoding.UTF8.GetBytes(html), "计分表.html");
        Assert.False(read.HasErrors, string.Join("\n", read.Problems));
        var s = Assert.Single(read.Value!.Sheets);
        Assert.Equal((29m, Grade.Good), (s.DeclaredTotal, s.DeclaredGrade));

        var check = PointsSheetCheck.Of(s);
        Assert.Equal(28m, check.Total);
        Assert.Equal(Grade.Poor, check.Grade);
        var errors = check.Findings.Where(f => f.Severity == Severity.Error).Select(f => f.Message).ToList();
        Assert.Equal(
        [
            "第 1 行指标“决策依据”得分 5.00 超出 0–4 分的范围。",
            "自评总分 29.00，而各行得分之和为 28.00，相差 1.00 分。",
            "自评等级“良”，而总分 29.00 对应“差”。",
        ], errors);
    }

    [Fact]
    public void AProjectTable_IsNotAPointsSheet()
    {
        // A national-form project 自评表 (se13, 海南) is neither a department's table nor titled as a 计分表.
        var read = PointsSheetReader.ReadFile(TestFiles.Fixture(Path.Combine("Evaluation", "Corpus", "se13-hainan-nongken-2023.xlsx")));
        Assert.Equal(PointsSheetReader.NoSheet, Assert.Single(read.Errors).Message);
    }

    [Fact]
    public void ADepartmentTableWithoutPointsPerRow_IsRefusedWithWhatItLacks()
    {
        // The national-layout 部门整体支出绩效自评表 (written for DepartmentWideSelfEvaluationTests): 一级指标 … 实际完成值,
        // no 分值 and no 得分 columns. Nothing to re-check by: refused, saying so, not “no table found”.
        const string html = """
            <html><head><meta charset="utf-8"></head><body><p>2023年度部门整体支出绩效自评表</p><table border="1">
            <tr><td>部门名称</td><td colspan="7">某县政务服务管理局</td></tr>
            <tr><td>部门职责</td><td colspan="7">负责政务服务工作。</td></tr>
            <tr><td>一级指标</td><td>二级指标</td><td>三级指标</td><td>指标性质</td><td>指标值</td><td>度量单位</td><td>实际完成值</td><td>偏差原因分析及改进措施</td></tr>
            <tr><td>产出指标</td><td>数量指标</td><td>办件量</td><td>≥</td><td>1000</td><td>件</td><td>1200</td><td></td></tr>
            </table></body></html>
            """;
        var read = PointsSheetReader.Read(System.Text.Encoding.UTF8.GetBytes(html), "部门整体.html");
        Assert.Null(read.Value);
        var error = Assert.Single(read.Errors);
        Assert.StartsWith("此表没有每行的分值和得分（“部门职责”），无法按表内分值复核，未读取", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(read.Problems, p => p.Message == PointsSheetReader.NoSheet);
    }
}
