namespace Jixiao.Domain.Monitoring;

/// <summary>The light of one indicator at the checkpoint, with how it was found.</summary>
public sealed record IndicatorProgress(int Row, MonitoringIndicator Indicator, Light Light, decimal? Ratio, string Explanation)
{
    /// <summary>Why no light could be given (Chinese), or null.</summary>
    public string? Problem { get; init; }

    /// <summary>正向/等于 (pro-rata ratio), 反向 (limit) or 定性.</summary>
    public string Kind { get; init; } = string.Empty;
}
