namespace Jixiao.Documents.PublishedText;

/// <summary>A table cell and the line it starts on. Multi-line cells are joined with '\n'; blank lines inside a
/// cell (Word keeps the row height that way) are dropped.</summary>
internal sealed record Cell(string Text, int Line)
{
    public string Key => LineSplitter.Key(Text);

    public bool IsEmpty => Text.Length == 0;
}
