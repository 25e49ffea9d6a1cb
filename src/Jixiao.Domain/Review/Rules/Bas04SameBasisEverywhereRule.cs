using Jixiao.Domain.Sources;

namespace Jixiao.Domain.Review.Rules;

/// <summary>BAS-04: one basis text copied onto most rows of most tables — the column was filled mechanically.
/// Counted with one hash table over all rows.</summary>
public sealed class Bas04SameBasisEverywhereRule : DocumentRule
{
    public override string Id => "BAS-04";

    public override string Title => "全文指标值确定依据千篇一律";

    public override ReviewDimension Dimension => ReviewDimension.Feasibility;

    public override Severity DefaultSeverity => Severity.Info;

    public override string Source => PolicySources.GoalManagement.Cite("相关性（指标值确定依据应逐项说明）");

    public override void Check(DocumentContext document, FindingSink findings)
    {
        var counts = new Dictionary<string, (int Rows, int Projects, int LastProject)>(StringComparer.Ordinal);
        var total = 0;
        var verdicts = 0;
        foreach (var project in document.Projects)
        {
            foreach (var row in project.Rows)
            {
                if (row.BasisKey.Length == 0)
                {
                    continue;
                }

                total++;
                if (row.Basis.IsVerdict)
                {
                    verdicts++;
                }

                var (rows, projects, last) = counts.GetValueOrDefault(row.BasisKey, (0, 0, -1));
                counts[row.BasisKey] = (rows + 1, last == project.Index ? projects : projects + 1, project.Index);
            }
        }

        if (total == 0)
        {
            return;
        }

        var (basis, top) = counts.MaxBy(c => c.Value.Rows);
        var thresholds = document.Profile.Thresholds;
        if ((double)top.Rows / total >= thresholds.DominantBasisShare && top.Projects >= thresholds.CrossTableMinProjects)
        {
            var verdictNote = verdicts == total ? "；全文所有指标行的依据都是“是否…”式的结论" : string.Empty;
            findings.Document(ReviewFields.Basis,
                $"“{basis}”被用作 {top.Rows}/{total} 行指标的指标值确定依据，出现在 {top.Projects}/{document.Projects.Count} 张表中{verdictNote}，依据栏是机械填写的。",
                "逐项写明每个指标值的来源（计划、行业、历史或其他标准及具体出处），不同指标的依据一般不同。");
        }
    }
}
