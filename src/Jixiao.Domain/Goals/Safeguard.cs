namespace Jixiao.Domain.Goals;

/// <summary>工作保障措施 for one sub-goal: "（一）办案问责完成保障措施：…". <see cref="Title"/> is the part before
/// "完成保障措施" (normally the sub-goal's title), so the two can be matched.</summary>
public sealed record Safeguard
{
    public int Number { get; init; }

    public string Title { get; init; } = string.Empty;

    public string Text { get; init; } = string.Empty;
}
