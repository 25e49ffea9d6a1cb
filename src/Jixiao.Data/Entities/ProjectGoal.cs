namespace Jixiao.Data.Entities;

/// <summary>A numbered 绩效目标 of a project version, in table order (<see cref="Position"/>).</summary>
public class ProjectGoal
{
    public long VersionId { get; set; }

    public int Position { get; set; }

    public int Number { get; set; }

    public string Text { get; set; } = string.Empty;
}
