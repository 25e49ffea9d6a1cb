using Jixiao.Domain;

namespace Jixiao.Data.Entities;

/// <summary>
/// One unit's line of the dashboard for a fiscal year: project count, budget total, grade and score of the latest
/// review of its department's document, and error/warning findings about its projects. Rewritten inside every
/// import, save and review transaction (<see cref="Summaries.DashboardSummaries"/>), so the dashboard reads a few
/// hundred rows instead of aggregating every current project version on each request.
/// </summary>
public class DashboardSummary
{
    public string RegionCode { get; set; } = string.Empty;

    public int FiscalYear { get; set; }

    public int UnitId { get; set; }

    public Unit? Unit { get; set; }

    /// <summary>单位代码 (a unit's identity never changes), kept here so a page of lines is read in code order from
    /// an index.</summary>
    public string UnitCode { get; set; } = string.Empty;

    public int ProjectCount { get; set; }

    /// <summary>预算数 of the unit's current projects, in fen.</summary>
    public long BudgetFen { get; set; }

    public Grade? LatestGrade { get; set; }

    public decimal? LatestScore { get; set; }

    public int ErrorCount { get; set; }

    public int WarningCount { get; set; }

    public DateTime UpdatedAt { get; set; }
}
