using System.Text;
using Jixiao.Documents.Evaluation;
using Jixiao.Tests;

namespace Jixiao.Documents.Tests.Evaluation;

/// <summary>
/// A 部门整体支出绩效自评表 (the department's whole self-evaluation, published with every 决算) is not a project's
/// 自评表: it has no 项目名称 and its indicators and scoring are set by each place. The reader refuses it with a message
/// that says what it is and what to import instead, and never reads it as a project — alone or beside project tables.
/// </summary>
public class DepartmentWideSelfEvaluationTests
{
    private static string Corpus(string file) => TestFiles.Fixture(Path.Combine("Evaluation", "Corpus", file));

    [Theory]
    [InlineData("d01-chongqing-kexuecheng-2021.docx")]
    [InlineData("d01-chongqing-kexuecheng-2021.html")]
    public void Chongqing2021_DepartmentWideTable_IsRefusedAsSuch_NotAsAMissingProjectTable(string file)
    {
        // 重庆 部门整体绩效自评表: 部门预算执行情况 (执行率 76%, 权重 10, 得分 7.6), 自评总分 97.6, 指标名称 / 指标权重 / 指标得分
        // rows without 一级指标. Before, it got the generic “no 自评表 found”; now it is named for what it is.
        var read = SelfEvaluationReader.ReadFile(Corpus(file));
        Assert.True(read.HasErrors);
        Assert.Null(read.Value);
        var error = Assert.Single(read.Errors);
        Assert.StartsWith("此表是部门整体支出绩效自评表（表内有“部门联系人”，没有“项目名称”），不是项目支出绩效自评表，未按项目表读取", error.Message, StringComparison.Ordinal);
        Assert.Contains("请导入该部门各项目的项目支出绩效自评表", error.Message, StringComparison.Ordinal);
        Assert.Equal(file, error.File);
        Assert.NotNull(error.Cell); // the label cell that shows it
        Assert.DoesNotContain(read.Problems, p => p.Message == SelfEvaluationReader.NoForm);
    }

    [Theory]
    [InlineData("d02-anhui-shouxian-2023.docx")]
    [InlineData("d02-anhui-shouxian-2023.html")]
    public void Shouxian2023_DepartmentScoringSheet_IsRefusedByItsTitle(string file)
    {
        // 安徽 寿县 2023年度部门整体支出绩效评价自评表: 序号 | 一级 | 二级 | 三级 | 指标分值 | 指标解释 | 评分标准 | 自评得分, the
        // 一级 and 二级 cells with their points (规划(15分), 基础信息(3分)). It prints 一级指标 but no money block and no
        // 项目名称; its title says what it is. Before: “no 自评表 found”.
        var read = SelfEvaluationReader.ReadFile(Corpus(file));
        var error = Assert.Single(read.Errors);
        Assert.StartsWith("此表是部门整体支出绩效自评表（表题有“部门整体支出绩效评价自评表”，没有“项目名称”）", error.Message, StringComparison.Ordinal);
        Assert.Null(error.Cell); // the title is a line before the table
        Assert.DoesNotContain(read.Problems, p => p.Message == SelfEvaluationReader.NoForm);
    }

    [Fact]
    public void ANationalLayoutDepartmentTable_WithLevelOneAndSpentColumns_IsNotReadAsAProject()
    {
        // Written for this test in the layout of the national 部门整体支出绩效自评表 (部门名称, 部门职责, 部门年度重点工作任务
        // with 全年预算数 / 全年执行数, then 一级指标 … 实际完成值): it has every label the project gate looks for.
        // Before, it failed as a project (“找不到预算执行情况”); now it is refused as a department's table.
        const string html = """
            <html><head><meta charset="utf-8"></head><body><p>2023年度部门整体支出绩效自评表</p><table border="1">
            <tr><td>部门名称</td><td colspan="7">某县政务服务管理局</td></tr>
            <tr><td>部门职责</td><td colspan="7">负责政务服务工作。</td></tr>
            <tr><td colspan="8">部门年度重点工作任务</td></tr>
            <tr><td>任务名称</td><td>主要内容</td><td>年初预算数（万元）</td><td>全年预算数（万元）</td><td>全年执行数（万元）</td><td>预算执行率</td><td colspan="2">未完成原因</td></tr>
            <tr><td>政务服务运行</td><td>保障大厅运行</td><td>10</td><td>10</td><td>9</td><td>90%</td><td colspan="2"></td></tr>
            <tr><td>一级指标</td><td>二级指标</td><td>三级指标</td><td>指标性质</td><td>指标值</td><td>度量单位</td><td>实际完成值</td><td>偏差原因分析及改进措施</td></tr>
            <tr><td>产出指标</td><td>数量指标</td><td>办件量</td><td>≥</td><td>1000</td><td>件</td><td>1200</td><td></td></tr>
            </table></body></html>
            """;
        var read = SelfEvaluationReader.Read(Encoding.UTF8.GetBytes(html), "部门整体.html");
        var error = Assert.Single(read.Errors);
        Assert.StartsWith("此表是部门整体支出绩效自评表（表内有“部门职责”", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(read.Problems, p => p.Message.Contains("找不到预算执行情况", StringComparison.Ordinal));
    }

    [Fact]
    public void ADepartmentTableBesideAProjectTable_IsSkippedWithAWarning_AndTheProjectIsRead()
    {
        // A 决算 page prints the department's table and then the projects': the 重庆 table, then the 海南 project table.
        var department = File.ReadAllText(Corpus("d01-chongqing-kexuecheng-2021.html"));
        var project = File.ReadAllText(Corpus("se13-hainan-nongken-2023.html"));
        var body = (string s) => s[s.IndexOf("<body>", StringComparison.Ordinal)..s.IndexOf("</body>", StringComparison.Ordinal)].Replace("<body>", string.Empty, StringComparison.Ordinal);
        var html = $"<html><head><meta charset=\"utf-8\"></head><body>{body(department)}{body(project)}</body></html>";

        var read = SelfEvaluationReader.Read(Encoding.UTF8.GetBytes(html), "决算.html");
        Assert.False(read.HasErrors, string.Join("\n", read.Problems));
        var form = Assert.Single(read.Value!.Forms);
        Assert.Equal("学生事务补助", form.Evaluation.ProjectName);
        Assert.Equal(46.35m, form.Evaluation.DeclaredTotal);
        Assert.Contains(read.Problems, p => p.Severity == ProblemSeverity.Warning && p.Message.StartsWith("此表是部门整体支出绩效自评表", StringComparison.Ordinal));
    }
}
