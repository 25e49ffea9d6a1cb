namespace Jixiao.Data.Entities;

/// <summary>绩效运行监控 of one project at a month-end checkpoint (DOMAIN.md §6.3): spending so far and the
/// expected outcome.</summary>
public class MonitoringRecord
{
    public long Id { get; set; }

    public int ProjectId { get; set; }

    public Project? Project { get; set; }

    /// <summary>1–N月: the checkpoint month.</summary>
    public int Month { get; set; }

    /// <summary>1–N月执行数 in fen.</summary>
    public long SpentFen { get; set; }

    /// <summary>全年预计执行数 in fen.</summary>
    public long? ExpectedAnnualFen { get; set; }

    /// <summary>1–N月实际完成情况 of the annual goal.</summary>
    public string GoalProgress { get; set; } = string.Empty;

    /// <summary>偏差原因 category (经费保障/制度保障/人员保障/硬件条件保障/其他), empty when on track.</summary>
    public string DeviationCategory { get; set; } = string.Empty;

    public string DeviationReason { get; set; } = string.Empty;

    /// <summary>完成目标可能性: 确定能 / 有可能 / 不可能.</summary>
    public string Likelihood { get; set; } = string.Empty;

    /// <summary>Warning light: green, yellow, red, blue.</summary>
    public string Light { get; set; } = string.Empty;

    public string RecordedBy { get; set; } = string.Empty;

    public DateTime RecordedAt { get; set; }
}
