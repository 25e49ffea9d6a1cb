using Jixiao.Domain.Review;
using Jixiao.Domain.Sources;

namespace Jixiao.Domain.Monitoring.Rules;

/// <summary>MON-08: a red light on the budget or a goal needs a 纠偏 record (adjust the budget or goal, suspend or stop
/// disbursement): the form's 纠偏措施, or for a red indicator the measures on its own row.</summary>
public sealed class Mon08CorrectiveActionRule : MonitoringRule
{
    public override string Id => "MON-08";

    public override string Title => "红灯未记录纠偏措施";

    public override Severity Severity => Severity.Warning;

    public override string Source => PolicySources.Monitoring.Cite("（发现偏差及时采取纠偏措施）");

    public override IEnumerable<Finding> Check(MonitoringAssessment assessment)
    {
        var a = assessment;
        var red = new List<string>();
        if (a.BudgetLight == Light.Red || a.PlanLight == Light.Red)
        {
            red.Add("预算执行");
        }

        // A red indicator whose own row says what will be done (完善措施 / 拟采取的措施) has its 纠偏 record.
        if (a.GoalLight == Light.Red && a.Indicators.Any(i => i.Light == Light.Red && i.Indicator.Measures.Trim().Length == 0))
        {
            red.Add("绩效目标");
        }

        if (red.Count > 0 && a.Report.CorrectiveAction.Trim().Length == 0)
        {
            yield return Make(a, $"{string.Join("和", red)}亮红灯，但未填写纠偏措施。", "填写纠偏措施：调整预算或绩效目标、暂缓或停止拨款，并说明理由。", field: "纠偏措施");
        }
    }
}
