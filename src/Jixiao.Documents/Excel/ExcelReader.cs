using DocumentFormat.OpenXml.Packaging;
using Jixiao.Documents.Office;
using Jixiao.Documents.PublishedText;
using Jixiao.Domain.Goals;

namespace Jixiao.Documents.Excel;

/// <summary>
/// Reads a document from an .xlsx: the bulk workbook (sheets 项目, 指标, 部门整体目标) or a workbook with one
/// 绩效目标表 per sheet. The file passes <see cref="OfficePackageGuard"/> first; problems name sheet and cell.
/// </summary>
public static class ExcelReader
{
    public static ReadResult Read(byte[] bytes, ReadOptions? options = null)
    {
        options ??= ReadOptions.Default;
        var limits = options.OfficeLimits;
        return OfficePackageGuard.Read(bytes, OfficeKind.Excel, options, stream =>
        {
            using var package = SpreadsheetDocument.Open(stream, false, new OpenSettings { MaxCharactersInPart = limits.MaxUnpackedBytes });
            var workbook = package.WorkbookPart ?? throw new InvalidDataException("workbook part missing");
            return Read(SheetGrid.ReadAll(workbook), options);
        });
    }

    public static ReadResult ReadFile(string path, ReadOptions? options = null)
    {
        options ??= ReadOptions.Default;
        return Read(File.ReadAllBytes(path), options with { FileName = options.FileName ?? Path.GetFileName(path) });
    }

    private static ReadResult Read(List<SheetGrid> sheets, ReadOptions options)
    {
        var problems = new List<ReadProblem>();
        PerformanceDocument document;
        if (ExcelBulkReader.Find(sheets, BulkColumns.ProjectsSheet) is not null)
        {
            document = ExcelBulkReader.Read(sheets, options, problems);
        }
        else if (sheets.Any(ExcelTablesReader.IsProjectSheet))
        {
            document = new PerformanceDocument { Projects = ExcelTablesReader.Read(sheets, options, problems) };
        }
        else
        {
            problems.Add(new ReadProblem(ProblemSeverity.Error,
                "工作簿中既没有“项目”“指标”工作表（批量填报模板），也没有含“项目编码”的绩效目标表。请用 jixiao template 生成模板填写后再导入。")
            { File = options.FileName });
            document = new PerformanceDocument();
        }

        PublishedTextReader.CheckDuplicateCodes([.. document.Projects], options, problems);
        return new ReadResult(DocumentFacts.Complete(document, options, problems), problems);
    }
}
