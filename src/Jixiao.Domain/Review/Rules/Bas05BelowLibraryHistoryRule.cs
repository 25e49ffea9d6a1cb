using Jixiao.Domain.Goals;
using Jixiao.Domain.Sources;

namespace Jixiao.Domain.Review.Rules;

/// <summary>
/// BAS-05: a percent target far less ambitious than the region's approved tables of earlier years set for the same
/// indicator in the same unit (the library's history): for ≥/=, below Q1 − max(1.5·IQR, 5 points); for ≤, above
/// Q3 + max(1.5·IQR, 5 points). Only percentages are compared: counts and money scale with the project, so a small
/// target there says nothing about ambition. Needs the library (<see cref="ReviewSupplement.Library"/>).
/// </summary>
public sealed class Bas05BelowLibraryHistoryRule : IndicatorRule
{
    public override string Id => "BAS-05";

    public override string Title => "指标值明显低于本地区以往水平";

    public override ReviewDimension Dimension => ReviewDimension.Appropriateness;

    public override Severity DefaultSeverity => Severity.Warning;

    public override string Source => PolicySources.GoalManagement.Cite("适当性（指标值与以往同类项目的水平相匹配）");

    protected override void CheckRow(ProjectContext project, RowContext row, FindingSink findings)
    {
        var t = row.Target;
        var library = project.Document.Supplement.Library;
        if (library is null || !t.IsPercent || t.Number is not { } number || t.IsRange
            || library.Find(row.Indicator.Name)?.UnitFacts(row.Unit) is not { Distribution: { } d } facts)
        {
            return;
        }

        var thresholds = project.Document.Profile.Thresholds;
        if (d.Count < thresholds.LibraryMinTargets)
        {
            return;
        }

        var gap = Math.Max(thresholds.LibraryFenceSpreads * d.Spread, thresholds.LibraryMinGapPoints);
        var lower = t.Comparator.IsLowerBetter();
        var fence = lower ? d.Q3 + gap : d.Q1 - gap;
        if (lower ? number <= fence : number >= fence)
        {
            return;
        }

        var figures = $"本地区以往 {d.Count} 个已批复目标（{facts.Unit}）的中位数 {RateNames.Number(d.Median)}，四分位 {RateNames.Number(d.Q1)}～{RateNames.Number(d.Q3)}";
        findings.Row(project, row, ReviewFields.Target,
            $"{project.Label}{row.Label}的指标值“{t.Text}”明显{(lower ? "宽松于" : "低于")}{figures}。",
            $"参照以往水平设定指标值（{(lower ? "≤" : "≥")}{RateNames.Number(lower ? d.Q3 : d.Q1)}{facts.Unit}左右），或在指标值确定依据中说明降低目标的原因。");
    }
}
