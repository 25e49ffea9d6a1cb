namespace Jixiao.Documents.Grid;

/// <summary>
/// One cell of a <see cref="CellGrid"/>: a merged area counts once, at its top-left position, with its spans.
/// Rows and columns are 0-based inside the grid; <see cref="Place"/> says where the cell is in the user's terms
/// ("第 3 行第 2 列", "B7", "第 54 行").
/// </summary>
public sealed record GridCell(int Row, int Column, string Text)
{
    private string? _key;

    public int RowSpan { get; init; } = 1;

    public int ColumnSpan { get; init; } = 1;

    public int LastRow => Row + RowSpan - 1;

    public int LastColumn => Column + ColumnSpan - 1;

    public string Place { get; init; } = string.Empty;

    /// <summary>1-based line of a text file; 0 for other sources.</summary>
    public int Line { get; init; }

    public bool IsEmpty => Text.Length == 0;

    /// <summary>The text as labels are compared (<see cref="GridText.Key"/>), computed once.</summary>
    public string Key => _key ??= GridText.Key(Text);

    public bool Covers(int row, int column) => row >= Row && row <= LastRow && column >= Column && column <= LastColumn;
}
