using Jixiao.Domain.Sources;

namespace Jixiao.Domain.Review.Rules;

/// <summary>FIN-06: a large project (≥ the profile's budget threshold) with too few quantitative indicators — the goal
/// does not match the money (适当性).</summary>
public sealed class Fin06AmbitionMatchesMoneyRule : ProjectRule
{
    public override string Id => "FIN-06";

    public override string Title => "大额项目的量化指标过少";

    public override ReviewDimension Dimension => ReviewDimension.Appropriateness;

    public override Severity DefaultSeverity => Severity.Warning;

    public override string Source => PolicySources.GoalManagement.Cite("适当性（绩效目标与预算规模相匹配）");

    public override void Check(ProjectContext project, FindingSink findings)
    {
        var thresholds = project.Profile.Thresholds;
        var p = project.Project;
        if (p.Budget.WanYuan < thresholds.LargeBudgetWanYuan || project.Rows.Count == 0)
        {
            return;
        }

        var quantitative = project.Rows.Count(r => r.Target.IsQuantitative);
        if (quantitative < thresholds.MinQuantitativeForLargeBudget)
        {
            findings.Project(project, ReviewFields.Indicators,
                $"{project.Label}预算 {p.Budget} 万元，却只有 {quantitative} 个量化指标，绩效目标与资金规模不匹配。",
                $"至少设置 {thresholds.MinQuantitativeForLargeBudget} 个量化指标，覆盖主要产出的数量、质量、成本和效益。");
        }
    }
}
