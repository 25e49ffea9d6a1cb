using Jixiao.Documents.Grid;

namespace Jixiao.Documents.FormReading;

/// <summary>
/// A form's table that a page break cut in two, the second part starting with the heading row(s) of the first
/// repeated (Word's "repeat header rows" turned into text, a table copied page by page): the two are one table, the
/// repeated heading dropped. Only a repeat of at least one row of two or more filled cells, equal cell by cell (column,
/// spans and text), joins them; anything else stays a table of its own. A second part that repeats no heading at all
/// (<see cref="Append"/>) is joined by the form readers only when it is no form by itself and the first part, read with
/// its rows, still reads as the same forms (<see cref="FormFiles"/>).
/// </summary>
internal static class TableContinuation
{
    /// <summary>The table <paramref name="first"/> followed by the rows of <paramref name="second"/> under its repeated
    /// heading, or null when <paramref name="second"/> does not start by repeating rows of <paramref name="first"/>. The
    /// cells taken from the second table keep their place there, named with that table ("第 2 个表格第 3 行第 2 列").</summary>
    public static CellGrid? Join(CellGrid first, CellGrid second)
    {
        if (first.IsFlow || second.IsFlow || second.RowCount < 2 || !IsHeading(second, 0))
        {
            return null;
        }

        for (var start = 0; start < first.RowCount; start++)
        {
            var repeated = 0;
            while (start + repeated < first.RowCount && repeated < second.RowCount - 1 && SameRow(first, start + repeated, second, repeated))
            {
                repeated++;
            }

            if (repeated > 0)
            {
                return Joined(first, second, repeated);
            }
        }

        return null;
    }

    /// <summary>The rows of <paramref name="second"/> under those of <paramref name="first"/>, as one table: a Word table
    /// cut by a page break whose second part does not repeat the heading (the labels merged down across the break often
    /// printed again in its first row). Only tables of the same columns are put together; whether the result is one
    /// form is the reader's to say. Null for a flow grid or tables of different widths.</summary>
    public static CellGrid? Append(CellGrid first, CellGrid second) =>
        first.IsFlow || second.IsFlow || second.RowCount == 0 || first.ColumnCount != second.ColumnCount
            ? null
            : Joined(first, second, 0);

    private static CellGrid Joined(CellGrid first, CellGrid second, int repeated)
    {
        var builder = new CellGridBuilder(first.Name);
        foreach (var cell in first.Cells)
        {
            builder.Add(cell.Row, cell.Column, cell.Text, cell.RowSpan, cell.ColumnSpan, cell.Place);
        }

        var offset = first.RowCount - repeated;
        foreach (var cell in second.Cells)
        {
            if (cell.Row >= repeated)
            {
                builder.Add(cell.Row + offset, cell.Column, cell.Text, cell.RowSpan, cell.ColumnSpan, second.Name + cell.Place);
            }
        }

        return builder.Build();
    }

    /// <summary>A row worth matching as a heading: two or more filled cells start in it.</summary>
    private static bool IsHeading(CellGrid grid, int row) => grid.StartingIn(row).Count(c => !c.IsEmpty) >= 2;

    private static bool SameRow(CellGrid a, int rowA, CellGrid b, int rowB)
    {
        var left = a.StartingIn(rowA);
        var right = b.StartingIn(rowB);
        if (left.Count != right.Count || !IsHeading(b, rowB))
        {
            return false;
        }

        for (var i = 0; i < left.Count; i++)
        {
            var (x, y) = (left[i], right[i]);
            if (x.Column != y.Column || x.ColumnSpan != y.ColumnSpan || x.Text != y.Text)
            {
                return false;
            }
        }

        return true;
    }
}
