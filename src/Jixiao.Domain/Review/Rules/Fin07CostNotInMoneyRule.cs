using Jixiao.Domain.Sources;

namespace Jixiao.Domain.Review.Rules;

/// <summary>FIN-07 (Jixiao): a money cost row (成本指标 of profile A, 经济成本指标 of profile B) not expressed as money
/// ("项目成本 100%"): a percentage of nothing cannot control cost. Amounts (万元), unit costs (元/亩, 元/人·年) and rates
/// such as 成本节约率 are accepted. 社会成本 and 生态环境成本 rows measure effects that are not money (days of road
/// closure, 亩 of land taken) and are left alone.</summary>
public sealed class Fin07CostNotInMoneyRule : IndicatorRule
{
    public override string Id => "FIN-07";

    public override string Title => "成本指标未以金额表示";

    public override ReviewDimension Dimension => ReviewDimension.Appropriateness;

    public override Severity DefaultSeverity => Severity.Warning;

    public override string Source => PolicySources.ProjectEvaluation.Cite("项目支出绩效自评表（成本指标以金额计）") + "；" + PolicySources.IndicatorGuide.Cite("（经济成本指标）");

    protected override void CheckRow(ProjectContext project, RowContext row, FindingSink findings)
    {
        var t = row.Target;
        if (!row.IsMoneyCost || t.Kind is not (Goals.TargetKind.Quantitative or Goals.TargetKind.Qualitative)
            || ReviewText.ContainsAny(row.TargetKey, project.Profile.Words.NotApplicable))
        {
            return;
        }

        var unit = t.UnitInfo;
        // "100万" in a cost row is 100 万元 as clerks write it.
        var money = t.IsQuantitative && (unit.IsMoney || unit.FenPerUnit is not null || project.Profile.Words.MoneyUnits.ContainsKey(row.Unit)
            || (unit.Dimension == Values.UnitDimension.Count && unit.Scale > 1 && unit.Canonical.Length == 1));
        var rate = row.IsPercent && (row.NameKey.Contains('率', StringComparison.Ordinal) || row.NameKey.Contains('比', StringComparison.Ordinal));
        // A department's table without a 金额合计 has no 预算数 to cite: the example then names the cell.
        if (!money && !rate)
        {
            findings.Row(project, row, ReviewFields.Target,
                $"{project.Label}{row.Label}是成本指标，指标值“{t.Text}”没有以金额表示，无法约束成本。",
                $"写成金额上限，例如“≤{(project.Project.Budget.Fen > 0 ? project.Project.Budget.ToString() : "预算数")}万元”，或单位成本（如“人均培训成本≤800元”“补助标准≤1600元/亩”）。");
        }
    }
}
