using Jixiao.Domain.Review;
using Jixiao.Domain.Sources;

namespace Jixiao.Domain.Monitoring.Rules;

/// <summary>MON-05: a 偏差原因 category must be one of the profile's (经费保障 / 制度保障 / 人员保障 / 硬件条件保障 / 其他).</summary>
public sealed class Mon05DeviationCategoryRule : MonitoringRule
{
    public override string Id => "MON-05";

    public override string Title => "偏差原因类别不规范";

    public override Severity Severity => Severity.Error;

    public override string Source => PolicySources.Monitoring.Cite("项目支出绩效目标执行监控表（偏差原因：经费、制度、人员、硬件条件保障）");

    public override IEnumerable<Finding> Check(MonitoringAssessment assessment)
    {
        var a = assessment;
        foreach (var row in a.Indicators)
        {
            var category = row.Indicator.DeviationCategory.Trim();
            if (category.Length > 0 && !a.Profile.IsDeviationCategory(category))
            {
                yield return Make(a, $"{RowName(row)}的偏差原因类别“{category}”不在可选范围内。", $"从以下类别中选择：{string.Join("、", a.Profile.DeviationCategories)}；其他原因选“其他”并在分析中写明。", row.Row, "偏差原因类别");
            }
        }
    }
}
