using Jixiao.Domain.Sources;

namespace Jixiao.Domain.Review.Rules;

/// <summary>VAL-09: a 时效指标 is a date or deadline, a duration (≤10个工作日, 30-45分钟) or a percentage of on-time work —
/// not free text ("2020年全年").</summary>
public sealed class Val09TimelinessValueRule : IndicatorRule
{
    public override string Id => "VAL-09";

    public override string Title => "时效指标值不是日期或时限";

    public override ReviewDimension Dimension => ReviewDimension.Relevance;

    public override Severity DefaultSeverity => Severity.Warning;

    public override string Source => PolicySources.GoalManagement.Cite("可行性（时效指标应有完成时限）");

    protected override void CheckRow(ProjectContext project, RowContext row, FindingSink findings)
    {
        if (row.Level2 != "时效指标" || row.Target.Kind == Goals.TargetKind.Empty)
        {
            return;
        }

        var words = project.Profile.Words;
        var t = row.Target;
        // A date ("2024年10月底前"), a duration ("≤10个工作日", "30-45分钟"), an on-time rate ("≥95%") or wording that
        // names a time limit ("次月10日前支付").
        var ok = t.IsQuantitative
            ? t.IsDate || t.UnitInfo.IsTime || t.UnitInfo.IsPercent || words.TimelinessUnits.Contains(row.Unit)
            : t.Kind == Goals.TargetKind.Qualitative && ReviewText.ContainsAny(row.TargetKey, words.TimelinessWords);
        if (!ok)
        {
            findings.Row(project, row, ReviewFields.Target,
                $"{project.Label}{row.Label}是时效指标，指标值“{t.Text}”不是完成时间、时限或及时率。",
                "写成完成时限（如“≤10月底”“≤5个工作日”）或及时率（如“按时完成率≥95%”）。");
        }
    }
}
