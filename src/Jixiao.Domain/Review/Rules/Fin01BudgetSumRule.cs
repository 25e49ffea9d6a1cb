using Jixiao.Domain.Sources;

namespace Jixiao.Domain.Review.Rules;

/// <summary>FIN-01: 预算数 = 财政资金 + 其他资金 (within the profile's rounding tolerance).</summary>
public sealed class Fin01BudgetSumRule : ProjectRule
{
    public override string Id => "FIN-01";

    public override string Title => "预算数与资金来源合计不符";

    public override ReviewDimension Dimension => ReviewDimension.Completeness;

    public override Severity DefaultSeverity => Severity.Error;

    public override string Source => PolicySources.GoalManagement.Cite("完整性（预算数 = 财政资金 + 其他资金）");

    public override void Check(ProjectContext project, FindingSink findings)
    {
        var p = project.Project;
        if (p.FiscalFunds is null && p.OtherFunds is null)
        {
            return;
        }

        var sum = (p.FiscalFunds ?? Goals.Money.Zero) + (p.OtherFunds ?? Goals.Money.Zero);
        var difference = Math.Abs((p.Budget - sum).WanYuan);
        if (difference > project.Profile.Thresholds.MoneyToleranceWanYuan)
        {
            findings.Project(project, ReviewFields.Budget,
                $"{project.Label}的预算数 {p.Budget} 万元不等于财政资金 {p.FiscalFunds ?? Goals.Money.Zero} 万元与其他资金 {p.OtherFunds ?? Goals.Money.Zero} 万元之和 {sum} 万元。",
                "核对预算数和资金来源，使“预算数 = 财政资金 + 其他资金”。");
        }
    }
}
