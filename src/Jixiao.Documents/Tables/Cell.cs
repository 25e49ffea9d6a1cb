namespace Jixiao.Documents.Tables;

/// <summary>
/// A cell of a 项目绩效目标表 in reading order, from any format. Multi-line cells (several paragraphs in Word,
/// continuation lines in text) are joined with '\n'; blank lines inside a cell are dropped.
/// </summary>
/// <param name="Text">The cell's text, trimmed.</param>
/// <param name="Line">1-based line of a text file; 0 for cells of Word and Excel files.</param>
internal sealed record Cell(string Text, int Line)
{
    private Label? _label;

    /// <summary>The form label this cell is, computed once (the reader asks for it several times per cell).</summary>
    public Label Label => _label ??= TableLabels.Classify(Text);

    public bool IsLabel => Label != Label.None;

    /// <summary>Where the cell is, for Word and Excel ("第 3 行第 2 列", "B7"); null for text.</summary>
    public string? Place { get; init; }

    /// <summary>Identifies the table row the cell belongs to (unique within one project's cells); null when the
    /// format does not know rows (text files put every cell on its own line).</summary>
    public int? Row { get; init; }

    /// <summary>0-based first grid column the cell covers (after merged cells are resolved).</summary>
    public int Column { get; init; }

    /// <summary>How many grid columns the cell covers (Word gridSpan, Excel merged range).</summary>
    public int Span { get; init; } = 1;

    public bool IsEmpty => Text.Length == 0;
}
