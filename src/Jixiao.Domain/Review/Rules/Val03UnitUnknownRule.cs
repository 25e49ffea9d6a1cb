using Jixiao.Domain.Sources;

namespace Jixiao.Domain.Review.Rules;

/// <summary>VAL-03: the unit is neither in the unit dictionary (Values/units.json, with 万/亿/千 prefixes and A/B, A·B
/// compounds) nor among the profile's extra units. Only a truly unknown word is left, and it may still be a real unit of
/// the trade, so this is a hint (info), not a warning.</summary>
public sealed class Val03UnitUnknownRule : IndicatorRule
{
    public override string Id => "VAL-03";

    public override string Title => "计量单位不在单位字典中";

    public override ReviewDimension Dimension => ReviewDimension.Relevance;

    public override Severity DefaultSeverity => Severity.Info;

    public override string Source => PolicySources.GoalManagement.Cite("可行性（指标值应清晰、可衡量，量化指标须有计量单位）");

    protected override void CheckRow(ProjectContext project, RowContext row, FindingSink findings)
    {
        var t = row.Target;
        if (t.IsQuantitative && t.Unit.Length > 0 && !t.UnitInfo.IsKnown && !project.Profile.Words.IsKnownUnit(row.Unit))
        {
            findings.Row(project, row, ReviewFields.Target, $"{project.Label}{row.Label}的计量单位“{t.Unit}”不在单位字典中，请确认是否写错。",
                "改用通用计量单位（%、个、次、人次、万元、亩、天等，可写成“万株”“元/亩”等组合）；确属本行业单位的，由财政部门加入审核规则配置的单位（words.units）。");
        }
    }
}
