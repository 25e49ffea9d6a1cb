namespace Jixiao.Domain.Review.Rules;

/// <summary>FIN-07 (Jixiao): a 成本指标 not expressed as money ("项目成本 100%"): a percentage of nothing cannot
/// control cost. Rates such as 成本节约率 are accepted.</summary>
public sealed class Fin07CostNotInMoneyRule : IndicatorRule
{
    public override string Id => "FIN-07";

    public override string Title => "成本指标未以金额表示";

    public override ReviewDimension Dimension => ReviewDimension.Appropriateness;

    public override Severity DefaultSeverity => Severity.Warning;

    public override string Source => "S9 [V]（成本指标以万元计）；S32 [V]";

    protected override void CheckRow(ProjectContext project, RowContext row, FindingSink findings)
    {
        var t = row.Target;
        if (!row.IsCost || t.Kind is Goals.TargetKind.Empty or Goals.TargetKind.Invalid
            || ReviewText.ContainsAny(row.TargetKey, project.Profile.Words.NotApplicable))
        {
            return;
        }

        var money = t.IsQuantitative && project.Profile.Words.MoneyUnits.ContainsKey(row.Unit);
        var rate = row.IsPercent && (row.NameKey.Contains('率', StringComparison.Ordinal) || row.NameKey.Contains('比', StringComparison.Ordinal));
        if (!money && !rate)
        {
            findings.Row(project, row, ReviewFields.Target,
                $"{project.Label}{row.Label}是成本指标，指标值“{t.Text}”没有以金额表示，无法约束成本。",
                $"写成金额上限，例如“≤{project.Project.Budget}万元”，或单位成本（如“人均培训成本≤800元”）。");
        }
    }
}
