using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using Jixiao.Domain.Goals;
using Jixiao.Domain.Review;

namespace Jixiao.Benchmarks;

/// <summary>
/// Review throughput: one document of 100,000 generated tables (≈1.8 million indicator rows) through every rule,
/// including the rules across tables. Throughput = tables (or rows) ÷ mean time; see docs/performance.md.
/// Run: dotnet run -c Release --project bench/Jixiao.Benchmarks -- --filter '*ReviewBenchmarks*'
/// </summary>
[Config(typeof(ReviewBenchmarks.ShortInProcess))]
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

    /// <summary>One warm-up and three measured runs of a multi-second operation, in the host process: on a shared
    /// machine the separate boilerplate build of the default toolchain can exceed BenchmarkDotNet's build timeout.</summary>
    private sealed class ShortInProcess : ManualConfig
    {
        public ShortInProcess() => AddJob(Job.Default.WithStrategy(RunStrategy.Monitoring).WithLaunchCount(1)
            .WithWarmupCount(1).WithIterationCount(3).WithToolchain(InProcessEmitToolchain.Instance));
    }
}
