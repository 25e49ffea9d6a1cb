namespace Jixiao.Data.Entities;

/// <summary>One indicator row of a <see cref="MonitoringRecord"/>; <see cref="Row"/> is the row of the project's
/// approved table, whose 年度指标值 applies.</summary>
public class MonitoringIndicatorEntry
{
    public long RecordId { get; set; }

    public int Row { get; set; }

    /// <summary>1–N月完成值 as written.</summary>
    public string Actual { get; set; } = string.Empty;

    /// <summary>全年预计完成情况.</summary>
    public string ExpectedAnnual { get; set; } = string.Empty;

    /// <summary>完成目标可能性: 确定能 / 有可能 / 不可能.</summary>
    public string Possibility { get; set; } = string.Empty;

    /// <summary>偏差原因类别 (经费保障 / 制度保障 / 人员保障 / 硬件条件保障 / 其他).</summary>
    public string DeviationCategory { get; set; } = string.Empty;

    public string DeviationReason { get; set; } = string.Empty;

    /// <summary>拟采取的措施.</summary>
    public string Measures { get; set; } = string.Empty;

    public string Remark { get; set; } = string.Empty;
}
