using Jixiao.Domain.Sources;

namespace Jixiao.Domain.Review.Rules;

/// <summary>COD-03: the region prefix of 项目编码 is the document's region, or its province's (xx0000) template.</summary>
public sealed class Cod03ProjectCodeRegionRule : ProjectRule
{
    public override string Id => "COD-03";

    public override string Title => "项目编码区划与文本区划不符";

    public override ReviewDimension Dimension => ReviewDimension.Completeness;

    public override Severity DefaultSeverity => Severity.Warning;

    public override string Source => PolicySources.BudgetIntegration.Cite("（项目编码前6位为区划）");

    public override void Check(ProjectContext project, FindingSink findings)
    {
        var region = project.Document.Document.RegionCode;
        if (region.Length != 6 || Goals.ProjectCode.RegionOf(project.Project.ProjectCode) is not { } codeRegion)
        {
            return;
        }

        if (codeRegion != region && codeRegion != region[..2] + "0000")
        {
            findings.Project(project, ReviewFields.ProjectCode,
                $"{project.Label}的项目编码区划为 {codeRegion}，而本文本的区划为 {region}。",
                "核对项目编码是否属于本地区；上级统一设立的项目应使用省级区划（" + region[..2] + "0000）。");
        }
    }
}
