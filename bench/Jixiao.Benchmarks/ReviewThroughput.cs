using System.Diagnostics;
using Jixiao.Domain.Review;

namespace Jixiao.Benchmarks;

/// <summary>
/// A quick throughput run next to the BenchmarkDotNet benchmark: generates N tables, reviews them three times and
/// prints wall time, process CPU time, GC pause, bytes allocated, collections per generation, tables/s and rows/s of the best run. CPU time shows the cost when the
/// machine is shared (wall time then depends on the other load).
/// Run: dotnet run -c Release --project bench/Jixiao.Benchmarks -- review-throughput [tables]
/// </summary>
public static class ReviewThroughput
{
    public static int Run(string[] args)
    {
        var tables = args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 100_000;
        var document = ReviewWorkload.Generate(tables);
        var rows = document.Projects.Sum(p => p.Indicators.Count);
        Console.WriteLine($"生成 {tables} 张表，{rows} 行指标；处理器 {Environment.ProcessorCount} 个");
        var engine = new ReviewEngine();
        var process = Process.GetCurrentProcess();
        var best = TimeSpan.MaxValue;
        for (var run = 1; run <= 3; run++)
        {
            process.Refresh();
            var cpu = process.TotalProcessorTime;
            var pause = GC.GetTotalPauseDuration();
            var allocated = GC.GetTotalAllocatedBytes(precise: true);
            var (gen0, gen1, gen2) = (GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2));
            var clock = Stopwatch.StartNew();
            var report = engine.Review(document);
            clock.Stop();
            process.Refresh();
            var used = process.TotalProcessorTime - cpu;
            var bytes = GC.GetTotalAllocatedBytes(precise: true) - allocated;
            best = clock.Elapsed < best ? clock.Elapsed : best;
            Console.WriteLine($"第 {run} 次：{clock.Elapsed.TotalSeconds:0.00} s（CPU {used.TotalSeconds:0.00} s，GC 暂停 {(GC.GetTotalPauseDuration() - pause).TotalSeconds:0.00} s，"
                + $"分配 {bytes / 1e9:0.00} GB，GC {GC.CollectionCount(0) - gen0}/{GC.CollectionCount(1) - gen1}/{GC.CollectionCount(2) - gen2} 次（0/1/2 代）），问题 {report.Findings.Count} 条，"
                + $"{tables / clock.Elapsed.TotalSeconds:0} 表/s，{rows / clock.Elapsed.TotalSeconds:0} 行/s");
        }

        Console.WriteLine($"最好：{best.TotalSeconds:0.00} s，{tables / best.TotalSeconds:0} 表/s，{rows / best.TotalSeconds:0} 行/s");
        return 0;
    }
}
