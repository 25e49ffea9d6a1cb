using Jixiao.Domain.Text;
using Jixiao.Domain.Sources;

namespace Jixiao.Domain.Review.Rules;

/// <summary>
/// TXT-03: text copied across tables (照搬照抄). Three hash groupings over the whole document, each linear in its
/// size: the same indicator template (二级指标 sequence with the same values) in several tables; the same indicator
/// names and descriptions in two tables; the same goal sentence in two tables.
/// </summary>
public sealed class Txt03CopiedAcrossTablesRule : DocumentRule
{
    public override string Id => "TXT-03";

    public override string Title => "多张表照搬同一套指标或目标";

    public override ReviewDimension Dimension => ReviewDimension.Relevance;

    public override Severity DefaultSeverity => Severity.Warning;

    public override string Source => PolicySources.GoalManagement.Cite("相关性（指标应体现项目特点，不应照搬照抄）");

    public override void Check(DocumentContext document, FindingSink findings)
    {
        var projects = document.Projects;
        var thresholds = document.Profile.Thresholds;
        if (projects.Count < thresholds.CrossTableMinProjects)
        {
            return;
        }

        var templates = Classes(projects, TemplateHash, SameTemplate);
        var texts = Classes(projects, TextHash, SameText);
        foreach (var project in projects)
        {
            if (project.Rows.Count == 0)
            {
                continue;
            }

            var sameText = texts[project.Index];
            var sameTemplate = templates[project.Index];
            if (sameText.Count >= 2)
            {
                findings.Project(project, ReviewFields.Indicators,
                    $"{project.Label}的全部 {project.Rows.Count} 行指标（三级指标和绩效指标描述）与{Others(sameText, project, thresholds.MaxTablesListed)}逐字相同。",
                    "按本项目的资金用途和产出重新设置指标；不同项目的产出和效益不会完全一样。");
            }
            else if (sameTemplate.Count >= thresholds.TemplateMinProjects)
            {
                findings.Project(project, ReviewFields.Indicators,
                    $"{project.Label}与{Others(sameTemplate, project, thresholds.MaxTablesListed)}使用同一套指标模板：{project.Rows.Count} 行指标的二级指标顺序相同，指标值也相同（{Values(project)}）。",
                    "按项目实际产出选择指标：删除与项目无关的二级指标，数量、质量、时效、成本指标写出本项目的具体对象和数值。");
            }
        }

        GoalsCopied(document, findings);
    }

    private static void GoalsCopied(DocumentContext document, FindingSink findings)
    {
        var first = new Dictionary<string, ProjectContext>(StringComparer.Ordinal);
        foreach (var project in document.Projects)
        {
            foreach (var goal in project.Project.Goals)
            {
                var key = ChineseText.Key(goal.Text);
                if (key.Length < 6)
                {
                    continue;
                }

                if (first.TryGetValue(key, out var original) && original != project)
                {
                    findings.Goal(project, goal, $"{project.Label}绩效目标第{goal.Number}条“{goal.Text}”与{original.Label}的绩效目标逐字相同。",
                        "按本项目的资金用途写出本项目要实现的具体目标。");
                }
                else
                {
                    first.TryAdd(key, project);
                }
            }
        }
    }

    /// <summary>For each project, the list of projects equal to it: bucketed by a hash, then split exactly within a
    /// bucket (each project is compared with one representative per class, so identical tables cost O(n)).</summary>
    private static List<ProjectContext>[] Classes(IReadOnlyList<ProjectContext> projects, Func<ProjectContext, int> hash, Func<ProjectContext, ProjectContext, bool> equal)
    {
        var hashes = new int[projects.Count];
        ReviewEngine.ForEachProject(projects.Count, i => hashes[i] = hash(projects[i]));
        var buckets = new Dictionary<int, List<List<ProjectContext>>>();
        var result = new List<ProjectContext>[projects.Count];
        foreach (var project in projects)
        {
            if (!buckets.TryGetValue(hashes[project.Index], out var classes))
            {
                buckets[hashes[project.Index]] = classes = [];
            }

            var match = classes.FirstOrDefault(c => equal(c[0], project));
            if (match is null)
            {
                classes.Add(match = []);
            }

            match.Add(project);
            result[project.Index] = match;
        }

        return result;
    }

    /// <summary>二级指标 sequence with each row's value; the comparator is ignored ("≥100%" and "100%" are one template).</summary>
    private static int TemplateHash(ProjectContext project)
    {
        var h = new HashCode();
        foreach (var row in project.Rows)
        {
            h.Add(row.Level2 ?? row.Indicator.Level2, StringComparer.Ordinal);
            h.Add(row.Target.Number);
            h.Add(row.Unit, StringComparer.Ordinal);
            h.Add(row.TargetKey, StringComparer.Ordinal);
        }

        return h.ToHashCode();
    }

    private static bool SameTemplate(ProjectContext a, ProjectContext b)
    {
        if (a.Rows.Count != b.Rows.Count)
        {
            return false;
        }

        for (var i = 0; i < a.Rows.Count; i++)
        {
            var (x, y) = (a.Rows[i], b.Rows[i]);
            if ((x.Level2 ?? x.Indicator.Level2) != (y.Level2 ?? y.Indicator.Level2) || x.Target.Number != y.Target.Number || x.Unit != y.Unit || x.TargetKey != y.TargetKey)
            {
                return false;
            }
        }

        return true;
    }

    private static int TextHash(ProjectContext project)
    {
        var h = new HashCode();
        foreach (var row in project.Rows)
        {
            h.Add(row.NameKey, StringComparer.Ordinal);
            h.Add(row.DescriptionKey, StringComparer.Ordinal);
        }

        return h.ToHashCode();
    }

    private static bool SameText(ProjectContext a, ProjectContext b) =>
        a.Rows.Count == b.Rows.Count && a.Rows.Zip(b.Rows).All(p => p.First.NameKey == p.Second.NameKey && p.First.DescriptionKey == p.Second.DescriptionKey);

    private static string Values(ProjectContext project)
    {
        var distinct = project.Rows.Select(r => r.Target.Text.Trim()).Distinct().ToList();
        return distinct.Count == 1 ? $"全部为“{distinct[0]}”" : string.Join("、", distinct.Take(4)) + (distinct.Count > 4 ? "等" : string.Empty);
    }

    private static string Others(List<ProjectContext> group, ProjectContext self, int max)
    {
        var others = group.Where(p => p != self).Take(max).Select(p => $"第{p.Project.Sequence}张");
        var more = group.Count - 1 > max ? $"等 {group.Count - 1} 张表" : "表";
        return string.Join("、", others) + more;
    }
}
