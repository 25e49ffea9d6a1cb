namespace Jixiao.Documents.Grid;

/// <summary>What a file holds, as lines and tables in reading order: the common form of Word, Excel, HTML and the
/// published text layout on which every table reader works.</summary>
public sealed class GridDocument(string fileName, GridSource source, IReadOnlyList<GridBlock> blocks)
{
    /// <summary>File name for messages (no directory).</summary>
    public string FileName { get; } = fileName;

    public GridSource Source { get; } = source;

    public IReadOnlyList<GridBlock> Blocks { get; } = blocks;

    public IEnumerable<CellGrid> Grids => Blocks.Where(b => b.IsGrid).Select(b => b.Grid!);
}
