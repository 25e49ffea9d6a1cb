using BenchmarkDotNet.Attributes;
using Jixiao.Documents;
using Jixiao.Documents.Excel;
using Jixiao.Documents.Office;
using Jixiao.Documents.PublishedText;
using Jixiao.Documents.Word;
using Jixiao.Domain.Goals;

namespace Jixiao.Benchmarks;

/// <summary>
/// Word and Excel export and import of a large department: the seed's ten tables repeated to 100 tables
/// (900 indicator rows). The guard alone (unpacking every part with a CRC check) is measured separately, since
/// it runs before every read.
/// </summary>
[MemoryDiagnoser]
public class OfficeBenchmarks
{
    private PerformanceDocument _document = new();
    private byte[] _docx = [];
    private byte[] _xlsx = [];

    public static int Tables => 100;

    [GlobalSetup]
    public void Setup()
    {
        var seed = PublishedTextReader.Read(File.ReadAllBytes(SeedLocator.SeedPath())).Document;
        var projects = Enumerable.Range(0, Tables)
            .Select(i => seed.Projects[i % seed.Projects.Count] with { Sequence = i + 1, ProjectCode = seed.Projects[i % seed.Projects.Count].ProjectCode[..^4] + (i + 1000).ToString(System.Globalization.CultureInfo.InvariantCulture) })
            .ToList();
        _document = seed with { Projects = projects };
        _docx = WordWriter.Write(_document);
        _xlsx = ExcelBulkWriter.Write(_document);
        Console.WriteLine($"// input: {Tables} tables, docx {_docx.Length:N0} bytes, xlsx {_xlsx.Length:N0} bytes");
    }

    [Benchmark(Description = "write .docx")]
    public int WriteDocx() => WordWriter.Write(_document).Length;

    [Benchmark(Description = "read .docx")]
    public int ReadDocx() => WordReader.Read(_docx).Document.Projects.Count;

    [Benchmark(Description = "write .xlsx (bulk)")]
    public int WriteXlsx() => ExcelBulkWriter.Write(_document).Length;

    [Benchmark(Description = "read .xlsx (bulk)")]
    public int ReadXlsx() => ExcelReader.Read(_xlsx).Document.Projects.Count;

    [Benchmark(Description = "write .xlsx (official, sheet per project)")]
    public int WriteTables() => ExcelTablesWriter.Write(_document).Length;

    [Benchmark(Description = "guard .docx only")]
    public bool GuardDocx() => OfficePackageGuard.Check(_docx, OfficeKind.Word, OfficeLimits.Default) is null;
}
