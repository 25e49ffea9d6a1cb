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
        new Mon09LightReasonRule(),
    ];

    /// <summary>The rules about the money alone (spending against time and plan, key-project candidates): they
    /// still apply to a form nobody has filled in yet, because 执行数 comes from the payments.</summary>
    public static IReadOnlyList<MonitoringRule> OnSpending { get; } = [.. All.Where(r => r is Mon01BudgetProgressRule or Mon07KeyMonitoringRule)];
}
