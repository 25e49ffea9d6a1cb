using Jixiao.Domain.Sources;

namespace Jixiao.Domain.Review.Rules;

/// <summary>FIN-03: every table keeps the form's default plan 25/50/75/100 — spending was not actually planned.</summary>
public sealed class Fin03DefaultPlanEverywhereRule : DocumentRule
{
    public override string Id => "FIN-03";

    public override string Title => "全部项目沿用默认支出计划";

    public override ReviewDimension Dimension => ReviewDimension.Feasibility;

    public override Severity DefaultSeverity => Severity.Info;

    public override string Source => PolicySources.GoalManagement.Cite("可行性（资金支出计划应按项目实际进度编制）");

    public override void Check(DocumentContext document, FindingSink findings)
    {
        var defaults = document.Profile.Words.DefaultSpendingPlans;
        var count = document.Projects.Count(p => defaults.Any(d => IsPlan(p.Project.SpendingPlan, d)));
        var thresholds = document.Profile.Thresholds;
        if (count >= thresholds.CrossTableMinProjects && (double)count / document.Projects.Count >= thresholds.DefaultPlanShare)
        {
            var plan = document.Projects.Select(p => p.Project.SpendingPlan).First(p => defaults.Any(d => IsPlan(p, d)));
            findings.Document(ReviewFields.SpendingPlan,
                $"{count}/{document.Projects.Count} 张表的资金支出计划都是默认的 {string.Join("/", plan.Checkpoints.Select(c => RateNames.Number(c.CumulativePercent) + "%"))}，没有按项目实际支出节奏编制。",
                "按各项目的采购、合同付款、活动时间安排支出进度，例如一次性会议在会议所在月份集中支出。");
        }
    }

    private static bool IsPlan(Goals.SpendingPlan plan, decimal[] percents)
    {
        if (plan.Checkpoints.Count != percents.Length)
        {
            return false;
        }

        for (var i = 0; i < percents.Length; i++)
        {
            if (plan.Checkpoints[i].CumulativePercent != percents[i])
            {
                return false;
            }
        }

        return true;
    }
}
