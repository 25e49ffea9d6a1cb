using Jixiao.Documents.PublishedText;

namespace Jixiao.Documents.Grid.Sources;

/// <summary>
/// Reads the published text layout (what Word's "save as text" makes of the official document) into a
/// <see cref="GridDocument"/>. A line that starts with a tab is a cell (tabs inside it separate more cells); a blank
/// line ends a row; a line without a tab continues the last cell (Word writes a cell's further paragraphs so, blank
/// ones included) unless <c>isHeading</c> says it is a heading (a table's title, "第二部分"): that ends the table and
/// is a line of text, as is any line outside a table. The grids are flow grids (<see cref="CellGrid.IsFlow"/>):
/// cell order is kept, column positions are not, and a row end may also be an empty paragraph inside a cell.
/// </summary>
public static class TextGridReader
{
    public static GridDocument Read(string text, string fileName, Func<string, bool>? isHeading = null)
    {
        isHeading ??= _ => false;
        ArgumentNullException.ThrowIfNull(text);
        var lines = LineSplitter.Split(text);
        var blocks = new List<GridBlock>();
        var tables = 0;
        CellGridBuilder? table = null;
        var row = 0;
        var column = 0;
        List<string>? lastCell = null;
        var pending = new List<(int Row, int Column, int Line, List<string> Text)>();
        var blankBefore = false;

        void Flush()
        {
            if (table is null)
            {
                return;
            }

            foreach (var (r, c, line, parts) in pending)
            {
                table.Add(r, c, string.Join('\n', parts), place: $"第 {line} 行", line: line);
            }

            blocks.Add(GridBlock.Table(table.Build()));
            pending.Clear();
            table = null;
            lastCell = null;
        }

        foreach (var line in lines)
        {
            if (line.IsCell)
            {
                if (table is null)
                {
                    tables++;
                    table = new CellGridBuilder($"表格 {tables}", isFlow: true);
                    (row, column) = (0, 0);
                }
                else if (blankBefore)
                {
                    (row, column) = (row + 1, 0);
                }

                foreach (var cell in line.Cells)
                {
                    lastCell = [cell];
                    pending.Add((row, column, line.Number, lastCell));
                    column++;
                }

                blankBefore = false;
            }
            else if (line.IsBlank)
            {
                blankBefore = true;
            }
            else if (lastCell is not null && table is not null && !isHeading(line.Text))
            {
                lastCell.Add(line.Text);
            }
            else
            {
                Flush();
                blocks.Add(GridBlock.Line(line.Text, $"第 {line.Number} 行", line.Number));
                blankBefore = false;
            }
        }

        Flush();
        return new GridDocument(fileName, GridSource.Text, blocks);
    }
}
