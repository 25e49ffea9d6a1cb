using System.Diagnostics.Tracing;
using Jixiao.Documents;
using Jixiao.Documents.Grid.Sources;
using Jixiao.Documents.PublishedText;

namespace Jixiao.Benchmarks;

/// <summary>
/// Which types the published-text reader allocates, and how much per input byte: <c>published-text-allocations
/// [reads] [file]</c> reads the benchmark's 1,000 tables (or a file of the published layout as it is, e.g. the ten tables
/// of tests/Shared/Fixtures/county-culture-2023.txt, whose texts repeat only as much as a real document's do), sampling the runtime's allocation events (one every ≈100 KB, so the
/// per-type figures are estimates; the total is exact), and prints the total per read, the text grid alone, and the
/// types that allocate most. Allocation is deterministic, so this is the figure to compare on a loaded machine.
/// </summary>
internal static class PublishedTextAllocations
{
    public static int Run(string[] args)
    {
        var reads = args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 10;
        var bench = new PublishedTextBenchmarks();
        bench.Setup();
        var bytes = args.Length > 2 ? File.ReadAllBytes(args[2]) : bench.Bytes;
        int Read() => PublishedTextReader.Read(bytes).Document.Projects.Count;
        for (var i = 0; i < 3; i++)
        {
            Read();
        }

        var before = GC.GetAllocatedBytesForCurrentThread();
        var text = TextDecoding.Decode(bytes);
        var decoded = GC.GetAllocatedBytesForCurrentThread() - before;
        before = GC.GetAllocatedBytesForCurrentThread();
        _ = TextGridReader.Read(text, "bench.txt", Documents.GoalTables.GoalDocumentReader.IsHeading);
        var grid = GC.GetAllocatedBytesForCurrentThread() - before;

        using var listener = new AllocationListener();
        before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < reads; i++)
        {
            Read();
        }

        var total = (GC.GetAllocatedBytesForCurrentThread() - before) / (double)reads;
        Console.WriteLine($"input {bytes.Length:N0} bytes; per read: {total / 1e6:F2} MB ({total / bytes.Length:F1} B/byte); "
                          + $"decode {decoded / 1e6:F2} MB; text grid alone {grid / 1e6:F2} MB");
        var sampled = listener.ByType.Values.Sum();
        foreach (var (type, amount) in listener.ByType.OrderByDescending(p => p.Value).Take(25))
        {
            Console.WriteLine($"{amount / (double)sampled,7:P1}  {amount / (double)reads / 1e6,7:F2} MB  {type}");
        }

        return 0;
    }

    private sealed class AllocationListener : EventListener
    {
        public Dictionary<string, long> ByType { get; } = [];

        protected override void OnEventSourceCreated(EventSource source)
        {
            if (source.Name == "Microsoft-Windows-DotNETRuntime")
            {
                EnableEvents(source, EventLevel.Verbose, (EventKeywords)0x1); // GC keyword: AllocationTick
            }
        }

        protected override void OnEventWritten(EventWrittenEventArgs e)
        {
            if (e.EventName != "GCAllocationTick_V4" || e.Payload is null)
            {
                return;
            }

            var type = e.Payload[e.PayloadNames!.IndexOf("TypeName")] as string ?? "?";
            var amount = Convert.ToInt64(e.Payload[e.PayloadNames.IndexOf("AllocationAmount64")], System.Globalization.CultureInfo.InvariantCulture);
            lock (ByType)
            {
                ByType[type] = ByType.GetValueOrDefault(type) + amount;
            }
        }
    }
}
