using Jixiao.Domain.Sources;

namespace Jixiao.Domain.Review.Rules;

/// <summary>STR-06: a table has at least one row under each 一级指标 of its profile (产出/效益/满意度); 满意度 may be
/// waived by the review profile. 成本指标 as 一级 (profile B) is STR-08.</summary>
public sealed class Str06Level1CoverageRule : ProjectRule
{
    public override string Id => "STR-06";

    public override string Title => "一级指标覆盖产出、效益、满意度";

    public override ReviewDimension Dimension => ReviewDimension.Completeness;

    public override Severity DefaultSeverity => Severity.Warning;

    public override string Source => PolicySources.ProjectEvaluation.Cite("项目支出绩效自评表（产出、效益、满意度指标）");

    public override bool JudgesDepartmentTable => true;

    public override void Check(ProjectContext project, FindingSink findings)
    {
        if (project.Rows.Count == 0)
        {
            return;
        }

        foreach (var level1 in project.Document.Taxonomy.Level1)
        {
            if (level1.Name == "成本指标" || (level1.Name == "满意度指标" && project.Profile.Thresholds.WaiveSatisfaction))
            {
                continue;
            }

            if (!project.Rows.Any(r => r.Level1 == level1.Name))
            {
                findings.Project(project, ReviewFields.Level1, $"{project.Label}没有任何“{level1.Name}”。",
                    $"至少设置一项{level1.Name}（{string.Join("、", level1.Level2)}中选择与项目相关的）。");
            }
        }
    }
}
