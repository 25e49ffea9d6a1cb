using Jixiao.Domain.Sources;

namespace Jixiao.Domain.Review.Rules;

/// <summary>VAL-02: a number without a unit ("100").</summary>
public sealed class Val02UnitMissingRule : IndicatorRule
{
    public override string Id => "VAL-02";

    public override string Title => "指标值缺少计量单位";

    public override ReviewDimension Dimension => ReviewDimension.Relevance;

    public override Severity DefaultSeverity => Severity.Warning;

    public override string Source => PolicySources.GoalManagement.Cite("可行性（指标值应清晰、可衡量，量化指标须有计量单位）");

    protected override void CheckRow(ProjectContext project, RowContext row, FindingSink findings)
    {
        if (row.Target.IsQuantitative && row.Target.Unit.Length == 0 && !ReviewText.ContainsAny(row.NameKey, project.Profile.Words.UnitlessNameWords))
        {
            findings.Row(project, row, ReviewFields.Target, $"{project.Label}{row.Label}的指标值“{row.Target.Text}”只有数字，没有计量单位。",
                $"补上单位，例如“{row.Target.Text.Trim()}%”“{row.Target.Text.Trim()}人次”“{row.Target.Text.Trim()}万元”。");
        }
    }
}
