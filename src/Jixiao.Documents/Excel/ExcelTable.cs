using DocumentFormat.OpenXml.Packaging;

namespace Jixiao.Documents.Excel;

/// <summary>
/// A plain list as a one-sheet workbook: a header row and one row per record, written and read back by heading (a
/// reader finds its columns by their Chinese headings, in any order). For lists users edit in Excel and bring back
/// (the indicator library's curation).
/// </summary>
public static class ExcelTable
{
    public static byte[] Write(string sheetName, IReadOnlyList<string> headings, IEnumerable<IReadOnlyList<object?>> rows, string? title = null)
    {
        ArgumentNullException.ThrowIfNull(headings);
        ArgumentNullException.ThrowIfNull(rows);
        var sheet = new SheetBuilder(sheetName) { FreezeHeader = true };
        for (var c = 0; c < headings.Count; c++)
        {
            sheet.Set(1, c + 1, headings[c], ExcelStyle.Header);
            sheet.Width(c + 1, Math.Clamp(headings[c].Length * 2.6, 10, 40));
        }

        var r = 1;
        foreach (var row in rows)
        {
            r++;
            for (var c = 0; c < row.Count; c++)
            {
                sheet.Set(r, c + 1, row[c], row[c] is decimal or int or long ? ExcelStyle.Number : ExcelStyle.Text);
            }
        }

        return ExcelWorkbook.Write([sheet], title: title);
    }

    /// <summary>The first sheet's rows below its header row, each as heading → text with its row number; null when the
    /// bytes are not an .xlsx workbook.</summary>
    public static IReadOnlyList<(int Row, IReadOnlyDictionary<string, string> Cells)>? Read(byte[] bytes)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        try
        {
            using var stream = new MemoryStream(bytes, writable: false);
            using var package = SpreadsheetDocument.Open(stream, false);
            var sheet = package.WorkbookPart is { } workbook ? SheetGrid.ReadAll(workbook).FirstOrDefault() : null;
            if (sheet is null)
            {
                return [];
            }

            var numbers = sheet.RowNumbers.ToList();
            if (numbers.Count == 0)
            {
                return [];
            }

            var headings = sheet.Row(numbers[0]).ToDictionary(c => c.Key, c => c.Value.Trim());
            return [.. numbers.Skip(1).Select(n => (n, (IReadOnlyDictionary<string, string>)headings
                .GroupBy(h => h.Value, StringComparer.Ordinal).ToDictionary(g => g.Key, g => sheet[n, g.First().Key].Trim(), StringComparer.Ordinal)))];
        }
        catch (Exception ex) when (ex is OpenXmlPackageException or InvalidDataException or FileFormatException)
        {
            return null;
        }
    }
}
