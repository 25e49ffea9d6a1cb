namespace Jixiao.Data.Import;

/// <summary>A document that cannot be stored as it is (no year, duplicate project codes …, or under review and so
/// locked: <see cref="IsLocked"/>); nothing was written.</summary>
public sealed class ImportException(string message, bool isLocked = false) : Exception(message)
{
    /// <summary>The document is submitted, approved or published: its content may not change (docs/workflow.md §3).</summary>
    public bool IsLocked { get; } = isLocked;
}
