using System.Globalization;
using DocumentFormat.OpenXml.Packaging;
using Jixiao.Documents.Excel;
using Jixiao.Documents.Office;
using Jixiao.Domain.Monitoring;

namespace Jixiao.Documents.Payments;

/// <summary>
/// Reads payment records from the first worksheet of an Excel (.xlsx) export: the same header names and rules as
/// <see cref="PaymentCsvReader"/>. The file passes <see cref="OfficePackageGuard"/> first (size, zip bomb, macros)
/// and is read through <see cref="SheetGrid"/>. A date cell holding an Excel serial number is read as a date;
/// numbers keep the digits the file stores, with binary floating-point noise beyond 6 decimals
/// (12345.970000000001) removed. Problems name the sheet, row and cell (C5).
/// </summary>
public static class PaymentXlsxReader
{
    public static FileRead<PaymentBatch> Read(byte[] bytes, string? fileName, OfficeLimits? limits = null)
    {
        limits ??= OfficeLimits.Default;
        return OfficePackageGuard.Open(bytes, OfficeKind.Excel, limits, stream =>
            {
                using var package = SpreadsheetDocument.Open(stream, false, new OpenSettings { MaxCharactersInPart = limits.MaxUnpackedBytes });
                var sheet = package.WorkbookPart is { } workbook ? SheetGrid.ReadAll(workbook).FirstOrDefault() : null;
                return sheet is null ? Failed(fileName, null, "工作簿中没有工作表。") : Read(sheet, fileName);
            }, message => Failed(fileName, null, message));
    }

    public static FileRead<PaymentBatch> ReadFile(string path) =>
        File.Exists(path)
            ? Read(File.ReadAllBytes(path), Path.GetFileName(path))
            : Failed(Path.GetFileName(path), null, $"找不到文件“{path}”。请检查路径是否正确。");

    private static FileRead<PaymentBatch> Read(SheetGrid sheet, string? fileName)
    {
        var rowNumbers = sheet.RowNumbers.ToList();
        if (rowNumbers.Count == 0)
        {
            return Failed(fileName, sheet.Name, "工作表为空，没有表头和支付记录。");
        }

        List<string> Cells(int row)
        {
            var cells = sheet.Row(row);
            var width = cells.Count == 0 ? 0 : cells.Keys.Max();
            return [.. Enumerable.Range(1, width).Select(c => sheet[row, c])];
        }

        var problems = new List<ReadProblem>();
        var columns = PaymentColumns.Find(Cells(rowNumbers[0]), out var headerProblem);
        if (columns is null)
        {
            problems.Add(new ReadProblem(ProblemSeverity.Error, headerProblem!) { File = fileName, Sheet = sheet.Name, Line = rowNumbers[0] });
            return new FileRead<PaymentBatch>(null, problems);
        }

        var records = new List<PaymentRecord>();
        foreach (var number in rowNumbers.Skip(1))
        {
            var cells = Cells(number);
            var date = SerialDate(sheet[number, columns.Date + 1]);
            if (columns.Amount < cells.Count)
            {
                cells[columns.Amount] = SheetGrid.Denoise(cells[columns.Amount]);
            }

            var record = PaymentRowParser.Parse(cells, columns, date, out var problem);
            if (record is null)
            {
                var column = columns.Headers.ToList().IndexOf(problem!.Value.Column) + 1;
                problems.Add(new ReadProblem(ProblemSeverity.Error, problem.Value.Message)
                {
                    File = fileName,
                    Sheet = sheet.Name,
                    Line = number,
                    Cell = $"{SheetBuilder.Reference(number, column)} {problem.Value.Column}",
                });
                continue;
            }

            records.Add(record);
        }

        return new FileRead<PaymentBatch>(PaymentBatch.FromRows(records), problems);
    }

    /// <summary>A cell holding an Excel serial date (1900 system) between 2000 and 2100, or null.</summary>
    private static DateOnly? SerialDate(string text) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var serial) && serial is >= 36526 and < 73051
            ? DateOnly.FromDateTime(DateTime.FromOADate(serial))
            : null;

    private static FileRead<PaymentBatch> Failed(string? fileName, string? sheet, string message) =>
        new(null, [new ReadProblem(ProblemSeverity.Error, message) { File = fileName, Sheet = sheet }]);
}
