using DocumentFormat.OpenXml.Packaging;
using Jixiao.Documents.Excel;
using Jixiao.Documents.Office;

namespace Jixiao.Documents.Grid.Sources;

/// <summary>Reads an .xlsx into a <see cref="GridDocument"/>: one grid per worksheet, named after the sheet, merged
/// ranges as spans, places as Excel references ("B7"). Grid positions are the sheet's (row 1 is grid row 0), so
/// leading empty rows stay empty rows. Numbers keep the text the file stores, without binary floating-point noise.</summary>
public static class ExcelGridReader
{
    public static FileRead<GridDocument> Read(byte[] bytes, ReadOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return OfficePackageGuard.Open(bytes, OfficeKind.Excel, options.OfficeLimits, stream =>
        {
            using var package = SpreadsheetDocument.Open(stream, false, new OpenSettings { MaxCharactersInPart = options.OfficeLimits.MaxUnpackedBytes });
            var workbook = package.WorkbookPart ?? throw new InvalidDataException("workbook part missing");
            var blocks = SheetGrid.ReadAll(workbook).Select(sheet => GridBlock.Table(ToGrid(sheet))).ToList();
            return new FileRead<GridDocument>(new GridDocument(options.FileName ?? string.Empty, GridSource.Excel, blocks), []);
        }, message => new FileRead<GridDocument>(null, [new ReadProblem(ProblemSeverity.Error, message) { File = options.FileName }]));
    }

    internal static CellGrid ToGrid(SheetGrid sheet)
    {
        var builder = new CellGridBuilder(sheet.Name);
        var merges = sheet.Merges.ToDictionary(m => (m.Row, m.Column), m => m);
        var covered = new HashSet<(int, int)>();
        foreach (var m in sheet.Merges)
        {
            for (var r = m.Row; r <= m.LastRow; r++)
            {
                for (var c = m.Column; c <= m.LastColumn; c++)
                {
                    if ((r, c) != (m.Row, m.Column))
                    {
                        covered.Add((r, c));
                    }
                }
            }
        }

        // Merged ranges whose first cell is empty still cover their area (an empty merged block is a layout fact).
        foreach (var m in sheet.Merges)
        {
            if (sheet[m.Row, m.Column].Length == 0)
            {
                builder.Add(m.Row - 1, m.Column - 1, string.Empty, m.LastRow - m.Row + 1, m.LastColumn - m.Column + 1, SheetBuilder.Reference(m.Row, m.Column));
            }
        }

        foreach (var row in sheet.RowNumbers)
        {
            foreach (var (column, text) in sheet.Row(row))
            {
                if (covered.Contains((row, column)))
                {
                    continue;
                }

                var (rowSpan, columnSpan) = merges.TryGetValue((row, column), out var m) ? (m.LastRow - m.Row + 1, m.LastColumn - m.Column + 1) : (1, 1);
                builder.Add(row - 1, column - 1, Denoised(text), rowSpan, columnSpan, SheetBuilder.Reference(row, column));
            }
        }

        return builder.Build();
    }

    /// <summary>"12345.970000000001" → "12345.97": the amount the user typed, without the noise of binary floating
    /// point and without the zeros rounding adds; text that was not noisy is kept as stored ("19.50").</summary>
    private static string Denoised(string text)
    {
        var denoised = SheetGrid.Denoise(text);
        return ReferenceEquals(denoised, text) || denoised == text
            ? text
            : decimal.Parse(denoised, System.Globalization.CultureInfo.InvariantCulture).ToString("0.######", System.Globalization.CultureInfo.InvariantCulture);
    }
}
