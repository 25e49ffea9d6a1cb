namespace Jixiao.Documents.Grid;

/// <summary>
/// A table as a rectangle of positions, whatever file it came from: every position is covered by exactly one
/// <see cref="GridCell"/> (a merged cell covers several) or by nothing (a short row). Readers look cells up by
/// position and by label (<see cref="GridSearch"/>) and never need to know the file format.
/// </summary>
/// <remarks>
/// A grid from the published text layout is a <em>flow</em> grid (<see cref="IsFlow"/>): that layout keeps the
/// order of cells and the blank line that usually ends a row, but not column positions, and a cell's blank
/// lines cannot be told from a row end. Readers of a flow grid may rely on the order of cells only.
/// </remarks>
public sealed class CellGrid
{
    private GridCell?[]? _cover;
    private readonly GridCell[][] _rows;
    private readonly GridCell[]?[] _starting;

    internal CellGrid(string name, int rowCount, int columnCount, IReadOnlyList<GridCell> cells, bool isFlow)
    {
        Name = name;
        RowCount = rowCount;
        ColumnCount = columnCount;
        Cells = cells;
        IsFlow = isFlow;

        // One exact array per row (counted first): a text file's grids hold tens of thousands of cells, and a list
        // per row with its growth was a large part of reading them.
        var counts = new int[rowCount];
        foreach (var cell in cells)
        {
            for (var r = cell.Row; r <= cell.LastRow; r++)
            {
                counts[r]++;
            }
        }

        _rows = new GridCell[rowCount][];
        _starting = new GridCell[]?[rowCount];
        for (var r = 0; r < rowCount; r++)
        {
            _rows[r] = counts[r] == 0 ? [] : new GridCell[counts[r]];
            counts[r] = 0;
        }

        foreach (var cell in cells)
        {
            for (var r = cell.Row; r <= cell.LastRow; r++)
            {
                _rows[r][counts[r]++] = cell;
            }
        }
    }

    /// <summary>The cell at each position, made when first asked: a flow grid of a text file has rows of dozens of
    /// cells, and its readers go by order, not by position.</summary>
    private GridCell?[] Cover()
    {
        if (_cover is { } made)
        {
            return made;
        }

        var cover = new GridCell?[RowCount * ColumnCount];
        foreach (var cell in Cells)
        {
            for (var r = cell.Row; r <= cell.LastRow; r++)
            {
                for (var c = cell.Column; c <= cell.LastColumn; c++)
                {
                    cover[(r * ColumnCount) + c] = cell;
                }
            }
        }

        _cover = cover;
        return cover;
    }

    /// <summary>How the user finds the table: "第 2 个表格", a sheet name, "表格 3".</summary>
    public string Name { get; }

    public int RowCount { get; }

    public int ColumnCount { get; }

    /// <summary>Every cell once, in reading order (by top row, then by column).</summary>
    public IReadOnlyList<GridCell> Cells { get; }

    public bool IsFlow { get; }

    /// <summary>The cell covering a position, or null for a position no cell covers (past the end of a short row).</summary>
    public GridCell? At(int row, int column) =>
        row >= 0 && row < RowCount && column >= 0 && column < ColumnCount ? Cover()[(row * ColumnCount) + column] : null;

    /// <summary>The text at a position; empty where no cell is.</summary>
    public string Text(int row, int column) => At(row, column)?.Text ?? string.Empty;

    /// <summary>The cells covering <paramref name="row"/> left to right, merged cells from rows above included.</summary>
    public IReadOnlyList<GridCell> Row(int row) => row >= 0 && row < RowCount ? _rows[row] : [];

    /// <summary>The cells whose top row is <paramref name="row"/>, left to right.</summary>
    public IReadOnlyList<GridCell> StartingIn(int row)
    {
        if (row < 0 || row >= RowCount)
        {
            return [];
        }

        // Kept once asked: readers ask every row several times (end of block, heading, labels). A row no merged
        // cell enters from above (every row of a text table) is its own list.
        return _starting[row] ??= Starting(_rows[row], row);
    }

    private static GridCell[] Starting(GridCell[] cells, int row)
    {
        var count = 0;
        foreach (var cell in cells)
        {
            count += cell.Row == row ? 1 : 0;
        }

        if (count == cells.Length)
        {
            return cells;
        }

        var starting = new GridCell[count];
        count = 0;
        foreach (var cell in cells)
        {
            if (cell.Row == row)
            {
                starting[count++] = cell;
            }
        }

        return starting;
    }

    /// <summary>The first cell covering <paramref name="row"/> right of <paramref name="cell"/>, skipping empty
    /// ones when <paramref name="skipEmpty"/>; null at the end of the row.</summary>
    public GridCell? RightOf(GridCell cell, int row, bool skipEmpty = true)
    {
        if (row < 0 || row >= RowCount)
        {
            return null;
        }

        foreach (var next in _rows[row])
        {
            if (next.Column > cell.LastColumn && (!skipEmpty || !next.IsEmpty))
            {
                return next;
            }
        }

        return null;
    }

    /// <summary>The cell right under <paramref name="cell"/> (at its first column), or null at the bottom.</summary>
    public GridCell? Below(GridCell cell) => At(cell.LastRow + 1, cell.Column);

    public override string ToString() => $"{Name}（{RowCount} 行 × {ColumnCount} 列）";
}
