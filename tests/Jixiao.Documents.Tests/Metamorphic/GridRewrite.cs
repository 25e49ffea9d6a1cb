using Jixiao.Documents.Excel;
using Jixiao.Documents.Grid;

namespace Jixiao.Documents.Tests.Metamorphic;

/// <summary>A cell of a table being rewritten: position (0-based), spans and text as a source hands them to
/// <see cref="CellGridBuilder"/> (raw: the builder cleans it, as it cleans what a file holds).</summary>
internal sealed record EditCell(int Row, int Column, string Text, int RowSpan = 1, int ColumnSpan = 1);

/// <summary>
/// Rewrites a <see cref="GridDocument"/> read from a real file — its tables' cells, rows and the lines around them —
/// and builds it again through <see cref="CellGridBuilder"/>, the way every source builds its grids, so a
/// perturbation goes through the same cleaning a file's text does. Cells are placed as the source places them
/// ("B7" in a workbook, "第 3 行第 2 列" elsewhere), counted again after rows are added.
/// </summary>
internal static class GridRewrite
{
    public static List<EditCell> Cells(CellGrid grid) =>
        [.. grid.Cells.Select(c => new EditCell(c.Row, c.Column, c.Text, c.RowSpan, c.ColumnSpan))];

    public static CellGrid Build(string name, GridSource source, IEnumerable<EditCell> cells)
    {
        var builder = new CellGridBuilder(name);
        foreach (var c in cells.OrderBy(c => c.Row).ThenBy(c => c.Column))
        {
            builder.Add(c.Row, c.Column, c.Text, c.RowSpan, c.ColumnSpan, Place(source, c.Row, c.Column));
        }

        return builder.Build();
    }

    public static string Place(GridSource source, int row, int column) =>
        source == GridSource.Excel ? SheetBuilder.Reference(row + 1, column + 1) : $"第 {row + 1} 行第 {column + 1} 列";

    /// <summary>Every table's cells rewritten by <paramref name="rewrite"/> (the other blocks kept).</summary>
    public static GridDocument Tables(GridDocument document, Func<CellGrid, List<EditCell>, IEnumerable<EditCell>> rewrite) =>
        new(document.FileName, document.Source, [.. document.Blocks.Select(b =>
            b.IsGrid ? GridBlock.Table(Build(b.Grid!.Name, document.Source, rewrite(b.Grid!, Cells(b.Grid!)))) : b)]);

    /// <summary>The tables that carry on the table right above them: no line between, and no indicator heading of their
    /// own (the rest of a Word table cut by a page without its heading). A clerk's edits to a form treat the two as one.</summary>
    public static HashSet<CellGrid> Continuations(GridDocument document)
    {
        var continued = new HashSet<CellGrid>();
        GridBlock? before = null;
        foreach (var block in document.Blocks.Where(b => b.IsGrid || b.Text.Length > 0))
        {
            if (block.IsGrid && before is { IsGrid: true } && document.Source != GridSource.Excel && CellRoles.HeadingRow(block.Grid!) is null)
            {
                continued.Add(block.Grid!);
            }

            before = block;
        }

        return continued;
    }

    /// <summary>The tables after which the form goes on in a continuation table (<see cref="Continuations"/>): rows a clerk
    /// adds at a form's end go under the last part, not between the parts.</summary>
    public static HashSet<CellGrid> Continued(GridDocument document)
    {
        var continuations = Continuations(document);
        var grids = document.Blocks.Where(b => b.IsGrid).Select(b => b.Grid!).ToList();
        return [.. grids.Where((g, i) => i + 1 < grids.Count && continuations.Contains(grids[i + 1]))];
    }

    /// <summary>Each block replaced by the blocks <paramref name="rewrite"/> gives for it.</summary>
    public static GridDocument Blocks(GridDocument document, Func<GridBlock, IEnumerable<GridBlock>> rewrite) =>
        new(document.FileName, document.Source, [.. document.Blocks.SelectMany(rewrite)]);

    /// <summary>The cells with <paramref name="count"/> empty rows inserted before row <paramref name="at"/>: cells
    /// below move down, a cell spanning across the insertion grows over the new rows.</summary>
    public static IEnumerable<EditCell> InsertRows(IEnumerable<EditCell> cells, int at, int count, Func<int, IEnumerable<EditCell>>? fill = null)
    {
        foreach (var c in cells)
        {
            if (c.Row >= at)
            {
                yield return c with { Row = c.Row + count };
            }
            else if (c.Row + c.RowSpan > at)
            {
                yield return c with { RowSpan = c.RowSpan + count };
            }
            else
            {
                yield return c;
            }
        }

        if (fill is not null)
        {
            for (var r = at; r < at + count; r++)
            {
                foreach (var c in fill(r))
                {
                    yield return c;
                }
            }
        }
    }

    public static int ColumnCount(IEnumerable<EditCell> cells) => cells.Select(c => c.Column + c.ColumnSpan).DefaultIfEmpty(0).Max();

    public static int RowCount(IEnumerable<EditCell> cells) => cells.Select(c => c.Row + c.RowSpan).DefaultIfEmpty(0).Max();
}
