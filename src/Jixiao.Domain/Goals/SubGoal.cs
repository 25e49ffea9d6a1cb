namespace Jixiao.Domain.Goals;

/// <summary>分项绩效目标: "（一）办案问责" with its 绩效目标 and 绩效指标 text.</summary>
public sealed record SubGoal
{
    public int Number { get; init; }

    public string Title { get; init; } = string.Empty;

    /// <summary>The text after "绩效目标：".</summary>
    public string GoalText { get; init; } = string.Empty;

    /// <summary>The text after "绩效指标：".</summary>
    public string IndicatorText { get; init; } = string.Empty;
}
