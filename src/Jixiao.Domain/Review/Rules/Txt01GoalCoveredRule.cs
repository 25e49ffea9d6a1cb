using Jixiao.Domain.Sources;

namespace Jixiao.Domain.Review.Rules;

/// <summary>TXT-01: each numbered 绩效目标 is measured by at least one indicator (they share a content word; generic
/// words such as 提升, 服务, 能力, 保障 do not count — a goal about a cold-chain warehouse is not covered by a row about
/// visitor satisfaction).
/// Goals that only restate the project name are left to TXT-06.</summary>
public sealed class Txt01GoalCoveredRule : ProjectRule
{
    public override string Id => "TXT-01";

    public override string Title => "绩效目标没有对应指标";

    public override ReviewDimension Dimension => ReviewDimension.Relevance;

    public override Severity DefaultSeverity => Severity.Warning;

    public override string Source => PolicySources.GoalManagement.Cite("相关性（绩效指标与绩效目标对应）");

    public override void Check(ProjectContext project, FindingSink findings)
    {
        if (project.Rows.Count == 0)
        {
            return;
        }

        var words = project.Profile.Words;
        var goals = project.Project.Goals;
        for (var i = 0; i < goals.Count; i++)
        {
            var goal = goals[i];
            if (goal.Text.Trim().Length == 0 || GoalText.RestatesName(project.GoalCores[i], project))
            {
                continue;
            }

            // Generic words (提升 服务 能力 工作 保障 水平 …) are cut out and leave a gap, so they neither count as a
            // shared word nor join their neighbours into a new one.
            var core = ReviewText.Blank(project.GoalCores[i], words.LinkStopWords);
            if (!SharesBigramWithIndicators(core, project))
            {
                findings.Goal(project, goal,
                    $"{project.Label}绩效目标第{goal.Number}条“{goal.Text}”没有任何指标衡量它。",
                    "为该目标设置对应的产出或效益指标（如目标写“确保平台全年稳定运行”，指标设“平台可用率≥99%”），或删去无法衡量的目标。");
            }
        }
    }

    /// <summary>Does the goal share a bigram with some 三级指标 or 指标描述? Checked cell by cell rather than on one
    /// joined string: a bigram is two letters, so it can never span two cells, and no text is built per table.</summary>
    private static bool SharesBigramWithIndicators(string core, ProjectContext project)
    {
        foreach (var row in project.RowArray)
        {
            if (ReviewText.SharesBigram(core, row.NameKey) || ReviewText.SharesBigram(core, row.DescriptionKey))
            {
                return true;
            }
        }

        return false;
    }
}
