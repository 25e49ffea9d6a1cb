using System.Globalization;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Jixiao.Domain.Monitoring;

namespace Jixiao.Documents.Payments;

/// <summary>
/// Reads payment records from the first worksheet of an Excel (.xlsx) export: the same header names and rules as
/// <see cref="PaymentCsvReader"/>. Date cells stored as Excel serial numbers are read as dates; numbers keep the
/// digits the file stores, with binary floating-point noise beyond 6 decimals (12345.670000000002) removed.
/// Problems name the sheet, row and cell (C5).
/// </summary>
public static class PaymentXlsxReader
{
    public static FileRead<PaymentBatch> Read(byte[] bytes, string? fileName)
    {
        try
        {
            using var stream = new MemoryStream(bytes, writable: false);
            using var document = SpreadsheetDocument.Open(stream, isEditable: false);
            return Read(document, fileName);
        }
        catch (Exception ex) when (ex is OpenXmlPackageException or InvalidDataException or IOException or FormatException or System.Xml.XmlException)
        {
            return Failed(fileName, null, $"不是有效的 Excel (.xlsx) 文件：{ex.Message}。请在 Excel 中另存为 .xlsx 或 CSV 后重试。");
        }
    }

    public static FileRead<PaymentBatch> ReadFile(string path) =>
        File.Exists(path)
            ? Read(File.ReadAllBytes(path), Path.GetFileName(path))
            : Failed(Path.GetFileName(path), null, $"找不到文件“{path}”。请检查路径是否正确。");

    private static FileRead<PaymentBatch> Read(SpreadsheetDocument document, string? fileName)
    {
        var workbook = document.WorkbookPart;
        var sheet = workbook?.Workbook?.Sheets?.Elements<Sheet>().FirstOrDefault();
        if (workbook is null || sheet?.Id?.Value is not { } id || workbook.GetPartById(id) is not WorksheetPart part)
        {
            return Failed(fileName, null, "工作簿中没有工作表。");
        }

        var sheetName = sheet.Name?.Value ?? "Sheet1";
        var shared = workbook.SharedStringTablePart?.SharedStringTable?.Elements<SharedStringItem>().Select(i => i.InnerText).ToList() ?? [];
        var rows = (part.Worksheet?.GetFirstChild<SheetData>()?.Elements<Row>() ?? [])
            .Select(r => (Number: (int)(r.RowIndex?.Value ?? 0), Cells: Cells(r, shared)))
            .Where(r => r.Cells.Any(c => c.Text.Trim().Length > 0))
            .ToList();
        if (rows.Count == 0)
        {
            return Failed(fileName, sheetName, "工作表为空，没有表头和支付记录。");
        }

        var problems = new List<ReadProblem>();
        var columns = PaymentColumns.Find([.. rows[0].Cells.Select(c => c.Text)], out var headerProblem);
        if (columns is null)
        {
            problems.Add(new ReadProblem(ProblemSeverity.Error, headerProblem!) { File = fileName, Sheet = sheetName, Line = rows[0].Number });
            return new FileRead<PaymentBatch>(null, problems);
        }

        var records = new List<PaymentRecord>();
        foreach (var (number, cells) in rows.Skip(1))
        {
            var date = columns.Date < cells.Count && cells[columns.Date].Number is { } serial ? SerialDate(serial) : null;
            var texts = cells.Select((c, i) => i == columns.Amount && c.Number is { } n ? Denoise(n) : c.Text).ToList();
            var record = PaymentRowParser.Parse(texts, columns, date, out var problem);
            if (record is null)
            {
                var column = columns.Headers.ToList().IndexOf(problem!.Value.Column);
                var reference = $"{ColumnName(column)}{number}";
                problems.Add(new ReadProblem(ProblemSeverity.Error, problem.Value.Message) { File = fileName, Sheet = sheetName, Line = number, Cell = $"{reference} {problem.Value.Column}" });
                continue;
            }

            records.Add(record);
        }

        return new FileRead<PaymentBatch>(PaymentBatch.FromRows(records), problems);
    }

    /// <summary>The row's cells by column position (A = 0), blanks filled in: a cell's text, and its number when the
    /// cell is numeric.</summary>
    private static List<(string Text, decimal? Number)> Cells(Row row, List<string> shared)
    {
        var cells = new List<(string, decimal?)>();
        foreach (var cell in row.Elements<Cell>())
        {
            var index = cell.CellReference?.Value is { } reference ? ColumnIndex(reference) : cells.Count;
            while (cells.Count < index)
            {
                cells.Add((string.Empty, null));
            }

            var raw = cell.CellValue?.Text ?? string.Empty;
            var type = cell.DataType?.Value;
            if (type == CellValues.SharedString)
            {
                cells.Add((int.TryParse(raw, NumberStyles.None, CultureInfo.InvariantCulture, out var i) && i < shared.Count ? shared[i] : string.Empty, null));
            }
            else if (type == CellValues.InlineString)
            {
                cells.Add((cell.InlineString?.InnerText ?? string.Empty, null));
            }
            else if ((type is null || type == CellValues.Number) && decimal.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
            {
                cells.Add((raw, number));
            }
            else
            {
                cells.Add((raw, null));
            }
        }

        return cells;
    }

    /// <summary>An Excel serial date (1900 system) between 2000 and 2100, or null.</summary>
    private static DateOnly? SerialDate(decimal serial) =>
        serial is >= 36526 and < 73051 && serial == decimal.Truncate(serial)
            ? DateOnly.FromDateTime(DateTime.FromOADate((double)serial))
            : null;

    private static string Denoise(decimal number)
    {
        var rounded = Math.Round(number, 6);
        return (Math.Abs(number - rounded) < 0.0000001m ? rounded : number).ToString(CultureInfo.InvariantCulture);
    }

    private static int ColumnIndex(string reference)
    {
        var index = 0;
        foreach (var c in reference.TakeWhile(char.IsAsciiLetter))
        {
            index = (index * 26) + (char.ToUpperInvariant(c) - 'A' + 1);
        }

        return index - 1;
    }

    private static string ColumnName(int index)
    {
        var name = string.Empty;
        for (var n = index + 1; n > 0; n = (n - 1) / 26)
        {
            name = (char)('A' + ((n - 1) % 26)) + name;
        }

        return name;
    }

    private static FileRead<PaymentBatch> Failed(string? fileName, string? sheet, string message) =>
        new(null, [new ReadProblem(ProblemSeverity.Error, message) { File = fileName, Sheet = sheet }]);
}
