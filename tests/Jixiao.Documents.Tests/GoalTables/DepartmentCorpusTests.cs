using Jixiao.Documents.PublishedText;
using Jixiao.Domain.Goals;
using Jixiao.Tests;

namespace Jixiao.Documents.Tests.GoalTables;

/// <summary>
/// The published 部门整体支出绩效目标表 (Fixtures/corpus/department, sources in its README) read as the department's
/// goals — name, 部门职能, funds, 年度总体目标, indicator rows — and never as a project.
/// </summary>
public class DepartmentCorpusTests
{
    [Fact]
    public void Yueyanglou_ReadsTheDepartmentsGoalsAndIndicatorRows_NotAProject()
    {
        var result = Read("hunan-yueyanglou-2023-jiagerenzheng.html");
        var d = result.Document;
        var goals = d.DepartmentGoals;

        Assert.Empty(result.Errors);
        Assert.Empty(d.Projects);
        Assert.Equal("岳阳楼区价格认证鉴定中心", d.DepartmentName);
        Assert.Equal(2023, d.FiscalYear);
        Assert.Equal("负责价格认定工作", goals.Duties);
        Assert.Equal("做好涉案、价格认定工作。", goals.OverallGoal);
        Assert.Empty(goals.Tasks);
        Assert.Empty(goals.Funds);
        // Six rows published (the stored page ends in the 生态效益 row); the 经济效益 row has no name nor value.
        Assert.Equal(
            [
                ("产出指标", "数量指标", "业务工作支出安排金额", "28.8万元"),
                ("产出指标", "质量指标", "业务工作支出到位率", "100%"),
                ("产出指标", "时效指标", "工作安排时间", "按月安排"),
                ("产出指标", "成本指标", "社会成本指标", "100%"),
                ("效益指标", "社会效益指标", "保证单位正常运转", "应保尽保"),
            ],
            goals.Indicators.Select(i => (i.Level1, i.Level2, i.Name, i.Target.Text)));
        var amount = goals.Indicators[0].Target;
        Assert.True(amount.IsQuantitative);
        Assert.Equal(28.8m, amount.Number);
        Assert.Equal(100m, goals.Indicators[1].Target.Number);
        Assert.True(goals.Indicators[1].Target.IsPercent);
        Assert.Equal(TargetKind.Qualitative, goals.Indicators[4].Target.Kind);
        Assert.Equal("该指标主要考察业务工作支出安排到位情况", goals.Indicators[1].Description);
        Assert.Equal(["定量", "定量", "定量", "定量", "定性"], goals.Indicators.Select(i => Assert.Single(i.Extras, e => e.Label == "指标值类型").Text));
        Assert.All(goals.Indicators, i => Assert.Equal("未达指标值酌情扣分", Assert.Single(i.Standards).Text));
    }

    [Fact]
    public void Fuliang_SignValueAndUnitColumns_AreOneValue_AndTheTableIsTheDepartments()
    {
        var result = Read("jiangxi-fuliang-linyeju.xlsx");
        var d = result.Document;
        var goals = d.DepartmentGoals;

        // Before: "*部门职能职责概述" and "*年度绩效总目标" were no department labels; the table was read as a project
        // without a name (an error) and its 年度绩效总目标 as the project's goal.
        Assert.Empty(result.Errors);
        Assert.Empty(d.Projects);
        Assert.Equal("浮梁县林业局", d.DepartmentName);
        Assert.Equal("保证林业局职能实现,保障人员经费。", goals.Duties);
        Assert.Equal("保证林业局职能实现,保障人员经费。", goals.OverallGoal);
        Assert.Equal(13, goals.Indicators.Count);
        // 计算符号 | 目标值 | 度量单位 in three columns are one value as the value grammar reads it.
        Assert.Equal(["=116人", "=81人", "=13人", "=6万立方米", "=320万亩", "=4900公顷", "=0.5万亩", "=1单", "=30篇", "=50篇", "=1年", "=4个", "≥95%"],
            goals.Indicators.Select(i => i.Target.Text));
        Assert.Equal((Comparator.GreaterOrEqual, 95m), (goals.Indicators[^1].Target.Comparator, goals.Indicators[^1].Target.Number!.Value));
        Assert.True(goals.Indicators[^1].Target.IsPercent);
        Assert.Equal((0.5m, "万亩"), (goals.Indicators[6].Target.Number!.Value, goals.Indicators[6].Target.Unit));
        Assert.Equal(("产出指标", "质量指标", "工资发放准确性(%)"), (goals.Indicators[^1].Level1, goals.Indicators[^1].Level2, goals.Indicators[^1].Name));
        Assert.All(goals.Indicators, i => Assert.Contains(new LabeledText("指标值说明", "该指标值数据合理"), i.Extras));
        // The table prints no year: asked for, not guessed.
        Assert.Equal(0, d.FiscalYear);
    }

    [Theory]
    [InlineData("hubei-guangshui-2021-zhengfuban.docx")]
    [InlineData("hubei-guangshui-2021-zhengfuban.xlsx")]
    [InlineData("source/hubei-guangshui-2021-zhengfuban.html")]
    public void Guangshui_ReadsTheFundsAsPrinted_AndSaysWhatDoesNotAddUp(string file)
    {
        var result = Read(file);
        var d = result.Document;
        var goals = d.DepartmentGoals;

        Assert.Empty(result.Errors);
        Assert.Empty(d.Projects);
        Assert.Equal("广水市人民政府办公室", d.DepartmentName);
        // 填报日期 is not the fiscal year: the table prints none.
        Assert.Equal(0, d.FiscalYear);
        Assert.StartsWith("(一)负责全市人民防空工作。", goals.Duties, StringComparison.Ordinal);
        Assert.EndsWith("负责市政府重大活动的组织", goals.Duties, StringComparison.Ordinal);
        Assert.Equal(
            [
                ("收入构成", "财政拨款", (decimal?)968.1918m, ""),
                ("收入构成", "其他资金", null, ""),
                ("收入构成", "合计", 968.1918m, "100%"),
                // Printed without its decimal point (724.2318 + 243.96 = 968.1918): read as printed, and warned.
                ("支出构成", "基本支出", 7242318m, "74.8%"),
                ("支出构成", "项目支出", 243.96m, "25.2%"),
                ("支出构成", "合计", 968.1918m, "100%"),
            ],
            goals.Funds.Select(f => (f.Group, f.Label, f.Amount?.WanYuan, f.Share)));
        Assert.Contains(result.Problems, p => p.Message.Contains("“支出构成”中基本支出、项目支出之和 7242561.96 万元与合计 968.1918 万元不符", StringComparison.Ordinal));
        Assert.DoesNotContain(result.Problems, p => p.Message.Contains("“收入构成”", StringComparison.Ordinal));
        // The stored copy ends in 部门职能概述: no overall goal, no indicators, both said.
        Assert.Equal(string.Empty, goals.OverallGoal);
        Assert.Empty(goals.Indicators);
        Assert.Contains(result.Problems, p => p.Message.Contains("没有找到“年度总体目标”", StringComparison.Ordinal));
        Assert.Contains(result.Problems, p => p.Message.Contains("没有找到绩效指标", StringComparison.Ordinal));

        // No projects: the year and region messages do not point at project codes the file cannot have.
        Assert.Contains(result.Problems, p => p.Message.StartsWith("无法确定年度：文件没有标题行，表中也没有写明年度。", StringComparison.Ordinal));
        Assert.Contains(result.Problems, p => p.Message.StartsWith("无法确定财政区划：文件中没有项目编码可供推断。", StringComparison.Ordinal));
        Assert.DoesNotContain(result.Problems, p => p.Message.Contains("21 位编码规则", StringComparison.Ordinal));
    }

    /// <summary>The national form's layout (财预〔2015〕88号 部门整体支出绩效目标申报表): 年度主要任务 with the budget split
    /// into 总额 / 财政拨款 / 其他资金 under one heading, a 金额合计 row, 年度总体目标, 年度绩效指标. The values are made up
    /// for the layout, not a published table.</summary>
    [Fact]
    public void NationalFormLayout_ReadsTasksWithTheirSplitBudgets_AndTheTotalRow()
    {
        const string html = """
            <html><body>
            <p>部门整体支出绩效目标申报表</p><p>（2024年度）</p>
            <table border="1">
            <tr><td>部门（单位）名称</td><td colspan="5">某某县农业农村局</td></tr>
            <tr><td rowspan="5">年度主要任务</td><td rowspan="2">任务名称</td><td rowspan="2">主要内容</td><td colspan="3">预算金额（万元）</td></tr>
            <tr><td>总额</td><td>财政拨款</td><td>其他资金</td></tr>
            <tr><td>高标准农田建设</td><td>新建高标准农田1.2万亩</td><td>1,200.50</td><td>1000</td><td>200.5</td></tr>
            <tr><td>动物防疫</td><td>重大动物疫病强制免疫</td><td>35.000001</td><td>35.000001</td><td></td></tr>
            <tr><td>金额合计</td><td></td><td>1235.500001</td><td>1035.000001</td><td>200.5</td></tr>
            <tr><td>年度总体目标</td><td colspan="5">完成高标准农田建设任务，重大动物疫病不发生区域性流行。</td></tr>
            <tr><td rowspan="4">年度绩效指标</td><td>一级指标</td><td>二级指标</td><td colspan="2">三级指标</td><td>指标值</td></tr>
            <tr><td rowspan="2">产出指标</td><td>数量指标</td><td colspan="2">新建高标准农田面积</td><td>≥1.2万亩</td></tr>
            <tr><td>质量指标</td><td colspan="2">免疫密度</td><td>≥90%</td></tr>
            <tr><td>满意度指标</td><td>服务对象满意度指标</td><td colspan="2">农户满意度</td><td>≥85%</td></tr>
            </table></body></html>
            """;
        var result = DocumentFiles.Read(System.Text.Encoding.UTF8.GetBytes(html), ".html", new ReadOptions { FileName = "national.html" });
        var goals = result.Document.DepartmentGoals;

        Assert.Empty(result.Errors);
        Assert.Empty(result.Document.Projects);
        Assert.Equal("某某县农业农村局", result.Document.DepartmentName);
        Assert.Equal(2024, result.Document.FiscalYear);
        Assert.Equal(
            [
                ("高标准农田建设", "新建高标准农田1.2万亩", (decimal?)1200.5m, (decimal?)1000m, (decimal?)200.5m),
                ("动物防疫", "重大动物疫病强制免疫", 35.000001m, 35.000001m, null),
            ],
            goals.Tasks.Select(t => (t.Name, t.Content, t.Budget?.WanYuan, t.FiscalFunds?.WanYuan, t.OtherFunds?.WanYuan)));
        Assert.Equal(
            [("金额合计", (decimal?)1235.500001m), ("财政拨款", 1035.000001m), ("其他资金", 200.5m)],
            goals.Funds.Select(f => (f.Label, f.Amount?.WanYuan)));
        Assert.Equal("完成高标准农田建设任务，重大动物疫病不发生区域性流行。", goals.OverallGoal);
        Assert.Equal(["≥1.2万亩", "≥90%", "≥85%"], goals.Indicators.Select(i => i.Target.Text));
        Assert.Equal([Comparator.GreaterOrEqual, Comparator.GreaterOrEqual, Comparator.GreaterOrEqual], goals.Indicators.Select(i => i.Target.Comparator));
        Assert.Equal("满意度指标", goals.Indicators[2].Level1);
        Assert.DoesNotContain(result.Problems, p => p.Message.Contains("万元不符", StringComparison.Ordinal));
    }

    [Fact]
    public void NationalFormLayout_TaskBudgetsNotAddingUp_AreWarned()
    {
        const string html = """
            <html><body><table border="1">
            <tr><td colspan="4">部门整体支出绩效目标表</td></tr>
            <tr><td>部门名称</td><td colspan="3">某某局</td></tr>
            <tr><td rowspan="4">年度主要任务</td><td>任务名称</td><td>主要内容</td><td>预算金额（万元）</td></tr>
            <tr><td>甲</td><td>甲任务</td><td>10</td></tr>
            <tr><td>乙</td><td>乙任务</td><td>5.5</td></tr>
            <tr><td>金额合计</td><td></td><td>16</td></tr>
            <tr><td>年度总体目标</td><td colspan="3">完成甲乙两项任务。</td></tr>
            </table></body></html>
            """;
        var result = DocumentFiles.Read(System.Text.Encoding.UTF8.GetBytes(html), ".html", new ReadOptions { FileName = "sum.html" });
        var goals = result.Document.DepartmentGoals;

        Assert.Equal([("甲", (decimal?)10m), ("乙", 5.5m)], goals.Tasks.Select(t => (t.Name, t.Budget?.WanYuan)));
        Assert.Equal([("金额合计", (decimal?)16m)], goals.Funds.Select(f => (f.Label, f.Amount?.WanYuan)));
        Assert.Contains(result.Problems, p => p.Message.Contains("年度主要任务的预算金额之和 15.5 万元与金额合计 16 万元不符", StringComparison.Ordinal));
    }

    [Fact]
    public void PublishedText_PartOne_StillReadsAsText_WithoutATable()
    {
        var goals = PublishedTextReader.Read(TestFiles.DepartmentTextBytes, ReadOptions.Default).Document.DepartmentGoals;

        Assert.NotEmpty(goals.OverallGoal);
        Assert.NotEmpty(goals.SubGoals);
        Assert.False(goals.HasTable);
    }

    internal static ReadResult Read(string file) =>
        DocumentFiles.Read(TestFiles.Fixture(Path.Combine("corpus", "department", file)));
}
