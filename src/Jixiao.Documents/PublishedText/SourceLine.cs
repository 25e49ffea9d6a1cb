namespace Jixiao.Documents.PublishedText;

/// <summary>
/// One line of a published text after clean-up: bookmark markers removed, trailing whitespace and tabs
/// removed. A line that starts with a tab is a table cell (Word's "save as text" writes every cell on its
/// own line behind a tab); tabs inside a line separate further cells.
/// </summary>
internal readonly record struct SourceLine(int Number, string Text, bool IsCell, IReadOnlyList<string> Cells)
{
    public bool IsBlank => !IsCell && Text.Length == 0;
}
