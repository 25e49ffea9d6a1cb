namespace Jixiao.Domain.Evaluation;

/// <summary>
/// The points a 自评表 itself prints, as opposed to those of a scoring profile: 10 or 20 for 预算执行 (0 when the form
/// scores no execution), "绩效指标(90分)" for all rows together, points per 一级 or 二级 group, and the 合计 / 总分 row's
/// 分值. Everything is optional; what is not printed comes from the profile.
/// </summary>
public sealed record PointsLayout
{
    public static PointsLayout None { get; } = new();

    /// <summary>分值 of 预算执行 (权重 10, "(20分)"); 0 when the form has no execution score; null when not printed.</summary>
    public decimal? BudgetPoints { get; init; }

    /// <summary>Points of all indicator rows together ("绩效指标(90分)", "年度绩效目标(80分)").</summary>
    public decimal? IndicatorPoints { get; init; }

    public IReadOnlyList<DeclaredGroup> Groups { get; init; } = [];

    /// <summary>分值 printed on the 合计 / 总分 row (100).</summary>
    public decimal? TotalPoints { get; init; }

    /// <summary>Where the budget points were read ("权重 10", "预算执行情况(万元) (20分)"), for explanations.</summary>
    public string BudgetSource { get; init; } = string.Empty;

    public bool IsEmpty => BudgetPoints is null && IndicatorPoints is null && Groups.Count == 0 && TotalPoints is null;
}
