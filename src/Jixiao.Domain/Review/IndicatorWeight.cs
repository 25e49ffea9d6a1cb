namespace Jixiao.Domain.Review;

/// <summary>The 分值 an indicator row carries, matched by project code and 三级指标 name.</summary>
public sealed record IndicatorWeight(string ProjectCode, string IndicatorName, decimal Points);
