namespace Jixiao.Domain.Review.Rules;

/// <summary>VAL-02: a number without a unit ("100").</summary>
public sealed class Val02UnitMissingRule : IndicatorRule
{
    public override string Id => "VAL-02";

    public override string Title => "指标值缺少计量单位";

    public override ReviewDimension Dimension => ReviewDimension.Relevance;

    public override Severity DefaultSeverity => Severity.Warning;

    public override string Source => "包头市财政局预算绩效目标审核要点（计量单位）";

    protected override void CheckRow(ProjectContext project, RowContext row, FindingSink findings)
    {
        if (row.Target.IsQuantitative && row.Target.Unit.Length == 0 && !ReviewText.ContainsAny(row.NameKey, project.Profile.Words.UnitlessNameWords))
        {
            findings.Row(project, row, ReviewFields.Target, $"{project.Label}{row.Label}的指标值“{row.Target.Text}”只有数字，没有计量单位。",
                $"补上单位，例如“{row.Target.Text.Trim()}%”“{row.Target.Text.Trim()}人次”“{row.Target.Text.Trim()}万元”。");
        }
    }
}
