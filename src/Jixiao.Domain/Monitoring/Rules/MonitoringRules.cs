namespace Jixiao.Domain.Monitoring.Rules;

/// <summary>The MON rules of DOMAIN.md §11.9, in id order.</summary>
public static class MonitoringRules
{
    public static IReadOnlyList<MonitoringRule> All { get; } =
    [
        new Mon01BudgetProgress(),
        new Mon02PositiveIndicator(),
        new Mon03ReverseIndicator(),
        new Mon04DeviationRequired(),
        new Mon05DeviationCategory(),
        new Mon06CheckpointMonth(),
        new Mon07KeyMonitoring(),
        new Mon08CorrectiveAction(),
        new Mon09LightReason(),
    ];

    /// <summary>The rules about the money alone (spending against time and plan, key-project candidates): they
    /// still apply to a form nobody has filled in yet, because 执行数 comes from the payments.</summary>
    public static IReadOnlyList<MonitoringRule> OnSpending { get; } = [.. All.Where(r => r is Mon01BudgetProgress or Mon07KeyMonitoring)];
}
