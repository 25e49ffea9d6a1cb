using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Jixiao.Documents.Word;

/// <summary>How a cell of a <see cref="GridTable"/> continues the cell above it.</summary>
internal enum CellMerge
{
    None,
    Start,
    Continue,
}

/// <summary>One cell: its text (lines become paragraphs), width in twips and look.</summary>
internal sealed record GridCell(string Text, int Width)
{
    public bool IsLabel { get; init; }

    public CellMerge Merge { get; init; }

    public JustificationValues? Align { get; init; }

    /// <summary>Background colour as RRGGBB (the warning lights of the 监控表), or null.</summary>
    public string? Fill { get; init; }

    public static GridCell Label(string text, int width) => new(text, width) { IsLabel = true };
}

/// <summary>
/// Builds a Word table from rows of cells given by width. The rows of the official form do not share columns
/// (four money cells above a fund-use cell above four month cells), so the grid is the union of all cell edges
/// and each cell spans the grid columns between its edges; that is how Word itself stores such tables. Borders
/// are set once on the table, which keeps a 100-table document small.
/// </summary>
internal sealed class GridTable
{
    private readonly List<(List<GridCell> Cells, bool Header)> _rows = [];

    public void Add(IEnumerable<GridCell> cells, bool header = false) => _rows.Add(([.. cells], header));

    /// <summary>The rows as added: the published text export writes the same form cell by cell.</summary>
    public IEnumerable<IReadOnlyList<GridCell>> Rows => _rows.Select(r => (IReadOnlyList<GridCell>)r.Cells);

    public Table Build()
    {
        var edges = new SortedSet<int> { 0 };
        foreach (var (cells, _) in _rows)
        {
            var x = 0;
            foreach (var cell in cells)
            {
                x += cell.Width;
                edges.Add(x);
            }
        }

        var edgeList = edges.ToList();
        var total = edgeList[^1];
        var table = new Table(
            new TableProperties(
                new TableWidth { Width = total.ToString(System.Globalization.CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa },
                new TableJustification { Val = TableRowAlignmentValues.Center },
                new TableBorders(
                    new TopBorder { Val = BorderValues.Single, Size = 4, Color = "000000" },
                    new LeftBorder { Val = BorderValues.Single, Size = 4, Color = "000000" },
                    new BottomBorder { Val = BorderValues.Single, Size = 4, Color = "000000" },
                    new RightBorder { Val = BorderValues.Single, Size = 4, Color = "000000" },
                    new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4, Color = "000000" },
                    new InsideVerticalBorder { Val = BorderValues.Single, Size = 4, Color = "000000" }),
                new TableLayout { Type = TableLayoutValues.Fixed },
                new TableCellMarginDefault(
                    new TopMargin { Width = "28", Type = TableWidthUnitValues.Dxa },
                    new TableCellLeftMargin { Width = 85, Type = TableWidthValues.Dxa },
                    new BottomMargin { Width = "28", Type = TableWidthUnitValues.Dxa },
                    new TableCellRightMargin { Width = 85, Type = TableWidthValues.Dxa })),
            new TableGrid(edgeList.Zip(edgeList.Skip(1), (a, b) => new GridColumn { Width = Twips(b - a) })));

        foreach (var (cells, header) in _rows)
        {
            var row = new TableRow();
            var rowProperties = new TableRowProperties(new CantSplit());
            if (header)
            {
                rowProperties.Append(new TableHeader());
            }

            row.Append(rowProperties);
            var x = 0;
            foreach (var cell in cells)
            {
                var span = edgeList.Count(e => e > x && e <= x + cell.Width);
                x += cell.Width;
                row.Append(BuildCell(cell, span));
            }

            table.Append(row);
        }

        return table;
    }

    private static TableCell BuildCell(GridCell cell, int span)
    {
        var properties = new TableCellProperties(new TableCellWidth { Width = Twips(cell.Width), Type = TableWidthUnitValues.Dxa });
        if (span > 1)
        {
            properties.Append(new GridSpan { Val = span });
        }

        if (cell.Merge != CellMerge.None)
        {
            properties.Append(new VerticalMerge { Val = cell.Merge == CellMerge.Start ? MergedCellValues.Restart : null });
        }

        if (cell.Fill is { } fill)
        {
            properties.Append(new Shading { Val = ShadingPatternValues.Clear, Color = "auto", Fill = fill });
        }

        properties.Append(new TableCellVerticalAlignment { Val = TableVerticalAlignmentValues.Center });
        var tc = new TableCell(properties);
        var style = cell.IsLabel ? WordStyles.TableLabel : WordStyles.TableText;
        var text = cell.Merge == CellMerge.Continue ? string.Empty : cell.Text;
        foreach (var line in text.Split('\n'))
        {
            var paragraph = WordParagraphs.Styled(style, line);
            if (cell.Align is { } align)
            {
                paragraph.ParagraphProperties!.Append(new Justification { Val = align });
            }

            tc.Append(paragraph);
        }

        return tc;
    }

    private static string Twips(int value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
