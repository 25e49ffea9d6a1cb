using Jixiao.Domain.Sources;

namespace Jixiao.Domain.Review.Rules;

/// <summary>STR-08: under profile B (101号) a table has a 成本指标 一级指标 with at least one row.</summary>
public sealed class Str08CostLevel1Rule : ProjectRule
{
    public override string Id => "STR-08";

    public override string Title => "101号体系须设成本指标";

    public override ReviewDimension Dimension => ReviewDimension.Completeness;

    public override Severity DefaultSeverity => Severity.Warning;

    public override string Source => PolicySources.IndicatorGuide.Cite("（成本指标）");

    public override bool JudgesDepartmentTable => true;

    public override void Check(ProjectContext project, FindingSink findings)
    {
        if (project.Rows.Count == 0 || project.Document.Taxonomy.FindLevel1("成本指标") is null)
        {
            return;
        }

        if (!project.Rows.Any(r => r.Level1 == "成本指标"))
        {
            findings.Project(project, ReviewFields.Level1, $"{project.Label}按101号指标体系编制，但没有“成本指标”。",
                "增加成本指标（经济成本指标等），以金额表示，例如“项目总成本≤48万元”。");
        }
    }
}
