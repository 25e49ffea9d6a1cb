namespace Jixiao.Domain.Goals;

/// <summary>
/// 资金支出计划（%）: cumulative percentages at month-end checkpoints. The Hebei form uses 3/6/10/12月底,
/// but any set of months is allowed.
/// </summary>
public sealed record SpendingPlan
{
    public SpendingPlan(IEnumerable<SpendingCheckpoint> checkpoints) => Checkpoints = [.. checkpoints];

    public IReadOnlyList<SpendingCheckpoint> Checkpoints { get; }

    public static SpendingPlan Empty { get; } = new([]);

    public static IReadOnlyList<int> HebeiMonths { get; } = [3, 6, 10, 12];

    public bool IsEmpty => Checkpoints.Count == 0;

    /// <summary>The planned cumulative percentage at the end of <paramref name="month"/>, interpolated linearly
    /// between checkpoints (0 at the start of the year), or null for an empty plan.</summary>
    public decimal? PlannedPercentAt(int month)
    {
        if (IsEmpty)
        {
            return null;
        }

        var previousMonth = 0;
        var previousPercent = 0m;
        foreach (var checkpoint in Checkpoints)
        {
            if (month <= checkpoint.Month)
            {
                if (checkpoint.Month == previousMonth)
                {
                    return checkpoint.CumulativePercent;
                }

                return previousPercent + ((checkpoint.CumulativePercent - previousPercent) * (month - previousMonth) / (checkpoint.Month - previousMonth));
            }

            previousMonth = checkpoint.Month;
            previousPercent = checkpoint.CumulativePercent;
        }

        return previousPercent;
    }

    public bool Equals(SpendingPlan? other) => other is not null && Checkpoints.SequenceEqual(other.Checkpoints);

    public override int GetHashCode() => Checkpoints.Count;
}
