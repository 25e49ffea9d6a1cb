namespace Jixiao.Data.Entities;

/// <summary>执行数 entered by form: the cumulative amount spent on the project from 1 January up to <see cref="AsOf"/>.</summary>
public class SpendingEntry
{
    public long ExecutionId { get; set; }

    public DateOnly AsOf { get; set; }

    /// <summary>Cumulative 执行数 in fen.</summary>
    public long SpentFen { get; set; }

    public string RecordedBy { get; set; } = string.Empty;

    public DateTime RecordedAt { get; set; }
}
