using DocumentFormat.OpenXml.Wordprocessing;
using Jixiao.Documents.Word;
using CellMerge = Jixiao.Documents.Word.CellMerge;

namespace Jixiao.Documents.Forms;

/// <summary>Draws a <see cref="FormGrid"/> as a Word table through <see cref="GridTable"/> (merged cells across
/// by width, down by vertical merge) and writes the one-form document.</summary>
internal static class FormGridWord
{
    public static byte[] Write(FormGrid grid, bool landscape) =>
        WordPage.WriteForm(grid.Title, grid.Subtitle, Table(grid, landscape ? WordPage.LandscapeWidth : WordPage.PortraitWidth), grid.Notes, landscape);

    private static Table Table(FormGrid grid, int pageWidth)
    {
        var total = grid.Widths.Sum();
        var edges = new int[grid.Columns + 1];
        for (var c = 1; c <= grid.Columns; c++)
        {
            edges[c] = (int)Math.Round(grid.Widths.Take(c).Sum() / total * pageWidth);
        }

        var table = new GridTable();
        for (var row = 1; row <= grid.RowCount; row++)
        {
            var cells = grid.Cells.Where(c => c.Row <= row && c.LastRow >= row).OrderBy(c => c.Column).ToList();
            var line = new List<GridCell>();
            var column = 1;
            foreach (var cell in cells)
            {
                if (cell.Column > column)
                {
                    line.Add(new GridCell(string.Empty, edges[cell.Column - 1] - edges[column - 1]));
                }

                var merge = cell.LastRow == cell.Row ? CellMerge.None : cell.Row == row ? CellMerge.Start : CellMerge.Continue;
                line.Add(new GridCell(cell.Text, edges[cell.LastColumn] - edges[cell.Column - 1])
                {
                    IsLabel = cell.Kind is FormCellKind.Label,
                    Merge = merge,
                    Fill = cell.Fill,
                    Align = cell.Kind switch
                    {
                        FormCellKind.Money => JustificationValues.Right,
                        FormCellKind.Score or FormCellKind.Centered or FormCellKind.Light => JustificationValues.Center,
                        _ => null,
                    },
                });
                column = cell.LastColumn + 1;
            }

            if (column <= grid.Columns)
            {
                line.Add(new GridCell(string.Empty, edges[grid.Columns] - edges[column - 1]));
            }

            table.Add(line, header: false);
        }

        var built = table.Build();
        var rows = built.Elements<TableRow>().ToList();
        foreach (var row in grid.KeepWithNext.Where(r => r < rows.Count))
        {
            foreach (var properties in rows[row - 1].Descendants<ParagraphProperties>())
            {
                properties.KeepNext = new KeepNext(); // the typed setter keeps the schema order of pPr
            }
        }

        return built;
    }
}
