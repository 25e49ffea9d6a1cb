using Jixiao.Domain.Goals;
using Jixiao.Domain.Sources;

namespace Jixiao.Domain.Review.Rules;

/// <summary>VAL-06: "≥100%" on a share that cannot exceed 100% is in effect "=100%"; the ≥ misleads.</summary>
public sealed class Val06AtLeastHundredPercentRule : IndicatorRule
{
    public override string Id => "VAL-06";

    public override string Title => "比率指标写“≥100%”";

    public override ReviewDimension Dimension => ReviewDimension.Feasibility;

    public override Severity DefaultSeverity => Severity.Info;

    public override string Source => PolicySources.GoalManagement.Cite("可行性（比率指标上限为100%，“≥100%”应写作“=100%”）");

    protected override void CheckRow(ProjectContext project, RowContext row, FindingSink findings)
    {
        var t = row.Target;
        if (row.IsPercent && t.Comparator == Comparator.GreaterOrEqual && t.Number == 100 && !RateNames.IsUnbounded(row))
        {
            findings.Row(project, row, ReviewFields.Target,
                $"{project.Label}{row.Label}的指标值“{t.Text}”：比率不可能超过100%，“≥100%”实际等于“=100%”，而且要求百分之百往往不现实。",
                "确需全部完成的写“=100%”；否则按历史或计划水平设定可实现的下限，例如“≥95%”。");
        }
    }
}
