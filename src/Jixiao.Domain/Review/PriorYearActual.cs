namespace Jixiao.Domain.Review;

/// <summary>Last year's actual value of an indicator (实际完成值), matched by project code and 三级指标 name.</summary>
public sealed record PriorYearActual(string ProjectCode, string IndicatorName, decimal Value);
