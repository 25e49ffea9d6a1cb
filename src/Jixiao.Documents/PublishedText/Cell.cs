namespace Jixiao.Documents.PublishedText;

/// <summary>A table cell and the line it starts on. Multi-line cells are joined with '\n'; blank lines inside a
/// cell (Word keeps the row height that way) are dropped.</summary>
internal sealed record Cell(string Text, int Line)
{
    private Label? _label;

    /// <summary>The form label this cell is, computed once (the reader asks for it several times per cell).</summary>
    public Label Label => _label ??= TableLabels.Classify(Text);

    public bool IsLabel => Label != Label.None;

    public bool IsEmpty => Text.Length == 0;
}
