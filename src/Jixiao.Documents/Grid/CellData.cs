namespace Jixiao.Documents.Grid;

/// <summary>
/// What a <see cref="CellGrid"/> stores of one cell, in one array per grid: position, text, line and where its answers
/// are kept (24 bytes). Readers see it through <see cref="GridCell"/>, a (grid, index) handle, so a grid of tens of
/// thousands of cells is one array rather than an object per cell. The spans of a Word, Excel or HTML cell and where the
/// user finds it ("第 3 行第 2 列", "B7") are kept beside the array (<see cref="CellPlacing"/>): a text file's cells
/// span nothing and are placed by their <paramref name="Line"/>, so their grids need no such entries.
/// </summary>
/// <param name="Slot">Where the grid keeps what readers ask of the cell (<see cref="CellGrid"/>): its index in the
/// grid's own answer arrays when zero or more, else the complement (<c>~Slot</c>) of its text's number in the answers the
/// grids of one read share (<see cref="CellTextCache.IdOf"/>).</param>
internal readonly record struct CellData(int Row, int Column, string Text, int Line, int Slot);

/// <summary>How many rows and columns a cell of a Word, Excel or HTML table covers, and where the user finds it.</summary>
internal readonly record struct CellPlacing(int RowSpan, int ColumnSpan, string? Place);
