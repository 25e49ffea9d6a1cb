namespace Jixiao.Data.Entities;

/// <summary>分项绩效目标 of a department document, in document order (<see cref="Position"/>).</summary>
public class DocumentSubGoal
{
    public int DocumentId { get; set; }

    public int Position { get; set; }

    public int Number { get; set; }

    public string Title { get; set; } = string.Empty;

    public string GoalText { get; set; } = string.Empty;

    public string IndicatorText { get; set; } = string.Empty;
}
