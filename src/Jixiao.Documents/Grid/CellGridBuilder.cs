namespace Jixiao.Documents.Grid;

/// <summary>
/// Collects cells as a source lays them out and builds the <see cref="CellGrid"/>. Sources that know merged areas
/// up front (Excel, HTML rowspan/colspan) add cells with their spans; Word, which marks a vertical merge on each
/// continued cell, calls <see cref="ContinueDown"/>. Overlapping cells from a damaged file are clipped to what is
/// still free: the cell placed first keeps a contested position, and a cell whose first position is already
/// covered is dropped (its text belongs to the covering cell in every program that shows the file).
/// </summary>
public sealed class CellGridBuilder(string name, bool isFlow = false)
{
    private readonly List<Pending> _cells = [];
    private readonly Dictionary<(int Row, int Column), Pending> _taken = [];

    public int RowCount { get; private set; }

    /// <summary>Adds a cell; raw text is cleaned with <see cref="GridText.Clean"/>.</summary>
    public void Add(int row, int column, string rawText, int rowSpan = 1, int columnSpan = 1, string? place = null, int line = 0)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(row);
        ArgumentOutOfRangeException.ThrowIfNegative(column);
        rowSpan = Math.Max(1, rowSpan);
        columnSpan = Math.Max(1, columnSpan);
        while (columnSpan > 1 && Enumerable.Range(column, columnSpan).Any(c => _taken.ContainsKey((row, c))))
        {
            columnSpan--;
        }

        if (_taken.ContainsKey((row, column)))
        {
            return;
        }

        var pending = new Pending(row, column, GridText.Clean(rawText), place ?? string.Empty, line) { ColumnSpan = columnSpan };
        _cells.Add(pending);
        Take(pending, row, Math.Min(row + rowSpan - 1, MaxRow(row, column, columnSpan, rowSpan)));
    }

    /// <summary>The cell covering (<paramref name="row"/> − 1, <paramref name="column"/>) grows down over
    /// <paramref name="row"/> (Word's vMerge="continue"). False when there is no cell above to continue.</summary>
    public bool ContinueDown(int row, int column)
    {
        if (row == 0 || !_taken.TryGetValue((row - 1, column), out var above) || _taken.ContainsKey((row, column)))
        {
            return false;
        }

        Take(above, row, row);
        return true;
    }

    /// <summary>The first column of <paramref name="row"/> at or after <paramref name="from"/> that no cell covers
    /// yet (HTML places cells after those that span down from rows above).</summary>
    public int NextFreeColumn(int row, int from)
    {
        var column = from;
        while (_taken.ContainsKey((row, column)))
        {
            column++;
        }

        return column;
    }

    public CellGrid Build()
    {
        var rows = _cells.Count == 0 ? 0 : _cells.Max(c => c.LastRow) + 1;
        var columns = _cells.Count == 0 ? 0 : _cells.Max(c => c.Column + c.ColumnSpan);
        var ordered = _cells.OrderBy(c => c.Row).ThenBy(c => c.Column).ToArray();
        var cells = new CellData[ordered.Length];
        var placings = new CellPlacing[ordered.Length];
        for (var i = 0; i < ordered.Length; i++)
        {
            var c = ordered[i];
            cells[i] = new CellData(c.Row, c.Column, c.Text, c.Line, i);
            placings[i] = new CellPlacing(c.LastRow - c.Row + 1, c.ColumnSpan, c.Place);
        }

        return new CellGrid(name, rows, columns, cells, isFlow, placings: placings);
    }

    /// <summary>The last row a new cell may span to before it would run into a cell already placed.</summary>
    private int MaxRow(int row, int column, int columnSpan, int rowSpan)
    {
        for (var r = row + 1; r < row + rowSpan; r++)
        {
            for (var c = column; c < column + columnSpan; c++)
            {
                if (_taken.ContainsKey((r, c)))
                {
                    return r - 1;
                }
            }
        }

        return row + rowSpan - 1;
    }

    private void Take(Pending cell, int fromRow, int toRow)
    {
        for (var r = fromRow; r <= toRow; r++)
        {
            for (var c = cell.Column; c < cell.Column + cell.ColumnSpan; c++)
            {
                _taken[(r, c)] = cell;
            }
        }

        cell.LastRow = Math.Max(cell.LastRow, toRow);
        RowCount = Math.Max(RowCount, toRow + 1);
    }

    private sealed class Pending(int row, int column, string text, string place, int line)
    {
        public int Row { get; } = row;

        public int Column { get; } = column;

        public string Text { get; } = text;

        public string Place { get; } = place;

        public int Line { get; } = line;

        public int ColumnSpan { get; init; } = 1;

        public int LastRow { get; set; } = row;
    }
}
