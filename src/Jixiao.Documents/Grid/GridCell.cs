namespace Jixiao.Documents.Grid;

/// <summary>
/// One cell of a <see cref="CellGrid"/>: a merged area counts once, at its top-left position, with its spans.
/// Rows and columns are 0-based inside the grid; <see cref="Place"/> says where the cell is in the user's terms
/// ("第 3 行第 2 列", "B7", "第 54 行").
/// </summary>
public sealed record GridCell(int Row, int Column, string Text)
{
    private string? _key;
    private string? _place;
    private LabelSlot _first;
    private LabelSlot _second;

    public int RowSpan { get; init; } = 1;

    public int ColumnSpan { get; init; } = 1;

    public int LastRow => Row + RowSpan - 1;

    public int LastColumn => Column + ColumnSpan - 1;

    /// <remarks>A cell of a text file is placed by its line ("第 54 行"), made when first asked: most cells never are.</remarks>
    public string Place
    {
        get => _place ??= Line > 0 ? $"第 {Line} 行" : string.Empty;
        init => _place = value;
    }

    /// <summary>1-based line of a text file; 0 for other sources.</summary>
    public int Line { get; init; }

    public bool IsEmpty => Text.Length == 0;

    /// <summary>The text as labels are compared (<see cref="GridText.Key"/>), computed once.</summary>
    public string Key => _key ??= GridText.Key(Text);

    /// <summary><see cref="LabelSet.Match"/> of the text, computed once per label set: readers ask the same cell
    /// again and again (every row of a block is tested for the end of the block and for a heading).</summary>
    internal LabelMatch? MatchIn(LabelSet labels) => Slot(labels).Match;

    /// <summary><see cref="GridSearch.LabelOf"/> of this cell, computed once per label set.</summary>
    internal GridLabel? LabelIn(LabelSet labels, Func<GridCell, LabelSet, GridLabel?> find)
    {
        ref var slot = ref Slot(labels);
        if (slot.Label is null)
        {
            slot.Label = find(this, labels) ?? NoLabel;
        }

        return ReferenceEquals(slot.Label, NoLabel) ? null : slot.Label;
    }

    public bool Covers(int row, int column) => row >= Row && row <= LastRow && column >= Column && column <= LastColumn;

    /// <summary>Equal when position, spans, text and place are: the cached key and labels do not count (they are
    /// filled in as the cell is read, and a cell's hash must not change while it sits in a set).</summary>
    public bool Equals(GridCell? other) =>
        other is not null && Row == other.Row && Column == other.Column && Text == other.Text && RowSpan == other.RowSpan
        && ColumnSpan == other.ColumnSpan && Place == other.Place && Line == other.Line;

    public override int GetHashCode() => HashCode.Combine(Row, Column, Text, RowSpan, ColumnSpan, Place, Line);

    /// <remarks>Two label sets are remembered (goal tables ask every cell for a column heading and for a label of the
    /// head in turn), in the cell itself rather than in an object per cell. A grid is read by one reader at a time.</remarks>
    private ref LabelSlot Slot(LabelSet labels)
    {
        if (ReferenceEquals(_first.Labels, labels))
        {
            return ref _first;
        }

        if (ReferenceEquals(_second.Labels, labels))
        {
            return ref _second;
        }

        _second = _first;
        _first = new LabelSlot { Labels = labels, Match = labels.Match(Text.Length, Key) };
        return ref _first;
    }

    /// <summary>Marks a slot whose cell was asked for its label and is none (null: not asked yet), so a slot is three
    /// references, not three and a flag: a text file's grids have tens of thousands of cells.</summary>
    private static readonly GridLabel NoLabel = new(new GridCell(0, 0, string.Empty), new LabelMatch(string.Empty, LabelMatchKind.Exact, string.Empty, string.Empty), null);

    private struct LabelSlot
    {
        public LabelSet? Labels;
        public LabelMatch? Match;
        public GridLabel? Label;
    }
}
