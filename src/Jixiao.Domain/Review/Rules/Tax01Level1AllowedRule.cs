using Jixiao.Domain.Sources;

namespace Jixiao.Domain.Review.Rules;

/// <summary>TAX-01: the 一级指标 belongs to the document's taxonomy profile.</summary>
public sealed class Tax01Level1AllowedRule : IndicatorRule
{
    public override string Id => "TAX-01";

    public override string Title => "一级指标属于指标体系";

    public override ReviewDimension Dimension => ReviewDimension.Completeness;

    public override Severity DefaultSeverity => Severity.Error;

    public override string Source => PolicySources.GoalManagement.Cite("指标体系") + "；" + PolicySources.IndicatorGuide.Cite("指标体系");

    protected override void CheckRow(ProjectContext project, RowContext row, FindingSink findings)
    {
        if (row.Level1 is null && row.Indicator.Level1.Trim().Length > 0)
        {
            var taxonomy = project.Document.Taxonomy;
            findings.Row(project, row, ReviewFields.Level1,
                $"{project.Label}{row.Label}的一级指标“{row.Indicator.Level1}”不属于{taxonomy.Name}。",
                $"一级指标只能是：{string.Join("、", taxonomy.Level1.Select(l => l.Name))}。");
        }
    }
}
