using Jixiao.Domain.Goals;

namespace Jixiao.Application.Dashboard;

/// <summary>The dashboard's cards: units, projects, budget, errors and warnings of a region's year.</summary>
public sealed record DashboardTotals(int Units, int Projects, Money Budget, int Errors, int Warnings);
