using Jixiao.Documents.Grid;

namespace Jixiao.Documents.GoalTables;

/// <summary>
/// The body rows under an <see cref="IndicatorHeader"/>, up to the row that ends the block: another heading row, a
/// label of a table's head (the next project), an end label (审核意见, 填表人, 合计) or the end of the grid. A
/// merged cell counts for every row it covers (一级指标 printed once for its rows), and a cell spanning several
/// headings belongs to the first of them. Rows of a flow grid are cut to the heading's width.
/// </summary>
internal sealed class IndicatorBlock
{
    /// <summary>Labels that end the block wherever they stand in a row: the next table's name or code, an end row.</summary>
    private static readonly HashSet<GoalLabel> Stops = [GoalLabel.End, GoalLabel.ProjectName, GoalLabel.ProjectCode];

    /// <summary>Labels that end the block when they open a row (the next table's head); further right in a row the
    /// same words can be an indicator's own (资金到位率 under 资金投入).</summary>
    private static readonly HashSet<GoalLabel> RowStarts =
    [
        GoalLabel.Budget, GoalLabel.MoneyBlock, GoalLabel.GoalsBlock, GoalLabel.LongTermGoal, GoalLabel.BudgetAndUse,
        GoalLabel.Department, GoalLabel.Unit, GoalLabel.SpendingPlan,
    ];

    private IndicatorBlock(IndicatorHeader header) => Header = header;

    public IndicatorHeader Header { get; }

    public List<RawRow> Rows { get; } = [];

    /// <summary>The first row after the block (where reading goes on).</summary>
    public int EndRow { get; private set; }

    /// <summary>Cells of a flow grid left over after the last full row (a truncated file), with the place of the first.</summary>
    public (int Count, string Place, int Line)? ShortLastRow { get; private set; }

    /// <summary>True when the block ran to the end of its grid (the table may go on in the next one).</summary>
    public bool RanToEnd { get; private set; }

    /// <summary>A flow block's cells: one range of each grid it runs through (one, unless the table goes on in the
    /// next grid), cut into rows by <see cref="Finish"/>.</summary>
    private readonly List<GridCellList> _flowParts = new(1); // one part, unless the table goes on in the next grid
    private int _flowCount;

    /// <summary>Empty cells put into the flow where a row was printed short (a merged cell printed once, a cell left
    /// out) and the next row clearly starts after it: <c>Count</c> of them before flow cell <c>At</c>, in order.</summary>
    private List<(int At, int Count)>? _pads;
    private int _padCount;

    /// <summary>The row printed short whose end could not be told (nothing in the next row says where it starts) and
    /// that the rows after it do not make up for: they are shifted, so a short last row is named by it.</summary>
    public (int Count, string Place, int Line)? FirstShortRow { get; private set; }

    public static IndicatorBlock Read(IndicatorHeader header, ReadOptions options)
    {
        var block = new IndicatorBlock(header);
        block.EndRow = header.Grid.IsFlow
            ? block.CollectFlow(header.Grid, header.LastRow + 1, options)
            : block.ReadRows(header.Grid, header.LastRow + 1, options);
        block.RanToEnd = block.EndRow >= header.Grid.RowCount;
        return block;
    }

    /// <summary>Rows of a grid that continues the table on the next page without repeating the heading; the row
    /// where the block ends in it.</summary>
    public int Continue(CellGrid grid, ReadOptions options)
    {
        var end = grid.IsFlow ? CollectFlow(grid, 0, options) : ReadRows(grid, 0, options);
        RanToEnd = end >= grid.RowCount;
        return end;
    }

    /// <summary>Cuts the cells of a flow block into rows of the heading's width (after every continuation).</summary>
    public void Finish()
    {
        if (!Header.Grid.IsFlow || _flowCount == 0)
        {
            return;
        }

        var width = Header.Columns.Count;
        if (_pads is not null)
        {
            FinishPadded(width);
            return;
        }

        Rows.EnsureCapacity(Rows.Count + (_flowCount / width));
        for (var start = 0; start < _flowCount; start += width)
        {
            var count = Math.Min(width, _flowCount - start);
            var empty = true;
            for (var i = start; i < start + count && empty; i++)
            {
                empty = FlowCell(i).IsEmpty;
            }

            if (empty)
            {
                continue;
            }

            var first = FlowCell(start);
            if (count < width)
            {
                ShortLastRow = (count, first.Place, first.Line);
                break;
            }

            // A row within one grid's range (every row, unless the table goes on in the next grid mid-row) reads its
            // texts from the grid's cells: no copy of them per row.
            if (InOnePart(start, width))
            {
                Rows.Add(new RawRow(first, width));
                continue;
            }

            var values = new string[width];
            for (var i = 0; i < width; i++)
            {
                values[i] = FlowCell(start + i).Text;
            }

            Rows.Add(new RawRow(values, first));
        }

        _flowParts.Clear();
        _flowCount = 0;
    }

    /// <summary><see cref="Finish"/> where rows were padded: the flow with its empty cells put in, cut into rows.</summary>
    private void FinishPadded(int width)
    {
        // The flow index of each place in the padded flow, -1 for an empty cell put in.
        var map = new int[_flowCount + _padCount];
        var (next, at) = (0, 0);
        foreach (var (padAt, count) in _pads!)
        {
            for (; next < padAt; next++)
            {
                map[at++] = next;
            }

            for (var i = 0; i < count; i++)
            {
                map[at++] = -1;
            }
        }

        for (; next < _flowCount; next++)
        {
            map[at++] = next;
        }

        for (var start = 0; start < map.Length; start += width)
        {
            var count = Math.Min(width, map.Length - start);
            var empty = true;
            for (var i = start; i < start + count && empty; i++)
            {
                empty = map[i] < 0 || FlowCell(map[i]).IsEmpty;
            }

            if (empty)
            {
                continue;
            }

            var first = FlowCell(map[start]); // a row never starts with an empty cell put in: one is put after a cell
            if (count < width)
            {
                ShortLastRow = (count, first.Place, first.Line);
                break;
            }

            var values = new string[width];
            for (var i = 0; i < width; i++)
            {
                values[i] = map[start + i] < 0 ? string.Empty : FlowCell(map[start + i]).Text;
            }

            Rows.Add(new RawRow(values, first));
        }

        _flowParts.Clear();
        (_flowCount, _pads, _padCount) = (0, null, 0);
    }

    /// <summary>True when the flow cells <paramref name="start"/>..+<paramref name="count"/> are in one part: one range
    /// of one grid's cells, following one another.</summary>
    private bool InOnePart(int start, int count)
    {
        foreach (var part in _flowParts)
        {
            if (start < part.Count)
            {
                return start + count <= part.Count;
            }

            start -= part.Count;
        }

        return false;
    }

    private GridCell FlowCell(int index)
    {
        foreach (var part in _flowParts)
        {
            if (index < part.Count)
            {
                return part[index];
            }

            index -= part.Count;
        }

        throw new ArgumentOutOfRangeException(nameof(index));
    }

    /// <summary>True when a row of <paramref name="grid"/> ends a block.</summary>
    public static bool IsStop(CellGrid grid, int row, ReadOptions options)
    {
        var first = true;
        var cells = grid.StartingIn(row);
        for (var i = 0; i < cells.Count; i++)
        {
            var cell = cells[i];
            if (cell.IsEmpty)
            {
                continue;
            }

            if ((GoalVocabulary.LabelOf(GridSearch.LabelMatchOf(cell, GoalVocabulary.Labels)) is { } kind
                    && (Stops.Contains(kind) || (first && RowStarts.Contains(kind))))
                || GoalVocabulary.Labels.StartsWithLabelOfKey(cell.Key, nameof(GoalLabel.End)))
            {
                return true;
            }

            first = false;
        }

        return IndicatorHeader.IsAt(grid, row, options);
    }

    private int ReadRows(CellGrid grid, int from, ReadOptions options)
    {
        var row = from;
        for (; row < grid.RowCount; row++)
        {
            if (IsStop(grid, row, options))
            {
                break;
            }

            var used = new HashSet<GridCell>();
            var values = new List<string>(Header.Columns.Count);
            var place = string.Empty;
            foreach (var column in Header.Columns)
            {
                var parts = new List<string>();
                for (var c = column.FirstColumn; c <= column.LastColumn; c++)
                {
                    if (grid.At(row, c) is { } cell && used.Add(cell) && !cell.IsEmpty)
                    {
                        parts.Add(cell.Text);
                        if (place.Length == 0 && cell.Row == row)
                        {
                            place = cell.Place;
                        }
                    }
                }

                values.Add(string.Join('\n', parts));
            }

            if (grid.StartingIn(row).All(c => c.IsEmpty))
            {
                continue; // an empty row, or one whose only text comes from cells merged down from above
            }

            Rows.Add(new RawRow(values, place.Length > 0 ? place : $"第 {row + 1} 行", 0));
        }

        return row;
    }

    private int CollectFlow(CellGrid grid, int from, ReadOptions options)
    {
        // The block's cells are the grid's cells from its first row to the row that stops it: one range, not a copy.
        var row = from;
        while (row < grid.RowCount && !IsStop(grid, row, options))
        {
            row++;
        }

        // A row of empty cells shorter than the heading, at a row's start and before a full row, is a table's empty
        // separator row with merged cells (湘潭 2024 prints one under 产出指标): the text layout prints a merged cell
        // once, so its cells would shift every row after it. It is left out. A short row with text is padded with
        // empty cells when the next line of cells clearly starts a row (see StartsRow); any other is read as it comes.
        var width = Header.Columns.Count;
        var position = _flowCount; // flow index of the row's first cell
        var slot = _flowCount + _padCount; // its place in the padded flow: where rows start
        var segment = from;
        (int Count, string Place, int Line)? unresolved = null; // a short row the rows after it have not made up for
        for (var r = from; r < row; r++)
        {
            var cells = grid.StartingIn(r);
            if (slot % width == 0)
            {
                unresolved = null; // rows start where they should again: the short row was a row's first part (a cell
                                   // ending in an empty paragraph), not a row short of cells
            }

            if (slot % width == 0 && cells.Count < width && IsEmpty(cells)
                && (r + 1 == row || grid.StartingIn(r + 1).Count >= width))
            {
                AddFlow(grid.StartingIn(segment, r));
                segment = r + 1;
                continue;
            }

            if (slot % width == 0 && cells.Count < width && r + 1 < row)
            {
                if (StartsRow(grid.StartingIn(r + 1)))
                {
                    Pad(cells, position, width);
                    position += cells.Count;
                    slot += width;
                    continue;
                }

                unresolved = (cells.Count, cells[0].Place, cells[0].Line);
            }

            position += cells.Count;
            slot += cells.Count;
        }

        FirstShortRow ??= unresolved;

        AddFlow(grid.StartingIn(segment, row));
        return row;
    }

    /// <summary>True when a line of cells, read from the heading's first column, starts a row by its levels: its first
    /// cell with text under an 一级 or 二级 heading names a level of that kind in the indicator frameworks (产出指标
    /// under 一级指标, or an empty 一级 and 数量指标 under 二级指标), with only empty cells, a 序号 or the block's side
    /// label before it.</summary>
    private bool StartsRow(GridCellList cells)
    {
        for (var i = 0; i < cells.Count && i < Header.Columns.Count; i++)
        {
            var column = Header.Columns[i];
            switch (column.Column)
            {
                case GoalColumn.Level1 or GoalColumn.Level2 when !column.LongTerm:
                    if (!cells[i].IsEmpty)
                    {
                        return LevelNames.IsOf(column.Column, cells[i].Text);
                    }

                    break;
                case GoalColumn.Block or GoalColumn.Ignore:
                    break;
                default:
                    return false;
            }
        }

        return false;
    }

    /// <summary>Pads a short row (flow cells from <paramref name="position"/>) to <paramref name="width"/>: an 一级 name
    /// followed by a cell that names no level was merged across the 二级 column (printed once), so an empty 二级 goes
    /// after it; the cells still missing are the row's last (a 指标值确定依据 left out).</summary>
    private void Pad(GridCellList cells, int position, int width)
    {
        _pads ??= [];
        var missing = width - cells.Count;
        var level1 = IndexOf(GoalColumn.Level1);
        var level2 = IndexOf(GoalColumn.Level2);
        if (level1 >= 0 && level2 == level1 + 1 && cells.Count > level2
            && LevelNames.IsLevel1(cells[level1].Text) && !cells[level2].IsEmpty
            && !LevelNames.IsLevel1(cells[level2].Text) && !LevelNames.IsLevel2(cells[level2].Text))
        {
            _pads.Add((position + level2, 1));
            missing--;
        }

        if (missing > 0)
        {
            _pads.Add((position + cells.Count, missing));
        }

        _padCount += width - cells.Count;
    }

    private int IndexOf(GoalColumn kind)
    {
        for (var i = 0; i < Header.Columns.Count; i++)
        {
            if (Header.Columns[i].Column == kind && !Header.Columns[i].LongTerm)
            {
                return i;
            }
        }

        return -1;
    }

    private void AddFlow(GridCellList part)
    {
        if (part.Count > 0)
        {
            _flowParts.Add(part);
            _flowCount += part.Count;
        }
    }

    private static bool IsEmpty(GridCellList cells)
    {
        for (var i = 0; i < cells.Count; i++)
        {
            if (!cells[i].IsEmpty)
            {
                return false;
            }
        }

        return true;
    }
}
