namespace Jixiao.Domain.Review.Rules;

/// <summary>VAL-03: the unit is not in the profile's unit dictionary.</summary>
public sealed class Val03UnitUnknownRule : IndicatorRule
{
    public override string Id => "VAL-03";

    public override string Title => "计量单位不在单位字典中";

    public override ReviewDimension Dimension => ReviewDimension.Relevance;

    public override Severity DefaultSeverity => Severity.Warning;

    public override string Source => "S9 [V]（一体化单位字典本身 [U]）";

    protected override void CheckRow(ProjectContext project, RowContext row, FindingSink findings)
    {
        var t = row.Target;
        if (t.IsQuantitative && t.Unit.Length > 0 && !project.Profile.Words.IsKnownUnit(row.Unit))
        {
            findings.Row(project, row, ReviewFields.Target, $"{project.Label}{row.Label}的计量单位“{t.Unit}”不在单位字典中。",
                "改用标准计量单位（%、个、次、人次、万元、天等）；确需新单位的，由财政部门加入审核规则配置的单位字典。");
        }
    }
}
