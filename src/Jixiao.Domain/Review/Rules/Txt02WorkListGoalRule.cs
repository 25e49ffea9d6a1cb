using Jixiao.Domain.Text;
using Jixiao.Domain.Sources;

namespace Jixiao.Domain.Review.Rules;

/// <summary>TXT-02: a goal that lists work ("开展…工作", "完成…") without saying what result it achieves.</summary>
public sealed class Txt02WorkListGoalRule : ProjectRule
{
    public override string Id => "TXT-02";

    public override string Title => "绩效目标只列工作不写结果";

    public override ReviewDimension Dimension => ReviewDimension.Relevance;

    public override Severity DefaultSeverity => Severity.Warning;

    public override string Source => PolicySources.GoalManagement.Cite("相关性（绩效目标应写产出和效果，而非工作清单）");

    public override void Check(ProjectContext project, FindingSink findings)
    {
        var words = project.Profile.Words;
        foreach (var goal in project.Project.Goals)
        {
            var key = ChineseText.Key(goal.Text);
            if (ReviewText.FirstMatch(key, words.WorkWords) is { } work && !ReviewText.ContainsAny(key, words.ResultWords)
                && !key.Any(char.IsAsciiDigit))
            {
                findings.Goal(project, goal,
                    $"{project.Label}绩效目标第{goal.Number}条“{goal.Text}”只写了要“{work}”的工作，没有写要达到的结果。",
                    "写明完成后达到的产出和效果，尽量量化，例如“开展廉政教育培训4期，覆盖党员干部≥500人次，培训合格率≥95%”。");
            }
        }
    }
}
