using Jixiao.Domain.Workflow.Audit;

namespace Jixiao.Application.Audit;

/// <summary>One page of the log, newest first, and whether newer or older entries match the same filter.</summary>
public sealed record AuditPage(IReadOnlyList<AuditLogEntry> Entries, bool HasNewer, bool HasOlder)
{
    /// <summary>The cursor for 上一页 (newer): entries after the newest shown.</summary>
    public long? NewerCursor => HasNewer && Entries.Count > 0 ? Entries[0].Sequence : null;

    /// <summary>The cursor for 下一页 (older): entries before the oldest shown.</summary>
    public long? OlderCursor => HasOlder && Entries.Count > 0 ? Entries[^1].Sequence : null;
}
