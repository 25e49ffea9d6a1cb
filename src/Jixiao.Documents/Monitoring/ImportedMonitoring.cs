using Jixiao.Documents.FormReading;
using Jixiao.Domain.Monitoring;

namespace Jixiao.Documents.Monitoring;

/// <summary>One 监控表 read from a file: the report as the unit filled it in, its money unit and where that was read,
/// and the rows that were skipped with why.</summary>
public sealed record ImportedMonitoring
{
    public required MonitoringReport Report { get; init; }

    public required MoneyUnitReading MoneyUnit { get; init; }

    public required string TableName { get; init; }

    public IReadOnlyList<SkippedRow> Skipped { get; init; } = [];
}
