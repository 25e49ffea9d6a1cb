namespace Jixiao.Data.Entities;

/// <summary>
/// The sums of a region's year over its <see cref="DashboardSummary"/> lines (units, projects, budget in fen, errors,
/// warnings), so the dashboard's cards are one row however many units the region has. Rewritten with the lines;
/// the row is locked first, so concurrent writes of one region-year take turns and each sums what the other
/// committed.
/// </summary>
public class DashboardYearTotal
{
    public string RegionCode { get; set; } = string.Empty;

    public int FiscalYear { get; set; }

    public int UnitCount { get; set; }

    public int ProjectCount { get; set; }

    public long BudgetFen { get; set; }

    public int ErrorCount { get; set; }

    public int WarningCount { get; set; }

    public DateTime UpdatedAt { get; set; }
}
