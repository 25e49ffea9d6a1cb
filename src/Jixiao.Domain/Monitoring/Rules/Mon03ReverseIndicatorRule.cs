using Jixiao.Domain.Review;
using Jixiao.Domain.Sources;

namespace Jixiao.Domain.Monitoring.Rules;

/// <summary>MON-03: a 反向 (≤, &lt;) indicator already beyond its limit.</summary>
public sealed class Mon03ReverseIndicatorRule : MonitoringRule
{
    public override string Id => "MON-03";

    public override string Title => "反向指标超出限值";

    public override Severity Severity => Severity.Warning;

    public override string Source => PolicySources.Monitoring.Cite("绩效运行监控（反向指标预警）");

    public override IEnumerable<Finding> Check(MonitoringAssessment assessment)
    {
        var a = assessment;
        foreach (var row in a.Indicators.Where(i => i.Kind == "反向" && i.Light == Light.Red))
        {
            yield return Make(a, $"{RowName(row)}亮红灯：{row.Explanation}。", "已超出年度上限，说明原因并采取控制措施。", row.Row, "1–N月完成值");
        }
    }
}
