using DocumentFormat.OpenXml.Packaging;
using Jixiao.Documents.GoalTables;
using Jixiao.Documents.Grid;
using Jixiao.Documents.Grid.Sources;
using Jixiao.Documents.Office;
using Jixiao.Documents.PublishedText;
using Jixiao.Documents.Word;
using Jixiao.Domain.Goals;

namespace Jixiao.Documents.Excel;

/// <summary>
/// Reads a document from an .xlsx: Jixiao's bulk workbook (sheets 项目, 指标, 部门整体目标), or any workbook of goal
/// tables (one or several per sheet, in any province's layout) through the grid and the one goal-table reader. The
/// file passes <see cref="OfficePackageGuard"/> first; problems name sheet and cell.
/// </summary>
public static class ExcelReader
{
    public static ReadResult Read(byte[] bytes, ReadOptions? options = null)
    {
        options ??= ReadOptions.Default;
        var limits = options.OfficeLimits;
        var bulk = OfficePackageGuard.Open(bytes, OfficeKind.Excel, limits, stream =>
        {
            using var package = SpreadsheetDocument.Open(stream, false, new OpenSettings { MaxCharactersInPart = limits.MaxUnpackedBytes });
            var workbook = package.WorkbookPart ?? throw new InvalidDataException("workbook part missing");
            var sheets = SheetGrid.ReadAll(workbook);
            return ExcelBulkReader.Find(sheets, BulkColumns.ProjectsSheet) is null
                ? null
                : ReadBulk(sheets, options);
        }, message => new ReadResult(new PerformanceDocument(), [new ReadProblem(ProblemSeverity.Error, message) { File = options.FileName }]));
        if (bulk is not null)
        {
            return bulk;
        }

        var grid = ExcelGridReader.Read(bytes, options);
        return grid.Value is null ? WordReader.Failed(grid, options) : GoalDocumentReader.Read(grid.Value, options);
    }

    public static ReadResult ReadFile(string path, ReadOptions? options = null)
    {
        options ??= ReadOptions.Default;
        return Read(File.ReadAllBytes(path), options with { FileName = options.FileName ?? Path.GetFileName(path) });
    }

    private static ReadResult ReadBulk(List<SheetGrid> sheets, ReadOptions options)
    {
        var problems = new List<ReadProblem>();
        var document = ExcelBulkReader.Read(sheets, options, problems);
        PublishedTextReader.CheckDuplicateCodes([.. document.Projects], options, problems);
        return new ReadResult(DocumentFacts.Complete(document, options, problems), problems);
    }
}
