using Jixiao.Domain.Text;
using Jixiao.Domain.Sources;

namespace Jixiao.Domain.Review.Rules;

/// <summary>STR-05: the money unit is declared (万元) and no amount is negative.</summary>
public sealed class Str05MoneyRule : ProjectRule
{
    public override string Id => "STR-05";

    public override string Title => "金额单位与金额有效";

    public override ReviewDimension Dimension => ReviewDimension.Completeness;

    public override Severity DefaultSeverity => Severity.Error;

    public override string Source => PolicySources.GoalManagement.Cite("完整性（预算数以万元列示，金额有效）");

    public override void Check(ProjectContext project, FindingSink findings)
    {
        var p = project.Project;
        if (p.MoneyUnit.Trim().Length == 0)
        {
            findings.Project(project, ReviewFields.MoneyUnit, $"{project.Label}没有注明金额单位。", "在表头注明“单位：万元”。");
        }
        else if (!project.Profile.Words.MoneyUnits.ContainsKey(ChineseText.Key(p.MoneyUnit)))
        {
            findings.Project(project, ReviewFields.MoneyUnit, $"{project.Label}的金额单位“{p.MoneyUnit}”不是货币单位。", "金额单位应为“万元”。");
        }

        Negative(project, findings, p.Budget, ReviewFields.Budget);
        Negative(project, findings, p.FiscalFunds, ReviewFields.FiscalFunds);
        Negative(project, findings, p.OtherFunds, ReviewFields.OtherFunds);
    }

    private static void Negative(ProjectContext project, FindingSink findings, Goals.Money? amount, string field)
    {
        if (amount is { Fen: < 0 } a)
        {
            findings.Project(project, field, $"{project.Label}的“{field}”为负数（{a} 万元）。", "预算金额不能为负，请核对。");
        }
    }
}
