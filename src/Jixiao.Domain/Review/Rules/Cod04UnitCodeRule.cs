using Jixiao.Domain.Sources;

namespace Jixiao.Domain.Review.Rules;

/// <summary>COD-04: the unit code is 6 digits starting with the department code; a 本级 unit ends in 001.</summary>
public sealed class Cod04UnitCodeRule : ProjectRule
{
    public override string Id => "COD-04";

    public override string Title => "单位代码格式";

    public override ReviewDimension Dimension => ReviewDimension.Completeness;

    public override Severity DefaultSeverity => Severity.Warning;

    public override string Source => PolicySources.BudgetIntegration.Cite("（单位编码6位）");

    public override void Check(ProjectContext project, FindingSink findings)
    {
        var p = project.Project;
        var code = p.UnitCode.Trim();
        if (code.Length == 0)
        {
            return;
        }

        var department = project.Document.Document.DepartmentCode;
        if (code.Length != 6 || !code.All(char.IsAsciiDigit))
        {
            findings.Project(project, ReviewFields.UnitCode, $"{project.Label}的单位代码“{code}”不是 6 位数字。", "单位代码应为 3 位部门代码加 3 位序号，例如“222001”。");
        }
        else if (department.Length == 3 && !code.StartsWith(department, StringComparison.Ordinal))
        {
            findings.Project(project, ReviewFields.UnitCode, $"{project.Label}的单位代码“{code}”不以部门代码 {department} 开头。", "核对单位是否属于本部门。");
        }
        else if (p.UnitName.Trim().EndsWith("本级", StringComparison.Ordinal) && !code.EndsWith("001", StringComparison.Ordinal))
        {
            findings.Project(project, ReviewFields.UnitCode, $"{project.Label}的单位“{p.UnitName}”是部门本级，单位代码却是“{code}”（本级应以 001 结尾）。", "核对单位代码与单位名称。");
        }
    }
}
