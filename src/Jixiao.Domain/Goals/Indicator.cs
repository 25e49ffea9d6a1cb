namespace Jixiao.Domain.Goals;

/// <summary>One row of the three-level indicator table (一级/二级/三级指标, 绩效指标描述, 指标值, 指标值确定依据).</summary>
public sealed record Indicator
{
    public string Level1 { get; init; } = string.Empty;

    public string Level2 { get; init; } = string.Empty;

    /// <summary>三级指标.</summary>
    public string Name { get; init; } = string.Empty;

    /// <summary>绩效指标描述.</summary>
    public string Description { get; init; } = string.Empty;

    /// <summary>指标值.</summary>
    public TargetValue Target { get; init; } = TargetValue.Empty;

    /// <summary>指标值确定依据.</summary>
    public string TargetBasis { get; init; } = string.Empty;
}
