using System.Globalization;
using System.Text.RegularExpressions;
using DocumentFormat.OpenXml.Packaging;
using Jixiao.Documents.Excel;
using Jixiao.Documents.Office;
using Jixiao.Domain;
using Jixiao.Domain.Evaluation;
using Jixiao.Domain.Goals;
using L = Jixiao.Documents.Evaluation.SelfEvaluationLayout;

namespace Jixiao.Documents.Evaluation;

/// <summary>
/// Reads a 项目支出绩效自评表 filled in Excel in the layout <see cref="SelfEvaluationForms"/> writes. Reading goes by
/// the printed labels (项目名称, 年度资金总额, 三级指标, 总分 …), not by fixed cells, so inserted rows, extra 其中
/// rows and moved blocks still read. The file passes <see cref="OfficePackageGuard"/> first; every problem names
/// the sheet and cell.
/// </summary>
public static partial class SelfEvaluationXlsxReader
{
    public static FileRead<SelfEvaluation> ReadFile(string path) =>
        File.Exists(path)
            ? Read(File.ReadAllBytes(path), Path.GetFileName(path))
            : Failed(Path.GetFileName(path), null, $"找不到文件“{path}”。请检查路径是否正确。");

    public static FileRead<SelfEvaluation> Read(byte[] bytes, string? fileName, OfficeLimits? limits = null)
    {
        limits ??= OfficeLimits.Default;
        return OfficePackageGuard.Open(bytes, OfficeKind.Excel, limits, stream =>
            {
                using var package = SpreadsheetDocument.Open(stream, false, new OpenSettings { MaxCharactersInPart = limits.MaxUnpackedBytes });
                var sheets = package.WorkbookPart is { } workbook ? SheetGrid.ReadAll(workbook) : [];
                var sheet = sheets.FirstOrDefault(s => Find(s, L.ProjectName) is not null && Find(s, L.Total) is not null);
                return sheet is null
                    ? Failed(fileName, null, $"工作簿中没有{L.Title}：找不到含“{L.ProjectName}”和“{L.Total}”的工作表。请用 jixiao score --format xlsx 生成的表格填写。")
                    : new SheetReading(sheet, fileName).Read();
            }, message => Failed(fileName, null, message));
    }

    /// <summary>The first cell whose text, without spaces, is <paramref name="label"/>.</summary>
    internal static (int Row, int Column)? Find(SheetGrid sheet, string label, int fromRow = 1)
    {
        foreach (var row in sheet.RowNumbers.Where(r => r >= fromRow))
        {
            foreach (var (column, text) in sheet.Row(row))
            {
                if (Key(text) == Key(label))
                {
                    return (row, column);
                }
            }
        }

        return null;
    }

    internal static string Key(string text) => Spaces().Replace(text, string.Empty).Replace('(', '（').Replace(')', '）');

    private static FileRead<SelfEvaluation> Failed(string? fileName, string? sheet, string message) =>
        new(null, [new ReadProblem(ProblemSeverity.Error, message) { File = fileName, Sheet = sheet }]);

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    [GeneratedRegex(@"(\d{4})\s*年度")]
    internal static partial Regex Year();
}
