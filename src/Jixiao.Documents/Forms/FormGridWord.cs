using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using Jixiao.Documents.Word;
using CellMerge = Jixiao.Documents.Word.CellMerge;

namespace Jixiao.Documents.Forms;

/// <summary>Draws a <see cref="FormGrid"/> as a Word table through <see cref="GridTable"/> (merged cells across
/// by width, down by vertical merge) and writes the one-form document. A form with a
/// <see cref="FormGrid.RepeatedHeaderRow"/> is drawn as two tables of the same width, the second opening with that
/// row marked as a header row: Word repeats only header rows at the top of a table, so that is how the indicator
/// columns' headings appear again on every page.</summary>
internal static class FormGridWord
{
    public static byte[] Write(FormGrid grid, bool landscape)
    {
        var width = landscape ? WordPage.LandscapeWidth : WordPage.PortraitWidth;
        var content = new List<OpenXmlElement>();
        if (grid.RepeatedHeaderRow is { } header && header > 1)
        {
            content.Add(Table(grid, width, 1, header - 1, headerRow: null));
            // Two tables side by side would be joined into one by Word: a hairline paragraph keeps them apart.
            content.Add(new Paragraph(
                new ParagraphProperties(new SpacingBetweenLines { Before = "0", After = "0", Line = "20", LineRule = LineSpacingRuleValues.Exact }),
                new Run(new RunProperties(new FontSize { Val = "2" }))));
            content.Add(Table(grid, width, header, grid.RowCount, headerRow: header));
        }
        else
        {
            content.Add(Table(grid, width, 1, grid.RowCount, headerRow: grid.RepeatedHeaderRow));
        }

        return WordPage.WriteForm(grid.Title, grid.Subtitle, content, grid.Notes, landscape);
    }

    private static Table Table(FormGrid grid, int pageWidth, int firstRow, int lastRow, int? headerRow)
    {
        var total = grid.Widths.Sum();
        var edges = new int[grid.Columns + 1];
        for (var c = 1; c <= grid.Columns; c++)
        {
            edges[c] = (int)Math.Round(grid.Widths.Take(c).Sum() / total * pageWidth);
        }

        var table = new GridTable();
        for (var row = firstRow; row <= lastRow; row++)
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

                var merge = cell.LastRow == cell.Row ? CellMerge.None : cell.Row == row || row == firstRow ? CellMerge.Start : CellMerge.Continue;
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

            table.Add(line, header: row == headerRow);
        }

        var built = table.Build();
        var rows = built.Elements<TableRow>().ToList();
        foreach (var row in grid.KeepWithNext.Where(r => r >= firstRow && r < lastRow))
        {
            foreach (var properties in rows[row - firstRow].Descendants<ParagraphProperties>())
            {
                properties.KeepNext = new KeepNext(); // the typed setter keeps the schema order of pPr
            }
        }

        return built;
    }
}
