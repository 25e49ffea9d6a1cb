using System.Text;
using BenchmarkDotNet.Attributes;
using Jixiao.Documents;
using Jixiao.Documents.PublishedText;
using Jixiao.Domain.Goals;

namespace Jixiao.Benchmarks;

/// <summary>
/// Reading and writing the published text. The input is the seed's ten tables repeated to 1,000 tables
/// (≈2 MB of UTF-8), so per-call overhead does not hide the parser's throughput. The baseline decodes the same
/// bytes and splits them into lines: the least any reader has to do.
/// </summary>
[MemoryDiagnoser]
public class PublishedTextBenchmarks
{
    private byte[] _bytes = [];
    private PerformanceDocument _document = new();

    public static int Tables => 1000;

    /// <summary>The input, for the allocation probe (<see cref="PublishedTextAllocations"/>).</summary>
    internal byte[] Bytes => _bytes;

    [GlobalSetup]
    public void Setup()
    {
        var seed = PublishedTextReader.Read(File.ReadAllBytes(SeedLocator.SeedPath())).Document;
        var projects = Enumerable.Range(0, Tables)
            .Select(i => seed.Projects[i % seed.Projects.Count] with { Sequence = i + 1 })
            .ToList();
        _document = seed with { Projects = projects };
        _bytes = Encoding.UTF8.GetBytes(PublishedTextWriter.Write(_document));
        Console.WriteLine($"// input: {Tables} tables, {_bytes.Length:N0} bytes");
    }

    [Benchmark(Baseline = true, Description = "decode + split lines")]
    public int DecodeAndSplitLines()
    {
        var text = TextDecoding.Decode(_bytes);
        var count = 0;
        foreach (var _ in text.AsSpan().EnumerateLines())
        {
            count++;
        }

        return count;
    }

    [Benchmark(Description = "read published text")]
    public int Read() => PublishedTextReader.Read(_bytes).Document.Projects.Count;

    [Benchmark(Description = "write published text")]
    public int Write() => PublishedTextWriter.Write(_document).Length;
}
