using Jixiao.Domain.Text;
using Jixiao.Domain.Sources;

namespace Jixiao.Domain.Review.Rules;

/// <summary>TAX-03: a 一级/二级指标 written with an accepted synonym (环境效益 → 生态效益) is accepted, with a note
/// giving the standard name.</summary>
public sealed class Tax03SynonymRule : IndicatorRule
{
    public override string Id => "TAX-03";

    public override string Title => "指标名称使用同义写法";

    public override ReviewDimension Dimension => ReviewDimension.Completeness;

    public override Severity DefaultSeverity => Severity.Info;

    public override string Source => PolicySources.GoalManagement.Cite("指标体系（环境效益即生态效益等同义写法）");

    protected override void CheckRow(ProjectContext project, RowContext row, FindingSink findings)
    {
        Check(project, row, findings, row.Indicator.Level1, row.Level1, ReviewFields.Level1);
        Check(project, row, findings, row.Indicator.Level2, row.Level2, ReviewFields.Level2);
    }

    private static void Check(ProjectContext project, RowContext row, FindingSink findings, string written, string? canonical, string field)
    {
        if (canonical is null)
        {
            return;
        }

        var key = ChineseText.Key(written);
        if (key != canonical && key + "指标" != canonical)
        {
            findings.Row(project, row, field, $"{project.Label}{row.Label}的{field}写作“{written}”，按同义词识别为“{canonical}”。",
                $"建议改用规范名称“{canonical}”。");
        }
    }
}
