using Jixiao.Domain.Goals;
using Jixiao.Domain.Sources;

namespace Jixiao.Domain.Review.Rules;

/// <summary>FIN-04: a cost target in money that allows more than the project's budget (项目总成本 ≤ 120万元 on a
/// 90万元 budget). Amounts are compared in fen, whatever unit (元, 万元, 亿元) the target is written in.</summary>
public sealed class Fin04CostExceedsBudgetRule : IndicatorRule
{
    public override string Id => "FIN-04";

    public override string Title => "成本指标超过预算数";

    public override ReviewDimension Dimension => ReviewDimension.Appropriateness;

    public override Severity DefaultSeverity => Severity.Warning;

    public override string Source => PolicySources.GoalManagement.Cite("适当性（成本不超过预算）");

    protected override void CheckRow(ProjectContext project, RowContext row, FindingSink findings)
    {
        var t = row.Target;
        if (!row.IsMoneyCost || !t.IsQuantitative || t.Comparator.IsHigherBetter() || project.Project.Budget.Fen <= 0
            || ReviewText.ContainsAny(row.NameKey, ["人均", "单位", "每", "单价", "标准"]) || Fen(t, project) is not { } fen)
        {
            return;
        }

        if (fen > project.Project.Budget.Fen)
        {
            var wanYuan = fen / (decimal)Money.FenPerWanYuan;
            findings.Row(project, row, ReviewFields.Target,
                $"{project.Label}{row.Label}的成本指标“{t.Text}”（{RateNames.Number(wanYuan)} 万元）超过了项目预算数 {project.Project.Budget} 万元。",
                $"成本上限不应超过预算数，例如“≤{project.Project.Budget}万元”；预算外另有资金来源的，在绩效指标描述中说明。");
        }
    }

    /// <summary>The cost ceiling in fen: the upper bound of a range, else the number; money units from the built-in
    /// dictionary or the profile's moneyUnits (in 万元).</summary>
    private static long? Fen(TargetValue t, ProjectContext project)
    {
        var number = t.Upper ?? t.Number!.Value;
        if (t.UnitInfo.IsMoney && t.UnitInfo.FenPerUnit is { } per)
        {
            return (long)decimal.Round(number * per);
        }

        return project.Profile.Words.MoneyUnits.TryGetValue(t.NormalizedUnit, out var factor)
            ? (long)decimal.Round(number * factor * Money.FenPerWanYuan)
            : null;
    }
}
