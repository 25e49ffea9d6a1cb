using Jixiao.Domain.Goals;
using Jixiao.Domain.Sources;

namespace Jixiao.Domain.Review.Rules;

/// <summary>VAL-08: the comparator points the wrong way — "≥" on a rate of bad things (差错率), "≤" on a rate of good
/// things (合格率).</summary>
public sealed class Val08DirectionRule : IndicatorRule
{
    public override string Id => "VAL-08";

    public override string Title => "指标方向与比较符号相反";

    public override ReviewDimension Dimension => ReviewDimension.Relevance;

    public override Severity DefaultSeverity => Severity.Warning;

    public override string Source => PolicySources.GoalManagement.Cite("可行性（指标方向与比较符号一致）");

    protected override void CheckRow(ProjectContext project, RowContext row, FindingSink findings)
    {
        var t = row.Target;
        if (!t.IsQuantitative || !t.ComparatorWritten || t.IsRange || t.IsDate)
        {
            return;
        }

        if (row.Name.LowerIsBetterWord is { } bad)
        {
            if (t.Comparator.IsHigherBetter())
            {
                findings.Row(project, row, ReviewFields.Target,
                    $"{project.Label}{row.Label}衡量“{bad}”，越低越好，指标值却写“{t.Text}”（越高越好）。",
                    $"改为“≤{RateNames.Number(t.Number)}{t.Unit}”或更严格的上限。");
            }
        }
        else if (row.Name.HigherIsBetterWord is { } good && t.Comparator.IsLowerBetter())
        {
            findings.Row(project, row, ReviewFields.Target,
                $"{project.Label}{row.Label}衡量“{good}”，越高越好，指标值却写“{t.Text}”（越低越好）。",
                $"改为“≥{RateNames.Number(t.Number)}{t.Unit}”。");
        }
    }
}
