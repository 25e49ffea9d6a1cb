namespace Jixiao.Data.Audit;

/// <summary>The audit keys of one document: its own (imports, Part 1, transitions, comments) and those of its
/// projects (table edits, execution data, monitoring, self-evaluation), which are recorded by year/code.</summary>
public sealed record AuditDocumentKeys(string DocumentKey, IReadOnlyList<string> ProjectKeys);
