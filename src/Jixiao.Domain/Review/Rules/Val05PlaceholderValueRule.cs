using Jixiao.Domain.Sources;

namespace Jixiao.Domain.Review.Rules;

/// <summary>VAL-05: the 指标值 is a placeholder in any form the value grammar knows (X, XX, ××, **, ＊＊, （≧**%）, ××人,
/// 待定, 另行确定, 暂无, ——, /, a unit with no figure), one of the profile's placeholder words, or says the row does not
/// apply (不涉及). A row that does not apply should be deleted; it is an error when it still carries 分值 (the table's
/// 分值/权重 column, or the supplement's weights).</summary>
public sealed class Val05PlaceholderValueRule : IndicatorRule
{
    public override string Id => "VAL-05";

    public override string Title => "指标值为占位或“不涉及”";

    public override ReviewDimension Dimension => ReviewDimension.Relevance;

    public override Severity DefaultSeverity => Severity.Warning;

    public override string Source => PolicySources.GoalManagement.Cite("相关性（“不涉及”“无”等无效指标不应占权重）");

    protected override void CheckRow(ProjectContext project, RowContext row, FindingSink findings)
    {
        var kind = row.Target.Kind;
        if (kind is not (Goals.TargetKind.Qualitative or Goals.TargetKind.Placeholder))
        {
            return;
        }

        var words = project.Profile.Words;
        var key = row.TargetKey;
        var notApplicable = kind == Goals.TargetKind.Qualitative && ReviewText.ContainsAny(key, words.NotApplicable);
        if (!notApplicable && kind != Goals.TargetKind.Placeholder && !words.Placeholders.Contains(key))
        {
            return;
        }

        var weight = project.Document.WeightOf(project, row);
        if (weight > 0)
        {
            findings.Row(project, row, ReviewFields.Target, $"{project.Label}{row.Label}的指标值为“{row.Target.Text}”，却仍占 {RateNames.Number(weight)} 分的分值。",
                "删除该行并把分值分配给有效指标。", Severity.Error);
        }
        else if (notApplicable)
        {
            findings.Row(project, row, ReviewFields.Target, $"{project.Label}{row.Label}的指标值为“{row.Target.Text}”。",
                "不涉及的指标不必保留，建议删除该行，使指标表只含可考核的指标。", Severity.Info);
        }
        else
        {
            findings.Row(project, row, ReviewFields.Target, $"{project.Label}{row.Label}的指标值“{row.Target.Text}”是占位符，没有实际内容。",
                "填写实际指标值（如“≥95%”）；该指标确不适用的，删除该行。");
        }
    }
}
