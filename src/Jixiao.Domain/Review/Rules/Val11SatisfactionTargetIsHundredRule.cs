using Jixiao.Domain.Goals;
using Jixiao.Domain.Sources;

namespace Jixiao.Domain.Review.Rules;

/// <summary>VAL-11: a satisfaction target of 100% — no survey yields that; it signals a target set without thought.</summary>
public sealed class Val11SatisfactionTargetIsHundredRule : IndicatorRule
{
    public override string Id => "VAL-11";

    public override string Title => "满意度目标为100%";

    public override ReviewDimension Dimension => ReviewDimension.Feasibility;

    public override Severity DefaultSeverity => Severity.Warning;

    public override string Source => PolicySources.GoalManagement.Cite("可行性（指标值应切实可行；满意度靠抽样调查取得，100%无法验证）");

    protected override void CheckRow(ProjectContext project, RowContext row, FindingSink findings)
    {
        var t = row.Target;
        if (row.IsSatisfaction && row.IsPercent && !t.Comparator.IsLowerBetter() && t.Number >= project.Profile.Thresholds.SatisfactionMaxPercent)
        {
            findings.Row(project, row, ReviewFields.Target,
                $"{project.Label}{row.Label}的满意度目标为“{t.Text}”，要求每一位受访者都满意，既不现实也无法通过抽样调查验证。",
                "按以往调查结果或同类项目水平设定，例如“≥90%”，并在绩效指标描述中写明调查方式。");
        }
    }
}
