namespace Jixiao.Domain.Workflow;

/// <summary>A saved version of a record as the storage layer knows it: its version token, who saved it, when, and
/// what changed against the version before (DocumentComparer lines).</summary>
public sealed record SavedVersion(long Version, string SavedBy, DateTimeOffset SavedAt, IReadOnlyList<string> Changes);
