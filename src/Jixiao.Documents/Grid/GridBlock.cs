namespace Jixiao.Documents.Grid;

/// <summary>One block of a <see cref="GridDocument"/> in reading order: a line of text (a Word paragraph, a line
/// of the text layout, an HTML heading) or a table.</summary>
public sealed record GridBlock
{
    private GridBlock(string text, CellGrid? grid, string place)
    {
        Text = text;
        Grid = grid;
        Place = place;
    }

    /// <summary>The text of a line (cleaned, may hold '\n'); empty for a table.</summary>
    public string Text { get; }

    public CellGrid? Grid { get; }

    /// <summary>Where the block is ("第 12 段", "第 3 行").</summary>
    public string Place { get; }

    /// <summary>The paragraph's style id in Word (headings, the table of contents), or null.</summary>
    public string? Style { get; init; }

    /// <summary>1-based number of the paragraph (Word) or line (text); 0 for tables.</summary>
    public int Number { get; init; }

    public bool IsGrid => Grid is not null;

    public static GridBlock Line(string rawText, string place, int number, string? style = null) =>
        new(GridText.Clean(rawText), null, place) { Number = number, Style = style };

    public static GridBlock Table(CellGrid grid) => new(string.Empty, grid, grid.Name);
}
