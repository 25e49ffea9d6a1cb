using Jixiao.Domain.Sources;

namespace Jixiao.Domain.Review.Rules;

/// <summary>COD-01: 项目编码 is filled in and has the 21-character 一体化 layout region(6) year(2) type(1) serial(11)
/// check(1). A table without a code is imported all the same; the finding says to fill it in.</summary>
public sealed class Cod01ProjectCodeFormatRule : ProjectRule
{
    public override string Id => "COD-01";

    public override string Title => "项目编码格式";

    public override ReviewDimension Dimension => ReviewDimension.Completeness;

    public override Severity DefaultSeverity => Severity.Warning;

    public override string Source => PolicySources.BudgetIntegration.Cite("（项目编码21位）");

    public override void Check(ProjectContext project, FindingSink findings)
    {
        var code = project.Project.ProjectCode;
        if (code.Trim().Length == 0)
        {
            findings.Project(project, ReviewFields.ProjectCode, $"{project.Label}没有项目编码。",
                "在项目页补填预算管理一体化系统中的 21 位项目编码（编辑项目时可填写），或导入带项目编码的表。");
        }
        else if (!Goals.ProjectCode.IsWellFormed(code))
        {
            findings.Project(project, ReviewFields.ProjectCode,
                $"{project.Label}的项目编码“{code}”不符合预算管理一体化的 21 位格式（6 位区划 + 2 位年度 + 1 位类型字母 + 11 位序号 + 1 位校验码）。",
                "从预算管理一体化系统复制完整的项目编码，例如“13068222P00675410002L”。");
        }
    }
}
