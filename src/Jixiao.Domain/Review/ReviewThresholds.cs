namespace Jixiao.Domain.Review;

/// <summary>Numbers the rules compare against (DOMAIN.md §11.13: every threshold is configuration, not law).</summary>
public sealed class ReviewThresholds
{
    /// <summary>VAL-11: a satisfaction target at or above this percentage is flagged.</summary>
    public decimal SatisfactionMaxPercent { get; init; } = 100;

    /// <summary>STR-06: whether a table may omit 满意度指标.</summary>
    public bool WaiveSatisfaction { get; init; }

    /// <summary>TXT-07: bigram similarity at which two goals of one project count as near-duplicates.</summary>
    public double NearDuplicateGoalSimilarity { get; init; } = 0.8;

    /// <summary>TXT-03: how many tables must share one indicator template before it is reported.</summary>
    public int TemplateMinProjects { get; init; } = 3;

    /// <summary>BAS-04: share of all indicator rows carrying the same basis text that counts as copied everywhere.</summary>
    public double DominantBasisShare { get; init; } = 0.5;

    /// <summary>FIN-03: share of tables using a default spending plan at which it is reported.</summary>
    public double DefaultPlanShare { get; init; } = 1.0;

    /// <summary>FIN-03 and TXT-03 need at least this many tables to speak of "everywhere".</summary>
    public int CrossTableMinProjects { get; init; } = 2;

    /// <summary>FIN-06: budget (万元) from which a table needs a real set of quantitative indicators.</summary>
    public decimal LargeBudgetWanYuan { get; init; } = 100;

    /// <summary>FIN-06: quantitative indicators a large project needs at least.</summary>
    public int MinQuantitativeForLargeBudget { get; init; } = 3;

    /// <summary>COD-02: oldest project (years before the fiscal year) accepted as a carry-over project.</summary>
    public int MaxProjectAgeYears { get; init; } = 5;

    /// <summary>FIN-01: rounding allowed between 预算数 and 财政资金 + 其他资金, in 万元.</summary>
    public decimal MoneyToleranceWanYuan { get; init; } = 0.01m;

    /// <summary>Cross-table messages list at most this many other tables by name.</summary>
    public int MaxTablesListed { get; init; } = 5;

    /// <summary>BAS-05: targets of the same indicator and unit the region's library must hold before a target is
    /// compared with them.</summary>
    public int LibraryMinTargets { get; init; } = 10;

    /// <summary>BAS-05: a percent target is far below the region's history when it is below the lower quartile by more
    /// than this many interquartile ranges …</summary>
    public decimal LibraryFenceSpreads { get; init; } = 1.5m;

    /// <summary>… and by at least this many percentage points (when nearly every table writes the same value the
    /// interquartile range is 0).</summary>
    public decimal LibraryMinGapPoints { get; init; } = 5;

    /// <summary>TAX-09: indicator rows the region's library must hold before a name it lacks is pointed out.</summary>
    public int LibraryMinRegionRows { get; init; } = 100;
}
