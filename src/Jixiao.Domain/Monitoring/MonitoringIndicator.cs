using Jixiao.Domain.Goals;

namespace Jixiao.Domain.Monitoring;

/// <summary>One indicator row of the 项目支出绩效目标执行监控表 (DOMAIN.md §6.3).</summary>
public sealed record MonitoringIndicator
{
    public string Level1 { get; init; } = string.Empty;

    public string Level2 { get; init; } = string.Empty;

    /// <summary>三级指标.</summary>
    public string Name { get; init; } = string.Empty;

    /// <summary>年度指标值.</summary>
    public TargetValue Target { get; init; } = TargetValue.Empty;

    /// <summary>1–N月实际完成值, as written ("60", "45%", "达成目标").</summary>
    public string Actual { get; init; } = string.Empty;

    /// <summary>全年预计完成情况.</summary>
    public string ExpectedAnnual { get; init; } = string.Empty;

    /// <summary>完成目标可能性: 确定能 / 有可能 / 不可能.</summary>
    public string Possibility { get; init; } = string.Empty;

    /// <summary>偏差原因类别: 经费保障 / 制度保障 / 人员保障 / 硬件条件保障 / 其他 (profile).</summary>
    public string DeviationCategory { get; init; } = string.Empty;

    /// <summary>偏差原因分析.</summary>
    public string DeviationReason { get; init; } = string.Empty;

    /// <summary>拟采取的措施 (改进措施).</summary>
    public string Measures { get; init; } = string.Empty;

    /// <summary>备注.</summary>
    public string Remark { get; init; } = string.Empty;

    /// <summary>Where the row is in the file it was read from ("第 12 行", "C12"); empty for rows entered here.</summary>
    public string Place { get; init; } = string.Empty;

    /// <summary>Nothing is filled in for the period.</summary>
    public bool IsBlank =>
        Actual.Trim().Length == 0 && ExpectedAnnual.Trim().Length == 0 && Possibility.Trim().Length == 0
        && DeviationReason.Trim().Length == 0 && Measures.Trim().Length == 0;
}
