using System.Diagnostics;
using Jixiao.Domain.Review;

namespace Jixiao.Benchmarks;

/// <summary>
/// Where a review's time and memory go: reviews the generated document with no rule (context and scoring only), then
/// with each rule alone, and prints CPU time and bytes allocated of each, costliest first. Used to pick what to
/// optimise; the figures are per single-rule review, so the "no rule" line is included in every other line.
/// Run: dotnet run -c Release --project bench/Jixiao.Benchmarks -- review-rule-costs [tables]
/// </summary>
public static class ReviewRuleCosts
{
    public static int Run(string[] args)
    {
        var tables = args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 20_000;
        var document = ReviewWorkload.Generate(tables);
        var process = Process.GetCurrentProcess();
        var costs = new List<(string Rule, double Cpu, long Bytes, int Findings)>();
        foreach (var rules in new[] { Array.Empty<ReviewRule>() }.Concat(ReviewRules.All.Select(r => new[] { r })))
        {
            var engine = new ReviewEngine(rules);
            engine.Review(document);
            GC.Collect();
            process.Refresh();
            var cpu = process.TotalProcessorTime;
            var allocated = GC.GetTotalAllocatedBytes(precise: true);
            var report = engine.Review(document);
            var bytes = GC.GetTotalAllocatedBytes(precise: true) - allocated;
            process.Refresh();
            costs.Add((rules.Length == 0 ? "（无规则）" : rules[0].Id, (process.TotalProcessorTime - cpu).TotalSeconds, bytes, report.Findings.Count));
        }

        foreach (var (rule, cpu, bytes, findings) in costs.OrderByDescending(c => c.Bytes))
        {
            Console.WriteLine($"{rule,-8} CPU {cpu,6:0.00} s  分配 {bytes / 1e6,8:0.0} MB  问题 {findings}");
        }

        return 0;
    }
}
