namespace Jixiao.Domain.Monitoring;

/// <summary>MON-07 (太原, S22): projects of at least <see cref="MinBudgetWanYuan"/> 万元 that have spent less than
/// <see cref="MaxExecutionPercent"/>% by the end of <see cref="FromMonth"/> are candidates for key monitoring.</summary>
public sealed record KeyMonitoringRule(decimal MinBudgetWanYuan, decimal MaxExecutionPercent, int FromMonth);
