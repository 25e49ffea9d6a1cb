using Jixiao.Domain.Review;
using Jixiao.Domain.Sources;

namespace Jixiao.Domain.Monitoring.Rules;

/// <summary>MON-06: the report covers the region's checkpoint period (河北 1–6月, 中央 1–7月).</summary>
public sealed class Mon06CheckpointMonthRule : MonitoringRule
{
    public override string Id => "MON-06";

    public override string Title => "监控时点不符";

    public override Severity Severity => Severity.Info;

    public override string Source => PolicySources.Monitoring.Cite("（监控时点由各地财政部门规定）");

    public override IEnumerable<Finding> Check(MonitoringAssessment assessment)
    {
        var a = assessment;
        if (a.Report.Month != a.Profile.CheckpointMonth)
        {
            yield return Make(a, $"本表为 1–{a.Report.Month}月数据，而“{a.Profile.Name}”规定的集中监控期为 1–{a.Profile.CheckpointMonth}月。", "如为日常监控可忽略；报送集中监控时请使用规定月份的数据。", field: "监控期间");
        }
    }
}
