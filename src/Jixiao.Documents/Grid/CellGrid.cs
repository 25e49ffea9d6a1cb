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
/// <para>The cells are one array of <see cref="CellData"/> in reading order, handed out as <see cref="GridCell"/>
/// handles; what readers ask of a cell again and again (its key, its match and label in a label set) is kept in
/// arrays beside it, made when first asked — in a text grid, key, matches and labels only for the cells with a long
/// text, the short ones being answered by the read's <see cref="CellTextCache"/> (<see cref="CellData.Slot"/>). A row is a range
/// of that array when no cell spans rows (every text table), else a slice of one index array.</para>
/// </remarks>
public sealed class CellGrid
{
    private readonly CellData[] _cells;

    /// <summary>Index of the first cell whose top row is r, for r in 0..RowCount (the last entry is the cell count).</summary>
    private readonly int[] _firstOfRow;

    /// <summary>The cells covering each row, row after row (null when no cell spans rows: a row is then its range).</summary>
    private readonly int[]? _covering;

    /// <summary>Where each row's part of <see cref="_covering"/> starts, for r in 0..RowCount.</summary>
    private readonly int[]? _coveringStart;

    /// <summary>Each cell's spans and where the user finds it (Word, Excel, HTML); null for a text file's grid, whose
    /// cells span nothing and are placed by their line.</summary>
    private readonly CellPlacing[]? _placings;

    /// <summary>How many cells keep their answers in this grid's own arrays (<see cref="CellData.Slot"/> zero or more).</summary>
    private readonly int _ownSlots;

    private int[]? _cover;
    private string?[]? _keys;
    private LabelCache[] _labelCaches = [];
    private IReadOnlyList<GridCell>? _all;

    /// <summary>The answers for short texts shared by the grids of one read, or null (each grid answers its own cells).</summary>
    private readonly CellTextCache? _shared;

    /// <param name="shared">The answers the grids of one read share; a cell whose <see cref="CellData.Slot"/> is negative is
    /// answered there. Without it every cell's slot must be its own index.</param>
    /// <param name="placings">Each cell's spans and where the user finds it, by index, or null when no cell spans more
    /// than its position and cells are placed by their line.</param>
    internal CellGrid(string name, int rowCount, int columnCount, CellData[] cells, bool isFlow, CellTextCache? shared = null, CellPlacing[]? placings = null)
    {
        Name = name;
        _shared = shared;
        _placings = placings;
        RowCount = rowCount;
        ColumnCount = columnCount;
        IsFlow = isFlow;
        _cells = cells;

        // Cells come in reading order (by top row, then by column), so the cells starting in a row are a range.
        _firstOfRow = new int[rowCount + 1];
        var spansRows = false;
        var i = 0;
        for (var r = 0; r <= rowCount; r++)
        {
            for (; i < cells.Length && cells[i].Row < r; i++)
            {
                spansRows |= RowSpanAt(i) > 1;
                _ownSlots = Math.Max(_ownSlots, cells[i].Slot + 1);
            }

            _firstOfRow[r] = i;
        }

        if (!spansRows)
        {
            return;
        }

        // The cells covering each row, in cell order (a cell from a row above comes before the row's own cells, as
        // readers have always seen them): counted first, then filled into one array.
        _coveringStart = new int[rowCount + 1];
        for (i = 0; i < cells.Length; i++)
        {
            for (var r = cells[i].Row; r < cells[i].Row + RowSpanAt(i); r++)
            {
                _coveringStart[r + 1]++;
            }
        }

        for (var r = 0; r < rowCount; r++)
        {
            _coveringStart[r + 1] += _coveringStart[r];
        }

        _covering = new int[_coveringStart[rowCount]];
        var next = _coveringStart[..rowCount];
        for (i = 0; i < cells.Length; i++)
        {
            for (var r = cells[i].Row; r < cells[i].Row + RowSpanAt(i); r++)
            {
                _covering[next[r]++] = i;
            }
        }
    }

    /// <summary>How the user finds the table: "第 2 个表格", a sheet name, "表格 3".</summary>
    public string Name { get; }

    public int RowCount { get; }

    public int ColumnCount { get; }

    /// <summary>Every cell once, in reading order (by top row, then by column).</summary>
    public IReadOnlyList<GridCell> Cells => _all ??= new GridCellList(this, null, 0, _cells.Length);

    public bool IsFlow { get; }

    /// <summary>The cell covering a position, or null for a position no cell covers (past the end of a short row).</summary>
    public GridCell? At(int row, int column)
    {
        if (row < 0 || row >= RowCount || column < 0 || column >= ColumnCount)
        {
            return null;
        }

        if (_covering is null)
        {
            // No cell spans rows (every text table): the row's own cells, left to right without overlap, are searched
            // instead of making a map of every position of the grid.
            var low = _firstOfRow[row];
            var high = _firstOfRow[row + 1] - 1;
            while (low <= high)
            {
                var middle = low + ((high - low) / 2);
                ref readonly var cell = ref _cells[middle];
                if (column < cell.Column)
                {
                    high = middle - 1;
                }
                else if (column >= cell.Column + ColumnSpanAt(middle))
                {
                    low = middle + 1;
                }
                else
                {
                    return new GridCell(this, middle);
                }
            }

            return null;
        }

        var index = Cover()[(row * ColumnCount) + column];
        return index == 0 ? null : new GridCell(this, index - 1);
    }

    /// <summary>The text at a position; empty where no cell is.</summary>
    public string Text(int row, int column) => At(row, column)?.Text ?? string.Empty;

    /// <summary>The cells covering <paramref name="row"/>, merged cells from rows above included.</summary>
    public GridCellList Row(int row)
    {
        if (row < 0 || row >= RowCount)
        {
            return default;
        }

        return _covering is null
            ? StartingIn(row)
            : new GridCellList(this, _covering, _coveringStart![row], _coveringStart[row + 1] - _coveringStart[row]);
    }

    /// <summary>The cells whose top row is <paramref name="row"/>, left to right.</summary>
    public GridCellList StartingIn(int row) =>
        row < 0 || row >= RowCount ? default : new GridCellList(this, null, _firstOfRow[row], _firstOfRow[row + 1] - _firstOfRow[row]);

    /// <summary>The cells whose top row is in <paramref name="fromRow"/>..<paramref name="toRow"/> (exclusive), in
    /// reading order: one range of the grid's cells.</summary>
    internal GridCellList StartingIn(int fromRow, int toRow)
    {
        fromRow = Math.Clamp(fromRow, 0, RowCount);
        toRow = Math.Clamp(toRow, fromRow, RowCount);
        return new GridCellList(this, null, _firstOfRow[fromRow], _firstOfRow[toRow] - _firstOfRow[fromRow]);
    }

    /// <summary>The first cell covering <paramref name="row"/> right of <paramref name="cell"/>, skipping empty
    /// ones when <paramref name="skipEmpty"/>; null at the end of the row.</summary>
    public GridCell? RightOf(GridCell cell, int row, bool skipEmpty = true)
    {
        foreach (var next in Row(row))
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

    internal ref readonly CellData DataAt(int index) => ref _cells[index];

    internal string? PlaceAt(int index) => _placings?[index].Place;

    internal int RowSpanAt(int index) => _placings is null ? 1 : _placings[index].RowSpan;

    internal int ColumnSpanAt(int index) => _placings is null ? 1 : _placings[index].ColumnSpan;

    internal string KeyAt(int index)
    {
        ref readonly var cell = ref _cells[index];
        if (cell.Slot < 0)
        {
            return _shared!.Key(~cell.Slot);
        }

        _keys ??= new string?[_ownSlots];
        return _keys[cell.Slot] ??= GridText.Key(cell.Text);
    }

    internal LabelMatch? MatchAt(int index, LabelSet labels)
    {
        ref readonly var cell = ref _cells[index];
        if (cell.Slot < 0)
        {
            return _shared!.Match(~cell.Slot, labels);
        }

        ref var match = ref Cache(labels).Matches[cell.Slot];
        match ??= labels.Match(cell.Text.Length, KeyAt(index)) ?? LabelCache.NoMatch;
        return ReferenceEquals(match, LabelCache.NoMatch) ? null : match;
    }

    /// <summary><see cref="GridSearch.LabelOf"/> of a non-empty cell. A short text's label is worked out once per read
    /// (<see cref="CellTextCache.Label"/>) and made into the cell's <see cref="GridLabel"/> when asked; a cell with a
    /// slot of its own keeps its label.</summary>
    internal GridLabel? LabelAt(int index, LabelSet labels)
    {
        ref readonly var cell = ref _cells[index];
        if (cell.Slot < 0)
        {
            return _shared!.Label(~cell.Slot, labels)?.Of(new GridCell(this, index));
        }

        ref var label = ref Cache(labels).Labels[cell.Slot];
        label ??= GridSearch.Find(cell.Text, KeyAt(index), MatchAt(index, labels), labels)?.Of(new GridCell(this, index)) ?? LabelCache.NoLabel;
        return ReferenceEquals(label, LabelCache.NoLabel) ? null : label;
    }

    /// <summary>The match of <see cref="LabelAt"/>, with no label made for a short text.</summary>
    internal LabelMatch? LabelMatchAt(int index, LabelSet labels) =>
        _cells[index].Slot < 0 ? _shared!.Label(~_cells[index].Slot, labels)?.Match : LabelAt(index, labels)?.Match;

    /// <summary>The position → cell index + 1 map (0: no cell) of a grid with cells spanning rows, made when first
    /// asked.</summary>
    private int[] Cover()
    {
        if (_cover is { } made)
        {
            return made;
        }

        var cover = new int[RowCount * ColumnCount];
        for (var i = 0; i < _cells.Length; i++)
        {
            ref readonly var cell = ref _cells[i];
            for (var r = cell.Row; r < cell.Row + RowSpanAt(i); r++)
            {
                for (var c = cell.Column; c < cell.Column + ColumnSpanAt(i); c++)
                {
                    cover[(r * ColumnCount) + c] = i + 1;
                }
            }
        }

        _cover = cover;
        return cover;
    }

    /// <remarks>A grid is read by one reader at a time, with a handful of label sets (goal tables ask every cell for a
    /// column heading and for a label of the head in turn).</remarks>
    private LabelCache Cache(LabelSet labels)
    {
        foreach (var cache in _labelCaches)
        {
            if (ReferenceEquals(cache.Set, labels))
            {
                return cache;
            }
        }

        var added = new LabelCache(labels, _ownSlots);
        _labelCaches = [.. _labelCaches, added];
        return added;
    }

    /// <summary>The match and label of each cell with a slot of its own in one label set; null: not asked yet.</summary>
    private sealed class LabelCache(LabelSet set, int slots)
    {
        /// <summary>Marks a cell asked for its match (or label) that has none, so "not asked" needs no flag.</summary>
        public static readonly LabelMatch NoMatch = new(string.Empty, LabelMatchKind.Exact, string.Empty, string.Empty);

        public static readonly GridLabel NoLabel = new(default, NoMatch, null);

        public LabelSet Set { get; } = set;

        /// <remarks>Each made when first asked: some label sets are asked only for matches.</remarks>
        public LabelMatch?[] Matches => field ??= new LabelMatch?[slots];

        public GridLabel?[] Labels => field ??= new GridLabel?[slots];
    }
}
