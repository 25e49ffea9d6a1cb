using Jixiao.Domain.Monitoring;

namespace Jixiao.Application.Execution;

/// <summary>A 监控表 with its lights and findings, the execution data it was prefilled from, and who saved it
/// (null while it is only a prefilled draft).</summary>
public sealed record MonitoringView(MonitoredProject Monitored, ExecutionData Execution, string? RecordedBy, DateTime? RecordedAt)
{
    public bool Stored => RecordedBy is not null;
}
