using Jixiao.Data.Entities;
using Jixiao.Domain.Goals;

namespace Jixiao.Application.Dashboard;

/// <summary>A unit's page for one year: its department's Part 1 and its projects with their findings, and what the
/// user may do there.</summary>
public sealed record UnitPage(
    Unit Unit,
    int FiscalYear,
    IReadOnlyList<int> Years,
    DepartmentDocument? Document,
    DepartmentGoals? Part1,
    bool CanEditPart1,
    bool CanEdit,
    IReadOnlyList<UnitProject> Projects);
