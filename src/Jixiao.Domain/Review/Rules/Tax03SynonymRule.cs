using Jixiao.Domain.Text;
using Jixiao.Domain.Sources;

namespace Jixiao.Domain.Review.Rules;

/// <summary>TAX-03: a 一级/二级指标 written with an accepted synonym (环境效益 → 生态效益) is accepted, with a note
/// giving the standard name. A table written with an older form's names (项目完成指标, 项目效益指标, 满意度指标 as a
/// 二级; the profile's formerNames) is reviewed as the levels they stand for and gets one note on its form, which
/// costs nothing: the names are the form's, not the unit's choice.</summary>
public sealed class Tax03SynonymRule : ProjectRule
{
    public override string Id => "TAX-03";

    public override string Title => "指标名称使用同义写法";

    public override ReviewDimension Dimension => ReviewDimension.Completeness;

    public override Severity DefaultSeverity => Severity.Info;

    public override string Source => PolicySources.GoalManagement.Cite("指标体系（环境效益即生态效益等同义写法）");

    public override void Check(ProjectContext project, FindingSink findings)
    {
        var taxonomy = project.Document.Taxonomy;
        List<(string Written, string Canonical)>? former = null;
        foreach (var row in project.RowArray)
        {
            Check(project, row, findings, row.Indicator.Level1, row.Level1, ReviewFields.Level1, ref former);
            Check(project, row, findings, row.Indicator.Level2, row.Level2, ReviewFields.Level2, ref former);
        }

        if (former is not null)
        {
            var names = string.Join("，", former.Select(f => $"“{f.Written}”按“{f.Canonical}”"));
            findings.Project(project, ReviewFields.Form,
                $"{project.Label}使用旧表式的指标名称，已按现行名称审核：{names}。",
                $"现行表式（{taxonomy.CurrentForm}）的一级指标为{string.Join("、", taxonomy.Level1.Select(l => l.Name))}；今后填报请改用现行名称。");
        }
    }

    private static void Check(ProjectContext project, RowContext row, FindingSink findings, string written, string? canonical, string field,
        ref List<(string Written, string Canonical)>? former)
    {
        if (canonical is null)
        {
            return;
        }

        var key = ChineseText.Key(written);
        if (key == canonical || key + "指标" == canonical)
        {
            return;
        }

        if (project.Document.Taxonomy.FormerName(written) == canonical)
        {
            former ??= [];
            if (!former.Exists(f => f.Written == written))
            {
                former.Add((written, canonical));
            }

            return;
        }

        findings.Row(project, row, field, $"{project.Label}{row.Label}的{field}写作“{written}”，按同义词识别为“{canonical}”。",
            $"建议改用规范名称“{canonical}”。");
    }
}
