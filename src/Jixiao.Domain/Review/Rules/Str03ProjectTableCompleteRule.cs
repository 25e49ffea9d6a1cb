using Jixiao.Domain.Goals;
using Jixiao.Domain.Sources;

namespace Jixiao.Domain.Review.Rules;

/// <summary>STR-03: a project table has unit, 项目名称, 预算数, 资金用途, ≥1 绩效目标 and ≥1 indicator row. A missing
/// 项目编码 is COD-01's (a warning: many provincial tables carry none, and it can be filled in later). A field the table's form lacks is
/// named once in a note (<see cref="FormNotice"/>) instead of reported.</summary>
public sealed class Str03ProjectTableCompleteRule : ProjectRule
{
    public override string Id => "STR-03";

    public override string Title => "项目绩效目标表要素齐全";

    public override ReviewDimension Dimension => ReviewDimension.Completeness;

    public override Severity DefaultSeverity => Severity.Error;

    public override string Source => PolicySources.GoalManagement.Cite("完整性");

    public override void Check(ProjectContext project, FindingSink findings)
    {
        var p = project.Project;
        if (project.FormLacks != FormFields.None)
        {
            var (message, fix) = FormNotice.ForTable(project.Label, project.FormLacks);
            findings.Project(project, ReviewFields.Form, message, fix);
        }

        Require(project, findings, p.UnitCode, ReviewFields.UnitCode, "填写预算单位代码，例如“222001”。");
        Require(project, findings, p.UnitName, ReviewFields.UnitName, "填写预算单位名称，例如“纪律检查委员会本级”。");
        Require(project, findings, p.ProjectName, ReviewFields.ProjectName, "填写项目名称。");
        Require(project, findings, p.FundUse, ReviewFields.FundUse, "说明资金具体用于哪些支出（对象、内容、数量）。");
        if (p.Budget.Fen <= 0)
        {
            findings.Project(project, ReviewFields.Budget, $"{project.Label}的“预算数”为空或为 0。", "填写项目预算数（万元）。");
        }

        if (p.Goals.Count == 0)
        {
            findings.Project(project, ReviewFields.Goals, $"{project.Label}没有填写任何绩效目标。", "按“1.…2.…”列出项目本年度要实现的产出和效果。");
        }

        if (p.Indicators.Count == 0)
        {
            findings.Project(project, ReviewFields.Indicators, $"{project.Label}没有任何绩效指标行。", "按指标体系填写产出、效益、满意度指标及指标值。");
        }
    }

    private static void Require(ProjectContext project, FindingSink findings, string value, string field, string fix)
    {
        if (value.Trim().Length == 0)
        {
            findings.Project(project, field, $"{project.Label}的“{field}”为空。", fix);
        }
    }
}
