using Jixiao.Domain.Sources;

namespace Jixiao.Domain.Review.Rules;

/// <summary>COD-05: a 项目编码 appears in only one table of the document.</summary>
public sealed class Cod05ProjectCodeUniqueRule : DocumentRule
{
    public override string Id => "COD-05";

    public override string Title => "项目编码重复";

    public override ReviewDimension Dimension => ReviewDimension.Completeness;

    public override Severity DefaultSeverity => Severity.Error;

    public override string Source => PolicySources.BudgetIntegration.Cite("（项目编码唯一）");

    public override void Check(DocumentContext document, FindingSink findings)
    {
        var first = new Dictionary<string, ProjectContext>(document.Projects.Count, StringComparer.Ordinal);
        foreach (var project in document.Projects)
        {
            var code = Goals.ProjectCode.Normalize(project.Project.ProjectCode);
            if (code.Length == 0)
            {
                continue;
            }

            if (!first.TryAdd(code, project))
            {
                findings.Project(project, ReviewFields.ProjectCode,
                    $"{project.Label}的项目编码“{project.Project.ProjectCode}”与{first[code].Label}重复。",
                    "每个项目使用自己的项目编码；同一项目的两张表应合并。");
            }
        }
    }
}
