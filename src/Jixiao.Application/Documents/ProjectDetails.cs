using Jixiao.Domain.Goals;

namespace Jixiao.Application.Documents;

/// <summary>Everything about one project: identity, unit and department, the requested version as the domain
/// record, and the whole version history.</summary>
public sealed record ProjectDetails(
    int ProjectId,
    int FiscalYear,
    string Code,
    int UnitId,
    string RegionCode,
    string UnitCode,
    string UnitName,
    int DocumentId,
    string DepartmentName,
    int CurrentVersion,
    int ShownVersion,
    bool Removed,
    BudgetProject Content,
    IReadOnlyList<VersionInfo> Versions);
