using Jixiao.Domain.Monitoring;

namespace Jixiao.Application.Execution;

/// <summary>Which lines of a region's year the view shows: all, one unit's, those of some units (a clerk of several),
/// one light's, in which order.</summary>
public sealed record OverviewFilter(string RegionCode, int FiscalYear, int? UnitId = null, Light? Light = null, OverviewOrder Order = OverviewOrder.WorstLight)
{
    public IReadOnlyCollection<int>? OnlyUnitIds { get; init; }
}
