using System.Diagnostics;

namespace Jixiao.Benchmarks;

/// <summary>
/// The read against its anchor by processor time as well as wall time: <c>published-text-timing [rounds]</c> runs
/// decode + split and the read of the benchmark's 1,000 tables in alternation, each round timed by the stopwatch and by
/// the process's processor time (the garbage collector's threads included), and prints the best and the median of
/// each and their ratios. On a machine shared with other builds the wall time of one run swings several-fold while the
/// processor time a read needs moves much less, so the processor-time ratio is the steadier figure.
/// </summary>
internal static class PublishedTextTiming
{
    public static int Run(string[] args)
    {
        var rounds = args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 30;
        var bench = new PublishedTextBenchmarks();
        bench.Setup();
        var process = Process.GetCurrentProcess();
        var anchor = new List<(double Wall, double Cpu)>();
        var read = new List<(double Wall, double Cpu)>();
        (double Wall, double Cpu) Time(Func<int> work, int repeat)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
            process.Refresh();
            var cpu = process.TotalProcessorTime;
            var clock = Stopwatch.StartNew();
            for (var i = 0; i < repeat; i++)
            {
                work();
            }

            clock.Stop();
            process.Refresh();
            return (clock.Elapsed.TotalMilliseconds / repeat, (process.TotalProcessorTime - cpu).TotalMilliseconds / repeat);
        }

        for (var i = 0; i < 3; i++)
        {
            bench.DecodeAndSplitLines();
            bench.Read();
        }

        for (var i = 0; i < rounds; i++)
        {
            // The anchor is short: ten of it per round, so the processor clock's resolution does not swamp it.
            anchor.Add(Time(bench.DecodeAndSplitLines, 10));
            read.Add(Time(bench.Read, 1));
        }

        static double Median(IEnumerable<double> values)
        {
            var sorted = values.Order().ToList();
            return sorted[sorted.Count / 2];
        }

        var (aw, ac, rw, rc) = (anchor.Min(t => t.Wall), anchor.Min(t => t.Cpu), read.Min(t => t.Wall), read.Min(t => t.Cpu));
        var (mw, mc, nw, nc) = (Median(anchor.Select(t => t.Wall)), Median(anchor.Select(t => t.Cpu)), Median(read.Select(t => t.Wall)), Median(read.Select(t => t.Cpu)));
        Console.WriteLine($"{rounds} rounds; {PublishedTextBenchmarks.Tables} tables, {bench.Bytes.Length:N0} bytes");
        Console.WriteLine($"best:   decode+split {aw:F2} ms wall, {ac:F2} ms cpu; read {rw:F1} ms wall, {rc:F1} ms cpu; ratio {rw / aw:F1}× wall, {rc / ac:F1}× cpu");
        Console.WriteLine($"median: decode+split {mw:F2} ms wall, {mc:F2} ms cpu; read {nw:F1} ms wall, {nc:F1} ms cpu; ratio {nw / mw:F1}× wall, {nc / mc:F1}× cpu");
        return 0;
    }
}
