using Jixiao.Domain.Sources;

namespace Jixiao.Domain.Review.Rules;

/// <summary>VAL-01: 指标值 reads as comparator + number + unit, or as words (DOMAIN.md §3.3).</summary>
public sealed class Val01TargetParsesRule : IndicatorRule
{
    public override string Id => "VAL-01";

    public override string Title => "指标值格式可识别";

    public override ReviewDimension Dimension => ReviewDimension.Relevance;

    public override Severity DefaultSeverity => Severity.Error;

    public override string Source => PolicySources.GoalManagement.Cite("可行性（指标值应清晰、可衡量）");

    protected override void CheckRow(ProjectContext project, RowContext row, FindingSink findings)
    {
        if (row.Target.Kind == Goals.TargetKind.Invalid)
        {
            findings.Row(project, row, ReviewFields.Target, $"{project.Label}{row.Label}：{row.Target.Problem}。",
                "写成“比较符号+数字+单位”（如“≥95%”“≤12万元”“=1次”），或写成可判断的文字标准。");
        }
    }
}
