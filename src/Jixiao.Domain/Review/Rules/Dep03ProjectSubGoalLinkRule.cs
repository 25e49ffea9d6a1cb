using Jixiao.Domain.Text;
using Jixiao.Domain.Sources;

namespace Jixiao.Domain.Review.Rules;

/// <summary>
/// DEP-03: every project serves a 分项绩效目标 (职责→活动→项目) and every 分项 has a project. With explicit links
/// (<see cref="ReviewSupplement.SubGoalLinks"/>) both directions are checked as warnings; without them a project
/// sharing no content word with any 分项 (title, goal, safeguard) is reported as info.
/// </summary>
public sealed class Dep03ProjectSubGoalLinkRule : DocumentRule
{
    public override string Id => "DEP-03";

    public override string Title => "项目与分项绩效目标对应";

    public override ReviewDimension Dimension => ReviewDimension.Relevance;

    public override Severity DefaultSeverity => Severity.Warning;

    public override string Source => PolicySources.GoalManagement.Cite("相关性（项目与部门职能、分项绩效目标相对应）");

    public override void Check(DocumentContext document, FindingSink findings)
    {
        var goals = document.Document.DepartmentGoals;
        if (goals.SubGoals.Count == 0)
        {
            return;
        }

        var links = document.Supplement.SubGoalLinks;
        if (links.Count > 0)
        {
            CheckLinks(document, findings, links);
            return;
        }

        var words = document.Profile.Words;
        var subGoalText = string.Join("|", goals.SubGoals.Select(s => ChineseText.Key(s.Title + s.GoalText + s.IndicatorText + goals.SafeguardFor(s)?.Text)));
        foreach (var project in document.Projects)
        {
            var core = ReviewText.Without(project.NameCore, words.LinkStopWords);
            if (core.Length >= 2 && !ReviewText.SharesBigram(core, subGoalText))
            {
                findings.Project(project, ReviewFields.ProjectName,
                    $"{project.Label}在第一部分的分项绩效目标和工作保障措施中找不到对应内容（按名称关键词判断）。",
                    "在第一部分对应的分项绩效目标中写明该项目支撑的工作，或说明该项目属于哪一分项。", Severity.Info);
            }
        }
    }

    private static void CheckLinks(DocumentContext document, FindingSink findings, IReadOnlyList<SubGoalLink> links)
    {
        var linked = links.Select(l => l.ProjectCode).ToHashSet(StringComparer.Ordinal);
        foreach (var project in document.Projects.Where(p => !linked.Contains(p.Project.ProjectCode)))
        {
            findings.Project(project, ReviewFields.ProjectName, $"{project.Label}没有对应任何分项绩效目标。", "把项目归入它所支撑的分项绩效目标（职责→活动→项目）。");
        }

        var served = links.Select(l => l.SubGoalNumber).ToHashSet();
        foreach (var sub in document.Document.DepartmentGoals.SubGoals.Where(s => !served.Contains(s.Number)))
        {
            findings.Document(ReviewFields.SubGoals, $"分项绩效目标（{Text.ChineseText.ToChineseNumeral(sub.Number)}）“{sub.Title}”没有任何项目支撑。",
                "说明该分项由哪些项目或基本支出保障；确无资金安排的，考虑调整分项目标。");
        }
    }
}
