using Jixiao.Application.Documents;

namespace Jixiao.Web.Features.Projects;

/// <summary>A project as the API returns it: identity, the shown version's table, history and the latest findings.</summary>
public sealed record ProjectView(
    int Id,
    int Year,
    string Code,
    string UnitCode,
    string UnitName,
    int DocumentId,
    string DepartmentName,
    int CurrentVersion,
    int ShownVersion,
    ProjectTable Table,
    IReadOnlyList<VersionInfo> Versions,
    IReadOnlyList<Application.Review.FindingRow> Findings);
