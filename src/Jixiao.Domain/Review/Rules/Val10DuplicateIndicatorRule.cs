using Jixiao.Domain.Sources;

namespace Jixiao.Domain.Review.Rules;

/// <summary>VAL-10: the same 三级指标 appears twice in one table (with the same or with conflicting values).</summary>
public sealed class Val10DuplicateIndicatorRule : ProjectRule
{
    public override string Id => "VAL-10";

    public override string Title => "同一表内三级指标重复";

    public override ReviewDimension Dimension => ReviewDimension.Relevance;

    public override Severity DefaultSeverity => Severity.Warning;

    public override string Source => PolicySources.GoalManagement.Cite("可行性（指标应简明扼要，同一表内不重复）");

    public override bool JudgesDepartmentTable => true;

    public override void Check(ProjectContext project, FindingSink findings)
    {
        var rows = project.Rows;
        for (var i = 1; i < rows.Count; i++)
        {
            if (rows[i].NameKey.Length == 0)
            {
                continue;
            }

            for (var j = 0; j < i; j++)
            {
                if (rows[j].NameKey != rows[i].NameKey)
                {
                    continue;
                }

                var conflict = rows[j].Target.ToCanonicalString() != rows[i].Target.ToCanonicalString();
                findings.Row(project, rows[i], ReviewFields.Name,
                    $"{project.Label}{rows[i].Label}与第{rows[j].Row}行三级指标重复"
                    + (conflict ? $"，且指标值不同（“{rows[j].Target.Text}”与“{rows[i].Target.Text}”）。" : "。"),
                    "合并为一行；确是两个不同的指标的，改用能区分的名称。");
                break;
            }
        }
    }
}
