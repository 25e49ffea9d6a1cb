using Jixiao.Domain;
using Jixiao.Domain.Goals;

namespace Jixiao.Application.Dashboard;

/// <summary>A unit's figures for a year as computed in SQL (a class with setters so EF can project into it).</summary>
internal sealed class UnitFigures
{
    public int Id { get; init; }

    public string Code { get; init; } = string.Empty;

    public string Name { get; init; } = string.Empty;

    public string DepartmentCode { get; init; } = string.Empty;

    public int ProjectCount { get; init; }

    public long? BudgetFen { get; init; }

    public bool HasDocument { get; init; }

    public Grade? LatestGrade { get; init; }

    public decimal? LatestScore { get; init; }

    public UnitSummary ToSummary() => new(Id, Code, Name, DepartmentCode, ProjectCount, new Money(BudgetFen ?? 0), LatestGrade);
}
