using Jixiao.Domain.Sources;

namespace Jixiao.Domain.Review.Rules;

/// <summary>COD-02: the year digits of 项目编码 fit the fiscal year (carry-over projects from a few earlier years are
/// accepted; a future year is not).</summary>
public sealed class Cod02ProjectCodeYearRule : ProjectRule
{
    public override string Id => "COD-02";

    public override string Title => "项目编码年度与预算年度不符";

    public override ReviewDimension Dimension => ReviewDimension.Completeness;

    public override Severity DefaultSeverity => Severity.Warning;

    public override string Source => PolicySources.BudgetIntegration.Cite("（项目编码含年度）");

    public override void Check(ProjectContext project, FindingSink findings)
    {
        var fiscalYear = project.Document.Document.FiscalYear;
        if (fiscalYear == 0 || Goals.ProjectCode.YearOf(project.Project.ProjectCode) is not { } year)
        {
            return;
        }

        var maxAge = project.Profile.Thresholds.MaxProjectAgeYears;
        if (year > fiscalYear || year < fiscalYear - maxAge)
        {
            findings.Project(project, ReviewFields.ProjectCode,
                $"{project.Label}的项目编码“{project.Project.ProjectCode}”表示{year}年设立的项目，与{fiscalYear}年度预算不符{(year > fiscalYear ? "（晚于预算年度）" : $"（早于{maxAge}年以上）")}。",
                "核对项目编码是否为本年度项目库中的编码。");
        }
    }
}
