using Jixiao.Domain.Sources;

namespace Jixiao.Domain.Review.Rules;

/// <summary>FIN-02: 资金支出计划 percentages lie in [0, 100], never decrease and reach 100 at the last checkpoint.</summary>
public sealed class Fin02SpendingPlanRule : ProjectRule
{
    public override string Id => "FIN-02";

    public override string Title => "资金支出计划不合逻辑";

    public override ReviewDimension Dimension => ReviewDimension.Feasibility;

    public override Severity DefaultSeverity => Severity.Error;

    public override string Source => PolicySources.GoalManagement.Cite("可行性（资金支出计划应合理）");

    public override void Check(ProjectContext project, FindingSink findings)
    {
        var plan = project.Project.SpendingPlan;
        if (plan.IsEmpty)
        {
            findings.Project(project, ReviewFields.SpendingPlan, $"{project.Label}没有填写资金支出计划。",
                "按3月底、6月底、10月底、12月底填写累计支出比例，12月底应为100%。", Severity.Warning);
            return;
        }

        var previous = 0m;
        foreach (var c in plan.Checkpoints)
        {
            var pct = RateNames.Number(c.CumulativePercent);
            if (c.CumulativePercent is < 0 or > 100)
            {
                findings.Project(project, ReviewFields.SpendingPlan, $"{project.Label}资金支出计划{c.Month}月底为 {pct}%，超出 0–100% 的范围。", "累计支出比例应在 0% 到 100% 之间。");
            }
            else if (c.CumulativePercent < previous)
            {
                findings.Project(project, ReviewFields.SpendingPlan, $"{project.Label}资金支出计划{c.Month}月底为 {pct}%，低于前一时点的 {RateNames.Number(previous)}%（累计数不能减少）。", "按累计口径填写，后一时点不小于前一时点。");
            }

            previous = c.CumulativePercent;
        }

        var last = plan.Checkpoints[^1];
        if (last.CumulativePercent != 100)
        {
            findings.Project(project, ReviewFields.SpendingPlan, $"{project.Label}资金支出计划最后时点（{last.Month}月底）为 {RateNames.Number(last.CumulativePercent)}%，不是100%。",
                "年底累计支出应为100%；预计结转的，说明原因并按实际安排。");
        }
    }
}
