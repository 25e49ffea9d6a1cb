namespace Jixiao.Data.Entities;

/// <summary>项目支出绩效目标执行监控表 of one project for months 1–<see cref="Month"/> (DOMAIN.md §6.3), as the unit
/// filled it in. The lights and MON findings are computed from it and the region's 监控方案 when shown, so a change
/// of thresholds applies at once.</summary>
public class MonitoringRecord
{
    public long Id { get; set; }

    public int ProjectId { get; set; }

    public Project? Project { get; set; }

    /// <summary>1–N月: the checkpoint month.</summary>
    public int Month { get; set; }

    /// <summary>年初预算数 in fen.</summary>
    public long InitialBudgetFen { get; set; }

    /// <summary>调整后预算数 in fen; null when not adjusted.</summary>
    public long? AdjustedBudgetFen { get; set; }

    /// <summary>1–N月执行数 in fen.</summary>
    public long SpentFen { get; set; }

    /// <summary>全年预计执行数 in fen.</summary>
    public long? ExpectedAnnualFen { get; set; }

    /// <summary>年度总体目标 — 1–N月实际完成情况.</summary>
    public string GoalProgress { get; set; } = string.Empty;

    /// <summary>纠偏措施.</summary>
    public string CorrectiveAction { get; set; } = string.Empty;

    public List<MonitoringIndicatorEntry> Indicators { get; set; } = [];

    public string RecordedBy { get; set; } = string.Empty;

    public DateTime RecordedAt { get; set; }
}
