using Jixiao.Domain.Sources;

namespace Jixiao.Domain.Review.Rules;

/// <summary>VAL-04: a qualitative value made only of vague verbs (有效提升, 明显改善) with nothing to check against.</summary>
public sealed class Val04VagueQualitativeRule : IndicatorRule
{
    public override string Id => "VAL-04";

    public override string Title => "定性指标值含糊不可考核";

    public override ReviewDimension Dimension => ReviewDimension.Relevance;

    public override Severity DefaultSeverity => Severity.Warning;

    public override string Source => PolicySources.GoalManagement.Cite("可行性（指标值应清晰、可衡量，避免“改善”“提高”等模糊表述）");

    protected override void CheckRow(ProjectContext project, RowContext row, FindingSink findings)
    {
        if (row.Target.Kind != Goals.TargetKind.Qualitative)
        {
            return;
        }

        var words = project.Profile.Words;
        var key = row.TargetKey;
        // "较上年提高5%" names a figure to check against, however it is worded.
        if (ReviewText.FirstMatch(key, words.VagueWords) is { } vague && !ReviewText.ContainsAny(key, words.CheckableWords) && !key.Any(char.IsAsciiDigit))
        {
            findings.Row(project, row, ReviewFields.Target, $"{project.Label}{row.Label}的指标值“{row.Target.Text}”只有“{vague}”这类含糊表述，年底无法判断是否达成。",
                "改成可核实的数值（如“较上年提高≥5%”），或写明判断标准（如“通过市级验收”“无重大安全事故”）。");
        }
    }
}
