using System.Text;
using Jixiao.Documents.Monitoring;
using Jixiao.Domain.Goals;
using Jixiao.Domain.Monitoring;

namespace Jixiao.Documents.Tests.Evaluation;

/// <summary>A 1–7月 监控表 in the columns of the central form (执行数 / 执行率 / 全年预计执行数 over the money; 1-7月执行情况,
/// 全年预计完成情况, 偏差原因分析 split into 偏差原因类别 | 原因说明, 完善措施 and 完成目标可能性 over the rows), filled in
/// as units fill it: the answers read, the reasons checked against the lights.</summary>
public class MonitoringReaderTests
{
    private const string Form = """
        <p>项目支出绩效目标执行监控表</p>
        <p>（2021年度）</p>
        <table border="1">
        <tr><td colspan="2">项目名称</td><td colspan="9">城乡居民医保信息系统运维</td></tr>
        <tr><td colspan="2">主管部门及代码</td><td colspan="4">[101]示例市医疗保障局</td><td colspan="2">实施单位</td><td colspan="3">示例市医疗保障信息中心</td></tr>
        <tr><td colspan="2" rowspan="4">项目资金（万元）</td><td colspan="2"></td><td>年初预算数</td><td>1-7月执行数</td><td>1-7月执行率</td><td colspan="2">全年预计执行数</td><td colspan="2">偏差原因</td></tr>
        <tr><td colspan="2">年度资金总额</td><td>120</td><td>42</td><td>35%</td><td colspan="2">118</td><td colspan="2"></td></tr>
        <tr><td colspan="2">其中：财政拨款</td><td>120</td><td>42</td><td>—</td><td colspan="2">118</td><td colspan="2">—</td></tr>
        <tr><td colspan="2">其他资金</td><td>/</td><td>/</td><td>—</td><td colspan="2">/</td><td colspan="2">—</td></tr>
        <tr><td rowspan="2">年度总体目标</td><td colspan="5">年初设定目标</td><td colspan="5">1-7月执行情况</td></tr>
        <tr><td colspan="5">保障医保信息系统全年稳定运行</td><td colspan="5">系统运行正常，运维合同已签订</td></tr>
        <tr><td rowspan="2">一级指标</td><td rowspan="2">二级指标</td><td rowspan="2">三级指标</td><td rowspan="2">年度指标值</td><td rowspan="2">1-7月执行情况</td><td rowspan="2">全年预计完成情况</td><td colspan="2">偏差原因分析</td><td rowspan="2">完善措施</td><td rowspan="2" colspan="2">完成目标可能性</td></tr>
        <tr><td>偏差原因类别</td><td>原因说明</td></tr>
        <tr><td rowspan="3">产出指标</td><td>数量指标</td><td>运维服务器数量</td><td>≥40台</td><td>40台</td><td>40台</td><td></td><td></td><td></td><td colspan="2">确定能</td></tr>
        <tr><td>质量指标</td><td>系统可用率</td><td>≥99%</td><td>99.5%</td><td>99.5%</td><td></td><td></td><td></td><td colspan="2">确定能</td></tr>
        <tr><td>时效指标</td><td>故障响应时间</td><td>≤2小时</td><td>1.5小时</td><td>1.5小时</td><td></td><td></td><td></td><td colspan="2">有可能</td></tr>
        <tr><td>效益指标</td><td>社会效益指标</td><td>参保人线上办理率</td><td>≥80%</td><td>45%</td><td>70%</td><td>经费保障</td><td></td><td>加快合同付款</td><td colspan="2">完全不可能</td></tr>
        <tr><td>满意度指标</td><td>服务对象满意度指标</td><td>参保人满意度</td><td>≥90%</td><td>—</td><td>90%</td><td></td><td></td><td></td><td colspan="2">确定能</td></tr>
        </table>
        """;

    [Fact]
    public void CentralForm_JanuaryToJuly_AnswersReasonsAndMeasuresRead_EmptyReasonBesideAYellowLight()
    {
        var read = MonitoringReader.Read(Encoding.UTF8.GetBytes($"<html><body>{Form}</body></html>"), "1-7月监控表.html");
        Assert.False(read.HasErrors, string.Join("\n", read.Problems));
        var form = Assert.Single(read.Value!.Forms);
        var r = form.Report;

        // 1-7月执行数 gives the period; 全年预计执行数 118; the goal's progress under “1-7月执行情况”.
        Assert.Equal((2021, 7), (r.FiscalYear, r.Month));
        Assert.Equal((Money.FromWanYuan(120), Money.FromWanYuan(42), Money.FromWanYuan(118)), (r.InitialBudget, r.Spent, r.ExpectedAnnualSpending));
        Assert.Equal("系统运行正常，运维合同已签订", r.GoalProgress);

        // The second header row (偏差原因类别 | 原因说明) is a header, not an indicator.
        Assert.Equal(["运维服务器数量", "系统可用率", "故障响应时间", "参保人线上办理率", "参保人满意度"], r.Indicators.Select(i => i.Name));
        Assert.Equal(["确定能", "确定能", "有可能", "完全不可能", "确定能"], r.Indicators.Select(i => i.Possibility));
        var late = r.Indicators[3];
        Assert.Equal(("45%", "70%", "经费保障", "", "加快合同付款"), (late.Actual, late.ExpectedAnnual, late.DeviationCategory, late.DeviationReason, late.Measures));
        Assert.Equal(string.Empty, r.Indicators[4].Actual); // “—”

        // 42 ÷ 120 = 35.00%; r = 35.00 ÷ (7/12) × 100 = 60.00 → yellow, and the money's 偏差原因 is empty: MON-09.
        // 线上办理率 45 of ≥80% → 56.25 → red, with its measure on the row: no MON-08. 有可能 without a reason: MON-04.
        var monitored = MonitoredProject.Assess(r, MonitoringProfile.Hebei);
        Assert.Equal(Light.Yellow, monitored.Assessment.BudgetLight);
        Assert.Equal(Light.Red, monitored.Assessment.Indicators[3].Light);
        Assert.Contains(monitored.Findings, f => f.RuleId == "MON-09");
        Assert.DoesNotContain(monitored.Findings, f => f.RuleId == "MON-08");
        Assert.Contains(monitored.Findings, f => f.RuleId == "MON-04" && f.IndicatorRow == 3);
        Assert.Contains(monitored.Findings, f => f.RuleId == "MON-04" && f.IndicatorRow == 4 && f.Message.EndsWith("但未填写偏差原因分析。", StringComparison.Ordinal));
    }
}
