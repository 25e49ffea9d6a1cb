using Jixiao.Domain;
using Jixiao.Domain.Goals;

namespace Jixiao.Application.Dashboard;

/// <summary>One line of a region's unit list for a year.</summary>
public sealed record UnitSummary(int UnitId, string Code, string Name, string DepartmentCode, int ProjectCount, Money BudgetTotal, Grade? LatestGrade);
