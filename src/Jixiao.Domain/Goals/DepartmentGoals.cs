namespace Jixiao.Domain.Goals;

/// <summary>Part 1, 部门整体绩效目标: 总体绩效目标, 分项绩效目标 and 工作保障措施.</summary>
public sealed record DepartmentGoals
{
    public string OverallGoal { get; init; } = string.Empty;

    public IReadOnlyList<SubGoal> SubGoals { get; init; } = [];

    public IReadOnlyList<Safeguard> Safeguards { get; init; } = [];

    public bool IsEmpty => OverallGoal.Length == 0 && SubGoals.Count == 0 && Safeguards.Count == 0;

    /// <summary>The safeguard written for <paramref name="subGoal"/>: same title, else same number.</summary>
    public Safeguard? SafeguardFor(SubGoal subGoal) =>
        Safeguards.FirstOrDefault(s => s.Title == subGoal.Title) ?? Safeguards.FirstOrDefault(s => s.Number == subGoal.Number);

    public bool Equals(DepartmentGoals? other) =>
        other is not null && OverallGoal == other.OverallGoal
        && SubGoals.SequenceEqual(other.SubGoals) && Safeguards.SequenceEqual(other.Safeguards);

    public override int GetHashCode() => OverallGoal.GetHashCode(StringComparison.Ordinal);
}
