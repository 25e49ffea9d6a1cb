using Jixiao.Documents.PublishedText;

namespace Jixiao.Documents.Grid.Sources;

/// <summary>
/// Reads the published text layout (what Word's "save as text" makes of the official document) into a
/// <see cref="GridDocument"/>. A line that starts with a tab is a cell (tabs inside it separate more cells); a blank
/// line ends a row; a line without a tab continues the last cell (Word writes a cell's further paragraphs so, blank
/// ones included) unless <c>isHeading</c> says it is a heading (a table's title, "第二部分") or it follows two blank
/// lines (the row's end and the table's) after a row of as many cells as the row before it (a paragraph after the
/// table: "注：…", "填表人：…", a title): that ends the table and is a line of text, as is any line outside a table. The grids are flow grids (<see cref="CellGrid.IsFlow"/>):
/// cell order is kept, column positions are not, and a row end may also be an empty paragraph inside a cell.
/// </summary>
/// <remarks>One pass over the lines of the decoded text, on spans: a cell is its place in the decoded text until its
/// table is complete, and its string is made only then — once per read for the short texts every table repeats
/// (<see cref="CellTextPool"/>). A line of text is a string. A text table has no merged cells and every cell comes in
/// reading order, so the grid is built straight from the cells.</remarks>
public static class TextGridReader
{
    public static GridDocument Read(string text, string fileName, Func<string, bool>? isHeading = null)
    {
        isHeading ??= _ => false;
        ArgumentNullException.ThrowIfNull(text);
        var blocks = new List<GridBlock>();
        var tables = 0;
        var inTable = false;
        var row = 0;
        var column = 0;
        var pending = new List<PendingCell>();
        var last = -1;
        var blankBefore = false; // a blank line since the last line of cells: the row ended
        var blanks = 0; // blank lines in a run, up to this line
        var rowStart = 0; // index in pending of the current row's first cell
        var rowBefore = 0; // how many cells the row before the current one has (0 in a table's first row)
        var cells = new List<Range>();
        var number = 0;
        var whole = text.AsSpan();
        var pool = new CellTextPool();
        var shared = new CellTextCache();

        void Flush()
        {
            if (!inTable)
            {
                return;
            }

            var gridCells = new CellData[pending.Count];
            var columns = 0;
            var ownSlots = 0;
            for (var i = 0; i < pending.Count; i++)
            {
                var cell = pending[i];
                var cellText = cell.Text ?? pool.Text(text.AsSpan(cell.Start, cell.Length));
                if (cell.More is not null)
                {
                    cellText = GridText.Clean(string.Concat(cellText, "\n", string.Join('\n', cell.More)));
                }

                // A short text's answers are the read's (one per text), a longer one's the grid's (one per cell).
                var slot = CellTextCache.Holds(cellText) ? ~shared.IdOf(cellText) : ownSlots++;
                gridCells[i] = new CellData(cell.Row, cell.Column, cellText, cell.Line, slot);
                columns = Math.Max(columns, cell.Column + 1);
            }

            var rows = pending.Count == 0 ? 0 : pending[^1].Row + 1;
            blocks.Add(GridBlock.Table(new CellGrid($"表格 {tables}", rows, columns, gridCells, isFlow: true, shared)));
            pending.Clear();
            inTable = false;
            last = -1;
        }

        foreach (var range in whole.EnumerateLines())
        {
            number++;
            var kind = LineSplitter.Split(range, cells, out var line, out var rewritten);
            if (kind == LineKind.Cells)
            {
                if (!inTable)
                {
                    tables++;
                    inTable = true;
                    (row, column) = (0, 0);
                    (rowBefore, rowStart) = (0, 0);
                }
                else if (blankBefore)
                {
                    (row, column) = (row + 1, 0);
                    (rowBefore, rowStart) = (pending.Count - rowStart, pending.Count);
                }

                // A cell is kept as its place in the decoded text; a rewritten line's cells (bookmarks removed) are
                // made at once, as the rewritten line is not kept.
                whole.Overlaps(range, out var lineStart);
                foreach (var cell in cells)
                {
                    var (start, length) = cell.GetOffsetAndLength(rewritten?.Length ?? range.Length);
                    pending.Add(rewritten is null
                        ? new PendingCell(row, column, number, lineStart + start, length, null)
                        : new PendingCell(row, column, number, 0, 0, pool.Text(rewritten.AsSpan(start, length))));
                    last = pending.Count - 1;
                    column++;
                }

                blankBefore = false;
                blanks = 0;
            }
            else if (kind == LineKind.Blank)
            {
                blankBefore = true;
                blanks++;
            }
            else if (last >= 0 && !isHeading(line) && (blanks < 2 || pending.Count - rowStart < rowBefore))
            {
                // After two blank lines (the row's end and the table's) only a row left short goes on: the line is a
                // further paragraph of its last cell after empty ones; after a complete row it is a note under the table.
                var cell = pending[last];
                (cell.More ??= []).Add(line);
                pending[last] = cell;
                blanks = 0;
            }
            else
            {
                Flush();
                blocks.Add(GridBlock.Line(line, $"第 {number} 行", number));
                blankBefore = false;
                blanks = 0;
            }
        }

        Flush();
        return new GridDocument(fileName, GridSource.Text, blocks);
    }

    /// <summary>A cell as its line gave it — its place in the decoded text, or its text when its line was rewritten —
    /// with the further paragraphs that follow it.</summary>
    private record struct PendingCell(int Row, int Column, int Line, int Start, int Length, string? Text)
    {
        public List<string>? More { get; set; }
    }
}
