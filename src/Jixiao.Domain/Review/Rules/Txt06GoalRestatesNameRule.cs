using Jixiao.Domain.Sources;

namespace Jixiao.Domain.Review.Rules;

/// <summary>TXT-06 (Jixiao): a 绩效目标 that only restates the project name ("1.安保经费" in 安保经费) — no goal at all.</summary>
public sealed class Txt06GoalRestatesNameRule : ProjectRule
{
    public override string Id => "TXT-06";

    public override string Title => "绩效目标只重复项目名称";

    public override ReviewDimension Dimension => ReviewDimension.Relevance;

    public override Severity DefaultSeverity => Severity.Warning;

    public override string Source => PolicySources.GoalManagement.Cite("完整性（绩效目标应说明预期产出和效果）");

    public override void Check(ProjectContext project, FindingSink findings)
    {
        var goals = project.Project.Goals;
        for (var i = 0; i < goals.Count; i++)
        {
            var goal = goals[i];
            if (goal.Text.Trim().Length > 0 && GoalText.RestatesName(project.GoalCores[i], project))
            {
                findings.Goal(project, goal,
                    $"{project.Label}绩效目标第{goal.Number}条“{goal.Text}”只是重复项目名称“{project.Project.ProjectName}”，没有说明要实现什么。",
                    "写明用这笔钱在本年度要完成的产出和达到的效果，尽量量化，例如“保障纪委全会1次，参会人员≥150人，会议费不超过2万元”。");
            }
        }
    }
}
