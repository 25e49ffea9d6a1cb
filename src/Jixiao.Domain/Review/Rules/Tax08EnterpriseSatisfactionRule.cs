using Jixiao.Domain.Sources;

namespace Jixiao.Domain.Review.Rules;

/// <summary>TAX-08 (Jixiao): a satisfaction indicator naming enterprises (企业满意度) on a project that serves no
/// enterprises — the service object is copied from another template.</summary>
public sealed class Tax08EnterpriseSatisfactionRule : IndicatorRule
{
    public override string Id => "TAX-08";

    public override string Title => "满意度对象与项目服务对象不符";

    public override ReviewDimension Dimension => ReviewDimension.Relevance;

    public override Severity DefaultSeverity => Severity.Warning;

    public override string Source => PolicySources.GoalManagement.Cite("相关性（满意度调查对象应是项目服务对象）");

    protected override void CheckRow(ProjectContext project, RowContext row, FindingSink findings)
    {
        if (row.IsSatisfaction && row.Name.EnterpriseWord is { } who && !ReviewText.ContainsAny(project.TextKey, project.Profile.Words.EnterpriseWords))
        {
            findings.Row(project, row, ReviewFields.Name,
                $"{project.Label}{row.Label}调查“{who}”的满意度，但该项目的名称、资金用途和绩效目标都不涉及{who}，服务对象不符。",
                "改为项目真正的服务对象，例如“举报人满意度”“参会人员满意度”“使用科室满意度”，并在绩效指标描述中写明调查方式。");
        }
    }
}
