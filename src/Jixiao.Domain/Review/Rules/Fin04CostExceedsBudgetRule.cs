using Jixiao.Domain.Goals;

namespace Jixiao.Domain.Review.Rules;

/// <summary>FIN-04: a cost target in money that allows more than the project's budget (项目总成本 ≤ 120万元 on a
/// 90万元 budget).</summary>
public sealed class Fin04CostExceedsBudgetRule : IndicatorRule
{
    public override string Id => "FIN-04";

    public override string Title => "成本指标超过预算数";

    public override ReviewDimension Dimension => ReviewDimension.Appropriateness;

    public override Severity DefaultSeverity => Severity.Warning;

    public override string Source => "池州示例“项目总成本≤90万元”对应预算90万元（S9 [V]）";

    protected override void CheckRow(ProjectContext project, RowContext row, FindingSink findings)
    {
        var t = row.Target;
        if (!row.IsCost || !t.IsQuantitative || t.Comparator.IsHigherBetter()
            || !project.Profile.Words.MoneyUnits.TryGetValue(row.Unit, out var factor)
            || project.Project.Budget.Fen <= 0 || ReviewText.ContainsAny(row.NameKey, ["人均", "单位", "每"]))
        {
            return;
        }

        var wanYuan = t.Number!.Value * factor;
        if (wanYuan > project.Project.Budget.WanYuan)
        {
            findings.Row(project, row, ReviewFields.Target,
                $"{project.Label}{row.Label}的成本指标“{t.Text}”（{RateNames.Number(wanYuan)} 万元）超过了项目预算数 {project.Project.Budget} 万元。",
                $"成本上限不应超过预算数，例如“≤{project.Project.Budget}万元”；预算外另有资金来源的，在绩效指标描述中说明。");
        }
    }
}
