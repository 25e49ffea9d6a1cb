using Jixiao.Domain.Text;
using Jixiao.Domain.Sources;

namespace Jixiao.Domain.Review.Rules;

/// <summary>TXT-09 (Jixiao): a 三级指标 that is only its 二级指标's name ("经济效益指标" under 经济效益指标) — no indicator
/// was chosen.</summary>
public sealed class Txt09NameRepeatsLevel2Rule : IndicatorRule
{
    public override string Id => "TXT-09";

    public override string Title => "三级指标只重复二级指标名称";

    public override ReviewDimension Dimension => ReviewDimension.Relevance;

    public override Severity DefaultSeverity => Severity.Warning;

    public override string Source => PolicySources.GoalManagement.Cite("可行性（三级指标应具体，不只重复二级指标）");

    protected override void CheckRow(ProjectContext project, RowContext row, FindingSink findings)
    {
        if (row.NameKey.Length == 0)
        {
            return;
        }

        var level2 = ChineseText.Key(row.Indicator.Level2);
        if (row.NameKey == level2 || row.NameKey == row.Level2 || row.NameKey + "指标" == row.Level2 || row.NameKey == row.Level1)
        {
            findings.Row(project, row, ReviewFields.Name, $"{project.Label}{row.Label}的三级指标只是重复二级指标名称“{row.Indicator.Level2}”，没有说明衡量什么。",
                "写出具体衡量的内容，例如数量指标写“受理举报件数”；与项目无关的二级指标整行删除。");
        }
    }
}
