namespace Jixiao.Application.Execution;

/// <summary>累计执行数 (万元) from 1 January up to <see cref="AsOf"/>.</summary>
public sealed class SpendingEntryInput
{
    public DateOnly? AsOf { get; set; }

    public string? Spent { get; set; }
}
