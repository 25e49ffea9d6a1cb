namespace Jixiao.Documents.Grid;

/// <summary>
/// What a <see cref="CellGrid"/> stores of one cell, in one array per grid: position, spans, text and where the user
/// finds it. Readers see it through <see cref="GridCell"/>, a (grid, index) handle, so a grid of tens of thousands of
/// cells is one array rather than an object per cell.
/// </summary>
/// <param name="Place">Where the user finds the cell ("第 3 行第 2 列", "B7"); null when it is placed by its
/// <paramref name="Line"/> of a text file (made when asked: most cells never are).</param>
internal readonly record struct CellData(int Row, int Column, string Text, int RowSpan, int ColumnSpan, string? Place, int Line);
