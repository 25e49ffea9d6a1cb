namespace Jixiao.Application.Execution;

/// <summary>One indicator row of <see cref="MonitoringInput"/>.</summary>
public sealed class MonitoringIndicatorInput
{
    /// <summary>Row of the approved table (1-based).</summary>
    public int Row { get; set; }

    /// <summary>1–N月完成值.</summary>
    public string? Actual { get; set; }

    /// <summary>全年预计完成情况.</summary>
    public string? ExpectedAnnual { get; set; }

    /// <summary>完成目标可能性.</summary>
    public string? Possibility { get; set; }

    /// <summary>偏差原因类别.</summary>
    public string? DeviationCategory { get; set; }

    public string? DeviationReason { get; set; }

    /// <summary>拟采取的措施.</summary>
    public string? Measures { get; set; }

    public string? Remark { get; set; }
}
