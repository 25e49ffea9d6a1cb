namespace Jixiao.Documents.Grid;

/// <summary>
/// What a <see cref="CellGrid"/> stores of one cell, in one array per grid: position, spans, text, line and where its
/// answers are kept (32 bytes). Readers see it through <see cref="GridCell"/>, a (grid, index) handle, so a grid of tens
/// of thousands of cells is one array rather than an object per cell. Where the user finds a cell of a Word, Excel or
/// HTML table ("第 3 行第 2 列", "B7") is kept beside the array, by the grid: a text file's cells are placed by their
/// <paramref name="Line"/> and need no such entry.
/// </summary>
/// <param name="Slot">Where the grid keeps what readers ask of the cell (<see cref="CellGrid"/>): its index in the
/// grid's own answer arrays when zero or more, else the complement (<c>~Slot</c>) of its text's number in the answers the
/// grids of one read share (<see cref="CellTextCache.IdOf"/>).</param>
internal readonly record struct CellData(int Row, int Column, string Text, int RowSpan, int ColumnSpan, int Line, int Slot);
