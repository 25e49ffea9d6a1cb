using BenchmarkDotNet.Attributes;
using Jixiao.Domain.Workflow.Audit;

namespace Jixiao.Benchmarks;

/// <summary>
/// Sealing and verifying the audit hash chain. 100,000 entries is several years of a county's edits (a save of one
/// project writes one entry per changed field); the verifier reads the whole log, so its throughput decides how long
/// the integrity check page takes.
/// </summary>
[MemoryDiagnoser]
public class AuditChainBenchmarks
{
    private AuditLogEntry[] _drafts = [];
    private IReadOnlyList<AuditLogEntry> _log = [];

    [Params(100_000)]
    public int Entries { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var start = new DateTimeOffset(2026, 1, 5, 1, 0, 0, TimeSpan.Zero);
        _drafts = [.. Enumerable.Range(0, Entries).Select(i => new AuditLogEntry
        {
            At = start.AddSeconds(i * 7),
            User = i % 3 == 0 ? "李审" : "张敏",
            Role = i % 3 == 0 ? "审核" : "单位填报",
            IpAddress = "10.12.0.31",
            Action = "修改",
            EntityType = "预算项目",
            EntityId = "13068222P00675410002L",
            Field = $"指标[{(i % 9) + 1}].指标值",
            OldValue = "100百分比",
            NewValue = "≥95%",
        })];
        _log = AuditChain.AppendAll(null, _drafts);
    }

    [Benchmark(Description = "seal (append) all entries")]
    public int Append() => AuditChain.AppendAll(null, _drafts).Count;

    [Benchmark(Description = "verify whole chain")]
    public bool Verify() => AuditChainVerifier.Verify(_log, AuditAnchor.Of(_log[^1])).IsIntact;
}
