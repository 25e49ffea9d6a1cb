using BenchmarkDotNet.Attributes;
using DocumentFormat.OpenXml.Packaging;
using Jixiao.Documents;
using Jixiao.Documents.Grid.Sources;
using Jixiao.Documents.Excel;
using Jixiao.Documents.Office;
using Jixiao.Documents.PublishedText;
using Jixiao.Documents.Word;
using Jixiao.Domain.Goals;

namespace Jixiao.Benchmarks;

/// <summary>
/// Word and Excel export and import of a large department: the seed's ten tables repeated to 100 tables
/// (900 indicator rows). The guard alone (unpacking every part with a CRC check) is measured separately, since
/// it runs before every read. The goal-table reader reads Word through a one-pass grid; for comparison in the same
/// run: the grid alone, the OpenXml DOM load the previous reader started with (its floor), and 100 provincial
/// tables (the 南岳 corpus file's two 绩效目标申报表 repeated 50 times). The bulk workbook is read the same way (one
/// pass over each part), with the DOM load of its parts as the anchor.
/// </summary>
[MemoryDiagnoser]
public class OfficeBenchmarks
{
    private PerformanceDocument _document = new();
    private byte[] _docx = [];
    private byte[] _xlsx = [];
    private byte[] _provincial = [];

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
        _provincial = Repeat(File.ReadAllBytes(SeedLocator.RepositoryFile("tests/Jixiao.Documents.Tests/Fixtures/corpus/hunan-nanyue-2018-fupin.docx")), Tables / 2);
        Console.WriteLine($"// input: {Tables} tables, docx {_docx.Length:N0} bytes, xlsx {_xlsx.Length:N0} bytes, provincial docx {_provincial.Length:N0} bytes");
    }

    [Benchmark(Description = "write .docx")]
    public int WriteDocx() => WordWriter.Write(_document).Length;

    [Benchmark(Description = "read .docx")]
    public int ReadDocx() => WordReader.Read(_docx).Document.Projects.Count;

    [Benchmark(Description = "read .docx: grid only (one pass over document.xml)")]
    public int ReadDocxGrid() => WordGridReader.Read(_docx, ReadOptions.Default).Value!.Blocks.Count;

    [Benchmark(Description = "read .docx: OpenXml DOM load only (the previous reader's first step)")]
    public int LoadDocxDom()
    {
        using var stream = new MemoryStream(_docx, writable: false);
        using var package = WordprocessingDocument.Open(stream, false);
        return package.MainDocumentPart!.Document!.Body!.ChildElements.Count;
    }

    [Benchmark(Description = "read .docx: 100 provincial 绩效目标申报表")]
    public int ReadProvincialDocx() => WordReader.Read(_provincial).Document.Projects.Count;

    [Benchmark(Description = "write .xlsx (bulk)")]
    public int WriteXlsx() => ExcelBulkWriter.Write(_document).Length;

    [Benchmark(Description = "read .xlsx (bulk)")]
    public int ReadXlsx() => ExcelReader.Read(_xlsx).Document.Projects.Count;

    [Benchmark(Description = "read .xlsx: grid only (one pass over each part)")]
    public int ReadXlsxGrid() => ExcelGridReader.Read(_xlsx, ReadOptions.Default).Value!.Blocks.Count;

    [Benchmark(Description = "read .xlsx: OpenXml DOM load only (the previous reader's first step)")]
    public int LoadXlsxDom()
    {
        using var stream = new MemoryStream(_xlsx, writable: false);
        using var package = SpreadsheetDocument.Open(stream, false);
        var workbook = package.WorkbookPart!;
        var count = workbook.SharedStringTablePart?.SharedStringTable?.ChildElements.Count ?? 0;
        foreach (var part in workbook.WorksheetParts)
        {
            count += part.Worksheet!.ChildElements.Count;
        }

        return count;
    }

    [Benchmark(Description = "write .xlsx (official, sheet per project)")]
    public int WriteTables() => ExcelTablesWriter.Write(_document).Length;

    /// <summary>A .docx whose body is <paramref name="file"/>'s body <paramref name="times"/> times over.</summary>
    private static byte[] Repeat(byte[] file, int times)
    {
        using var stream = new MemoryStream();
        stream.Write(file);
        using (var package = WordprocessingDocument.Open(stream, true))
        {
            var body = package.MainDocumentPart!.Document!.Body!;
            var content = body.ChildElements.Where(e => e is not DocumentFormat.OpenXml.Wordprocessing.SectionProperties).Select(e => e.CloneNode(true)).ToList();
            var section = body.GetFirstChild<DocumentFormat.OpenXml.Wordprocessing.SectionProperties>();
            for (var i = 1; i < times; i++)
            {
                foreach (var element in content)
                {
                    body.InsertBefore(element.CloneNode(true), section);
                }
            }

            package.MainDocumentPart.Document.Save();
        }

        return stream.ToArray();
    }

    [Benchmark(Description = "guard .docx only")]
    public bool GuardDocx() => OfficePackageGuard.Check(_docx, OfficeKind.Word, OfficeLimits.Default) is null;
}
