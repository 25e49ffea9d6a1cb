using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using Jixiao.Domain.Goals;
using Jixiao.Domain.Review;

namespace Jixiao.Benchmarks;

/// <summary>
/// Review throughput: one document of 100,000 generated tables (≈1.8 million indicator rows) through every rule,
/// including the rules across tables. Throughput = tables (or rows) ÷ mean time; see docs/performance.md.
/// Run: dotnet run -c Release --project bench/Jixiao.Benchmarks -- --filter '*ReviewBenchmarks*'
/// </summary>
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 3)]
[MemoryDiagnoser]
public class ReviewBenchmarks
{
    private PerformanceDocument _document = null!;
    private readonly ReviewEngine _engine = new();

    [Params(100_000)]
    public int Tables { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _document = ReviewWorkload.Generate(Tables);
        var rows = _document.Projects.Sum(p => p.Indicators.Count);
        Console.WriteLine($"// 生成 {Tables} 张表，{rows} 行指标（平均每表 {(double)rows / Tables:0.0} 行）");
    }

    [Benchmark]
    public int ReviewDocument() => _engine.Review(_document).Findings.Count;
}
