using Jixiao.Domain.Goals;

namespace Jixiao.Application.Documents;

/// <summary>One search hit: a project as it currently stands.</summary>
public sealed record ProjectSummary(int ProjectId, int FiscalYear, string Code, string Name, string UnitCode, string UnitName, Money Budget, int CurrentVersion);
