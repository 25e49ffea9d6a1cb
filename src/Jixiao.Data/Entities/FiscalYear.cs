namespace Jixiao.Data.Entities;

/// <summary>A fiscal year (年度) of one region, created by the first import for that year.</summary>
public class FiscalYear
{
    public string RegionCode { get; set; } = string.Empty;

    public int Year { get; set; }

    public FiscalYearStatus Status { get; set; }

    /// <summary>The month whose end is the in-year monitoring checkpoint (Hebei: 6, others 7 or 8; DOMAIN.md §6.2).</summary>
    public int MonitoringMonth { get; set; } = 6;

    public DateTime CreatedAt { get; set; }
}
