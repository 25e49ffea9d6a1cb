using Jixiao.Domain.Review;
using Jixiao.Domain.Sources;

namespace Jixiao.Domain.Monitoring.Rules;

/// <summary>MON-02: a 正向 indicator behind its pro-rata target (red, yellow) or far ahead of it (blue: the target
/// may have been set too low); a row whose progress cannot be judged (no or unreadable 完成值) is flagged too.</summary>
public sealed class Mon02PositiveIndicatorRule : MonitoringRule
{
    public override string Id => "MON-02";

    public override string Title => "正向指标进度偏离";

    public override Severity Severity => Severity.Warning;

    public override string Source => PolicySources.Monitoring.Cite("绩效运行监控（正向指标预警）");

    public override IEnumerable<Finding> Check(MonitoringAssessment assessment)
    {
        var a = assessment;
        foreach (var row in a.Indicators.Where(i => i.Kind == "正向" && i.Light is Light.Red or Light.Yellow or Light.Blue))
        {
            var fix = row.Light == Light.Blue
                ? "完成进度远超时间进度，请核实完成值；如属指标值设定偏低，应按程序调整目标。"
                : "分析进度滞后的原因，在偏差原因分析中说明并提出措施。";
            yield return Make(a, $"{RowName(row)}亮{row.Light.ToChinese()}：{row.Explanation}。", fix, row.Row, "1–N月完成值");
        }

        foreach (var row in a.Indicators.Where(i => i.Problem is not null))
        {
            yield return Make(a, $"{RowName(row)}无法判断进度：{row.Problem}。", "按年度指标值的单位填写 1–N月完成值（定量指标填数字，定性指标填“达成目标/部分达成目标并具有一定效果/未达成目标且效果较差”）。", row.Row, "1–N月完成值");
        }
    }
}
