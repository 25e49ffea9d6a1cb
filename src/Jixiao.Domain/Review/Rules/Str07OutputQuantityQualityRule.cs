using Jixiao.Domain.Sources;

namespace Jixiao.Domain.Review.Rules;

/// <summary>STR-07: 产出指标 include at least one 数量指标 and one 质量指标.</summary>
public sealed class Str07OutputQuantityQualityRule : ProjectRule
{
    public override string Id => "STR-07";

    public override string Title => "产出指标含数量和质量指标";

    public override ReviewDimension Dimension => ReviewDimension.Completeness;

    public override Severity DefaultSeverity => Severity.Warning;

    public override string Source => PolicySources.ProjectEvaluation.Cite("产出指标（数量、质量、时效、成本）");

    public override bool JudgesDepartmentTable => true;

    public override void Check(ProjectContext project, FindingSink findings)
    {
        if (!project.Rows.Any(r => r.Level1 == "产出指标"))
        {
            return;
        }

        foreach (var level2 in new[] { "数量指标", "质量指标" })
        {
            if (!project.Rows.Any(r => r.Level2 == level2))
            {
                findings.Project(project, ReviewFields.Level2, $"{project.Label}的产出指标中没有“{level2}”。",
                    level2 == "数量指标" ? "增加一项数量指标，写明要完成的工作量，例如“培训人次≥200人次”。" : "增加一项质量指标，例如“验收合格率≥98%”。");
            }
        }
    }
}
