using Jixiao.Documents.Excel;

namespace Jixiao.Documents.Forms;

/// <summary>Draws a <see cref="FormGrid"/> on a worksheet: title and subtitle rows, then the form from row 3,
/// then the notes; A4 and fitted to the page width for printing.</summary>
internal static class FormGridExcel
{
    /// <summary>Rows above the form: title and subtitle.</summary>
    public const int FormOffset = 2;

    public static SheetBuilder Sheet(FormGrid grid, string name)
    {
        var sheet = new SheetBuilder(name) { PrintA4FitWidth = true };
        for (var c = 1; c <= grid.Columns; c++)
        {
            sheet.Width(c, grid.Widths[c - 1]);
        }

        sheet.Merge(1, 1, 1, grid.Columns, grid.Title, ExcelStyle.Title);
        sheet.Height(1, 30);
        sheet.Merge(2, 1, 2, grid.Columns, grid.Subtitle, ExcelStyle.Plain);
        foreach (var cell in grid.Cells)
        {
            object value = cell.Number is { } n ? n : cell.Text;
            sheet.Merge(cell.Row + FormOffset, cell.Column, cell.LastRow + FormOffset, cell.LastColumn, value, Style(cell));
        }

        foreach (var (formRow, height) in RowHeights(grid))
        {
            sheet.Height(formRow + FormOffset, height);
        }

        var row = grid.RowCount + FormOffset + 2;
        foreach (var (heading, lines) in grid.Notes.Where(n => n.Lines.Count > 0))
        {
            sheet.Merge(row, 1, row, grid.Columns, heading, ExcelStyle.Plain);
            row++;
            foreach (var line in lines)
            {
                sheet.Merge(row, 1, row, grid.Columns, line, ExcelStyle.Note);
                sheet.Height(row, (Lines(line, grid.Widths.Sum() - 1.5) * 14.5) + 4);
                row++;
            }

            row++;
        }

        return sheet;
    }

    /// <summary>Row heights that fit the wrapped text: Excel and LibreOffice do not grow a row for text in merged
    /// cells, so without them long 偏差原因 and 年度总体目标 texts would be cut off. A Chinese character is about two
    /// width units of 宋体 11, a Latin one about one; a line is 14.5 pt.</summary>
    private static Dictionary<int, double> RowHeights(FormGrid grid)
    {
        var lines = new Dictionary<int, double>();
        foreach (var cell in grid.Cells)
        {
            var width = Math.Max(1, Enumerable.Range(cell.Column, cell.LastColumn - cell.Column + 1).Sum(c => grid.Widths[c - 1]) - 1.5);
            var needed = Lines(cell.Text, width);
            var perRow = needed / (cell.LastRow - cell.Row + 1);
            for (var r = cell.Row; r <= cell.LastRow; r++)
            {
                lines[r] = Math.Max(lines.GetValueOrDefault(r, 1), perRow);
            }
        }

        return lines.ToDictionary(l => l.Key, l => Math.Max(20, (Math.Ceiling(l.Value) * 14.5) + 5));
    }

    private static double Lines(string text, double width) =>
        text.Split('\n').Sum(line => Math.Max(1, Math.Ceiling(line.Sum(ch => ch > '\u2E80' ? 2.25 : 1.1) / width)));

    private static ExcelStyle Style(FormCell cell) => cell.Kind switch
    {
        FormCellKind.Label => ExcelStyle.Label,
        FormCellKind.Centered => ExcelStyle.Label,
        FormCellKind.Money => ExcelStyle.Money,
        FormCellKind.Score => cell.Number is null ? ExcelStyle.Label : ExcelStyle.Score,
        FormCellKind.Light => cell.Light switch
        {
            Domain.Monitoring.Light.Red => ExcelStyle.RedLight,
            Domain.Monitoring.Light.Yellow => ExcelStyle.YellowLight,
            Domain.Monitoring.Light.Green => ExcelStyle.GreenLight,
            Domain.Monitoring.Light.Blue => ExcelStyle.BlueLight,
            _ => ExcelStyle.Label,
        },
        _ => ExcelStyle.Text,
    };
}
