using Jixiao.Data.Audit;
namespace Jixiao.Application.Audit;

/// <summary>What an auditor narrows the log to: record type, the person, the action, the field (part of its name),
/// the record (part of its key), a time range (UTC, the end exclusive) and one document with its projects
/// (<see cref="DocumentKeys"/>). Empty parts do not filter.</summary>
public sealed record AuditFilter
{
    public string? EntityType { get; init; }

    public string? User { get; init; }

    public string? Action { get; init; }

    public string? Field { get; init; }

    public string? EntityKey { get; init; }

    public DateTime? FromUtc { get; init; }

    public DateTime? ToUtc { get; init; }

    /// <summary>Limits the log to one document: its own key and the keys of its projects.</summary>
    public AuditDocumentKeys? DocumentKeys { get; init; }
}
