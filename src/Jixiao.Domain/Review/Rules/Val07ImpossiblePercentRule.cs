using Jixiao.Domain.Goals;
using Jixiao.Domain.Sources;

namespace Jixiao.Domain.Review.Rules;

/// <summary>VAL-07: a rate bounded by 100% with a target above 100% (or "&gt;100%"): it can never be met or judged.</summary>
public sealed class Val07ImpossiblePercentRule : IndicatorRule
{
    public override string Id => "VAL-07";

    public override string Title => "比率指标值超过100%";

    public override ReviewDimension Dimension => ReviewDimension.Feasibility;

    public override Severity DefaultSeverity => Severity.Error;

    public override string Source => PolicySources.GoalManagement.Cite("可行性（指标值应切实可行，比率不超过100%）");

    protected override void CheckRow(ProjectContext project, RowContext row, FindingSink findings)
    {
        var t = row.Target;
        if (!row.IsPercent || !RateNames.IsBounded(row))
        {
            return;
        }

        if (t.Number > 100 || t.Upper > 100 || (t.Number == 100 && t.Comparator == Comparator.Greater))
        {
            findings.Row(project, row, ReviewFields.Target,
                $"{project.Label}{row.Label}是上限为100%的比率，指标值“{t.Text}”不可能实现。",
                "改为100%以内的值，例如“≥95%”；若要衡量增长，改用“较上年增长率”等指标。");
        }
    }
}
