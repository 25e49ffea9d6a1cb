namespace Jixiao.Domain.Monitoring;

/// <summary>The lights of one monitoring report: budget vs elapsed time (MON-01), budget vs the project's own
/// spending plan, each indicator (MON-02/03), and the project light = the worst of them.</summary>
public sealed record MonitoringAssessment
{
    public required MonitoringReport Report { get; init; }

    public required MonitoringProfile Profile { get; init; }

    /// <summary>执行率 as a fraction.</summary>
    public decimal? ExecutionRate { get; init; }

    /// <summary>r = 执行率 ÷ (m/12) × 100.</summary>
    public decimal? TimeRatio { get; init; }

    public Light BudgetLight { get; init; }

    public required string BudgetExplanation { get; init; }

    /// <summary>The plan's cumulative percent at the end of month m; null without a plan.</summary>
    public decimal? PlannedPercent { get; init; }

    /// <summary>执行率 ÷ planned share × 100.</summary>
    public decimal? PlanRatio { get; init; }

    public Light PlanLight { get; init; }

    public required string PlanExplanation { get; init; }

    public required IReadOnlyList<IndicatorProgress> Indicators { get; init; }

    public Light ProjectLight => Indicators.Select(i => i.Light).Append(BudgetLight).Append(PlanLight).Worst();

    public Light GoalLight => Indicators.Select(i => i.Light).Worst();

    public string ProjectLightExplanation =>
        $"项目灯 = 各部分最差：预算执行（时间进度）{BudgetLight.ToChinese()}，支出计划 {PlanLight.ToChinese()}，指标 {GoalLight.ToChinese()} → {ProjectLight.ToChinese()}";
}
