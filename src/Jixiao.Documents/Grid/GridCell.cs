namespace Jixiao.Documents.Grid;

/// <summary>
/// One cell of a <see cref="CellGrid"/>: a merged area counts once, at its top-left position, with its spans.
/// Rows and columns are 0-based inside the grid; <see cref="Place"/> says where the cell is in the user's terms
/// ("第 3 行第 2 列", "B7", "第 54 行").
/// </summary>
/// <remarks>A handle (the grid and the cell's index in it), not an object: the grid holds its cells in one array of
/// <see cref="CellData"/> and the answers readers ask again and again (key, label matches) in arrays beside it, so
/// reading a text file of 90,000 cells makes no object per cell. Two cells are equal when position, spans, text and
/// place are, whichever grid they come from (a reference test compares grids built two ways).</remarks>
public readonly struct GridCell : IEquatable<GridCell>
{
    private readonly CellGrid? _grid;
    private readonly int _index;

    internal GridCell(CellGrid grid, int index)
    {
        _grid = grid;
        _index = index;
    }

    private ref readonly CellData Data => ref _grid!.DataAt(_index);

    public int Row => Data.Row;

    public int Column => Data.Column;

    /// <summary>The cell's text; empty for the default cell (no grid).</summary>
    public string Text => _grid is null ? string.Empty : Data.Text;

    public int RowSpan => _grid!.RowSpanAt(_index);

    public int ColumnSpan => _grid!.ColumnSpanAt(_index);

    public int LastRow => Row + RowSpan - 1;

    public int LastColumn => Column + ColumnSpan - 1;

    /// <remarks>A cell of a text file is placed by its line ("第 54 行"), made when asked: most cells never are.</remarks>
    public string Place => _grid!.PlaceAt(_index) ?? (Data.Line > 0 ? $"第 {Data.Line} 行" : string.Empty);

    /// <summary>1-based line of a text file; 0 for other sources.</summary>
    public int Line => Data.Line;

    public bool IsEmpty => Text.Length == 0;

    /// <summary>The text as labels are compared (<see cref="GridText.Key"/>), computed once per cell.</summary>
    public string Key => _grid!.KeyAt(_index);

    /// <summary><see cref="LabelSet.Match"/> of the text, computed once per cell and label set: readers ask the same
    /// cell again and again (every row of a block is tested for the end of the block and for a heading).</summary>
    internal LabelMatch? MatchIn(LabelSet labels) => _grid!.MatchAt(_index, labels);

    /// <summary><see cref="GridSearch.LabelOf"/> of this cell, worked out once per text (short texts, for a read) or
    /// cell and label set.</summary>
    internal GridLabel? LabelIn(LabelSet labels) => _grid!.LabelAt(_index, labels);

    /// <summary>The match of <see cref="LabelIn"/>, without making the label.</summary>
    internal LabelMatch? LabelMatchIn(LabelSet labels) => _grid!.LabelMatchAt(_index, labels);

    /// <summary>The cell <paramref name="offset"/> places after this one in its grid's reading order (0: this cell);
    /// the caller knows it exists.</summary>
    internal GridCell Following(int offset) => new(_grid!, _index + offset);

    public bool Covers(int row, int column) => row >= Row && row <= LastRow && column >= Column && column <= LastColumn;

    /// <summary>The same cell of the same grid, or a cell of another grid with the same position, spans, text and place.</summary>
    public bool Equals(GridCell other)
    {
        if (ReferenceEquals(_grid, other._grid))
        {
            return _index == other._index;
        }

        if (_grid is null || other._grid is null)
        {
            return false;
        }

        return Row == other.Row && Column == other.Column && Text == other.Text && RowSpan == other.RowSpan
            && ColumnSpan == other.ColumnSpan && Line == other.Line && Place == other.Place;
    }

    public override bool Equals(object? obj) => obj is GridCell other && Equals(other);

    /// <remarks>By position only: equal cells share it, and the cells of one grid differ in it.</remarks>
    public override int GetHashCode() => _grid is null ? 0 : HashCode.Combine(Row, Column);

    public static bool operator ==(GridCell left, GridCell right) => left.Equals(right);

    public static bool operator !=(GridCell left, GridCell right) => !left.Equals(right);

    public override string ToString() => _grid is null ? "GridCell { }" : $"GridCell {{ Row = {Row}, Column = {Column}, Text = {Text} }}";
}
