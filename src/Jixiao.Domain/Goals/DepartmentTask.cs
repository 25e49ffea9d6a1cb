namespace Jixiao.Domain.Goals;

/// <summary>One row of 年度主要任务 in a 部门整体支出绩效目标表: 任务名称, 主要内容 and its 预算金额 (总额, and the
/// 财政拨款 / 其他资金 parts where the form splits it). An amount the table leaves empty is null, never 0.</summary>
public sealed record DepartmentTask
{
    public string Name { get; init; } = string.Empty;

    public string Content { get; init; } = string.Empty;

    /// <summary>预算金额 (总额).</summary>
    public Money? Budget { get; init; }

    public Money? FiscalFunds { get; init; }

    public Money? OtherFunds { get; init; }
}
