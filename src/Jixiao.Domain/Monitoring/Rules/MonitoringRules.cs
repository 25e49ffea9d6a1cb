namespace Jixiao.Domain.Monitoring.Rules;

/// <summary>The MON rules of DOMAIN.md §11.9, in id order.</summary>
public static class MonitoringRules
{
    public static IReadOnlyList<MonitoringRule> All { get; } =
    [
        new Mon01BudgetProgressRule(),
        new Mon02PositiveIndicatorRule(),
        new Mon03ReverseIndicatorRule(),
        new Mon04DeviationRequiredRule(),
        new Mon05DeviationCategoryRule(),
        new Mon06CheckpointMonthRule(),
        new Mon07KeyMonitoringRule(),
        new Mon08CorrectiveActionRule(),
    ];
}
