using Jixiao.Domain.Sources;

namespace Jixiao.Domain.Review.Rules;

/// <summary>TAX-06: a 满意度指标 row that measures no satisfaction (投诉率), or a satisfaction measure outside 满意度指标.</summary>
public sealed class Tax06SatisfactionPlacementRule : IndicatorRule
{
    public override string Id => "TAX-06";

    public override string Title => "满意度指标归类不当";

    public override ReviewDimension Dimension => ReviewDimension.Relevance;

    public override Severity DefaultSeverity => Severity.Warning;

    public override string Source => PolicySources.GoalManagement.Cite("指标体系（服务对象满意度指标的归类）");

    protected override void CheckRow(ProjectContext project, RowContext row, FindingSink findings)
    {
        var mentionsSatisfaction = row.NameKey.Contains("满意", StringComparison.Ordinal);
        if (row.Level1 == "满意度指标" && !mentionsSatisfaction && row.NameKey.Length > 0)
        {
            findings.Row(project, row, ReviewFields.Name,
                $"{project.Label}{row.Label}放在满意度指标下，但名称没有说明是谁的满意度。",
                "写明服务对象和满意度，例如“举报人满意度”；投诉率等指标应放到效益或质量指标下。");
        }
        else if (row.Level1 is not null && row.Level1 != "满意度指标" && mentionsSatisfaction)
        {
            findings.Row(project, row, ReviewFields.Level1,
                $"{project.Label}{row.Label}衡量满意度，却放在“{row.Level1}”下。",
                "移到“满意度指标 / 服务对象满意度指标”下。");
        }
    }
}
