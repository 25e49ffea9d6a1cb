using Jixiao.Domain.Text;
using Jixiao.Domain.Sources;

namespace Jixiao.Domain.Review.Rules;

/// <summary>TXT-07 (Jixiao): two goals of one table that are the same or nearly the same (bigram similarity at or
/// above the profile's threshold).</summary>
public sealed class Txt07DuplicateGoalsRule : ProjectRule
{
    public override string Id => "TXT-07";

    public override string Title => "同一表内绩效目标重复";

    public override ReviewDimension Dimension => ReviewDimension.Relevance;

    public override Severity DefaultSeverity => Severity.Warning;

    public override string Source => PolicySources.GoalManagement.Cite("可行性（绩效目标简明扼要，同一表内不重复）");

    public override void Check(ProjectContext project, FindingSink findings)
    {
        var goals = project.Project.Goals;
        if (goals.Count < 2)
        {
            return;
        }

        var keys = project.GoalCores;
        var threshold = project.Profile.Thresholds.NearDuplicateGoalSimilarity;
        for (var i = 1; i < goals.Count; i++)
        {
            for (var j = 0; j < i; j++)
            {
                if (keys[i].Length == 0 && keys[j].Length == 0 ? ChineseText.Key(goals[i].Text) != ChineseText.Key(goals[j].Text) : ReviewText.Similarity(keys[i], keys[j]) < threshold)
                {
                    continue;
                }

                var same = ChineseText.Key(goals[i].Text) == ChineseText.Key(goals[j].Text);
                findings.Goal(project, goals[i],
                    $"{project.Label}绩效目标第{goals[i].Number}条“{goals[i].Text}”与第{goals[j].Number}条“{goals[j].Text}”{(same ? "完全相同" : "几乎相同")}。",
                    "合并重复的目标；各条目标应分别说明不同的产出或效果。");
                break;
            }
        }
    }
}
