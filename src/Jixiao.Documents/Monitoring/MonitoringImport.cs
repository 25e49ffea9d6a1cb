namespace Jixiao.Documents.Monitoring;

/// <summary>What a file held: every 监控表 found in it, in order.</summary>
public sealed record MonitoringImport(string FileName, IReadOnlyList<ImportedMonitoring> Forms)
{
    public ImportedMonitoring First => Forms[0];
}
