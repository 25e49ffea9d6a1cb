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
    ];
}
