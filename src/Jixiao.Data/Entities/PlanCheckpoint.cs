namespace Jixiao.Data.Entities;

/// <summary>资金支出计划: the cumulative percentage planned to be spent by the end of <see cref="Month"/>.</summary>
public class PlanCheckpoint
{
    public long VersionId { get; set; }

    public int Month { get; set; }

    public decimal CumulativePercent { get; set; }
}
