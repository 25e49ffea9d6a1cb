namespace Jixiao.Domain.Goals;

/// <summary>One amount of a department's funds as its 部门整体支出绩效目标表 prints it: 金额合计, 财政拨款, 其他资金,
/// and on forms with 收入构成 / 支出构成 the 基本支出, 项目支出 and their 合计, with the 占比 printed beside it.</summary>
public sealed record DepartmentFund
{
    /// <summary>The block the amount stands in ("收入构成", "支出构成"), or empty.</summary>
    public string Group { get; init; } = string.Empty;

    /// <summary>The label as printed ("财政拨款", "基本支出", "合计").</summary>
    public string Label { get; init; } = string.Empty;

    /// <summary>Null when the table leaves the amount empty.</summary>
    public Money? Amount { get; init; }

    /// <summary>占比 as printed ("74.8%"), or empty.</summary>
    public string Share { get; init; } = string.Empty;
}
