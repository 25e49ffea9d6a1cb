using Jixiao.Domain.Sources;

namespace Jixiao.Domain.Review.Rules;

/// <summary>STR-04: every indicator row has 一级/二级/三级指标, 指标值 and 指标值确定依据.</summary>
public sealed class Str04IndicatorRowCompleteRule : IndicatorRule
{
    public override string Id => "STR-04";

    public override string Title => "指标行各栏填写完整";

    public override ReviewDimension Dimension => ReviewDimension.Completeness;

    public override Severity DefaultSeverity => Severity.Error;

    public override string Source => PolicySources.GoalManagement.Cite("完整性（指标行各栏填写完整）");

    protected override void CheckRow(ProjectContext project, RowContext row, FindingSink findings)
    {
        var i = row.Indicator;
        Require(project, row, findings, i.Level1, ReviewFields.Level1);
        Require(project, row, findings, i.Level2, ReviewFields.Level2);
        Require(project, row, findings, i.Name, ReviewFields.Name);
        Require(project, row, findings, i.Target.Text, ReviewFields.Target);
        Require(project, row, findings, i.TargetBasis, ReviewFields.Basis);
    }

    private static void Require(ProjectContext project, RowContext row, FindingSink findings, string value, string field)
    {
        if (value.Trim().Length == 0)
        {
            findings.Row(project, row, field, $"{project.Label}{row.Label}的“{field}”为空。", $"补填“{field}”；不适用的指标行应整行删除。");
        }
    }
}
