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

        var row = grid.RowCount + FormOffset + 2;
        foreach (var (heading, lines) in grid.Notes.Where(n => n.Lines.Count > 0))
        {
            sheet.Merge(row, 1, row, grid.Columns, heading, ExcelStyle.Plain);
            row++;
            foreach (var line in lines)
            {
                sheet.Merge(row, 1, row, grid.Columns, line, ExcelStyle.Note);
                sheet.Height(row, 15 * Math.Max(1, (line.Length / 90) + 1));
                row++;
            }

            row++;
        }

        return sheet;
    }

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
