namespace Jixiao.Documents.PublishedText;

/// <summary>What a line of the published text is after clean-up (<see cref="LineSplitter"/>).</summary>
internal enum LineKind
{
    /// <summary>Empty or spaces only: ends a row of cells.</summary>
    Blank,

    /// <summary>A line of text: a heading, a paragraph, or a further paragraph of the last cell.</summary>
    Text,

    /// <summary>A line that starts with a tab: one or more cells.</summary>
    Cells,
}
