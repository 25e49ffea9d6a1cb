using Jixiao.Domain.Goals;
using Jixiao.Domain.Sources;

namespace Jixiao.Domain.Review.Rules;

/// <summary>BAS-03: a target claimed on 历史标准 that is easier than last year's actual value. Needs prior-year actuals
/// (<see cref="ReviewSupplement.PriorYearActuals"/>); silent without them.</summary>
public sealed class Bas03HistoricalBelowPriorRule : IndicatorRule
{
    public override string Id => "BAS-03";

    public override string Title => "历史标准目标低于上年实际";

    public override ReviewDimension Dimension => ReviewDimension.Appropriateness;

    public override Severity DefaultSeverity => Severity.Info;

    public override string Source => PolicySources.ProjectEvaluation.Cite("历史标准（指标值不应低于上年实际完成值）");

    protected override void CheckRow(ProjectContext project, RowContext row, FindingSink findings)
    {
        var t = row.Target;
        if (!t.IsQuantitative || !row.Basis.IsHistorical || project.Document.PriorYearActualOf(project, row) is not { } prior)
        {
            return;
        }

        var easier = t.Comparator.IsLowerBetter() ? t.Number > prior : t.Number < prior;
        if (easier)
        {
            findings.Row(project, row, ReviewFields.Target,
                $"{project.Label}{row.Label}以历史标准为依据，但指标值“{t.Text}”比上年实际完成值 {RateNames.Number(prior)}{t.Unit} 还{(t.Comparator.IsLowerBetter() ? "宽松" : "低")}。",
                $"按上年实际水平设定，至少“{(t.Comparator.IsLowerBetter() ? "≤" : "≥")}{RateNames.Number(prior)}{t.Unit}”，或说明降低目标的原因。");
        }
    }
}
