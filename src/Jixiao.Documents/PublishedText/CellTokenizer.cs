using Jixiao.Documents.Tables;

namespace Jixiao.Documents.PublishedText;

internal static class CellTokenizer
{
    /// <summary>Cells of a table: every tab starts a cell; a line without a tab continues the cell before it.</summary>
    public static List<Cell> Tokenize(List<SourceLine> lines, int start, int end)
    {
        var cells = new List<Cell>();
        var continuation = new List<string>();
        var inCell = false;
        for (var i = start; i < end; i++)
        {
            var line = lines[i];
            if (line.IsCell)
            {
                Flush(cells, continuation);
                foreach (var text in line.Cells)
                {
                    cells.Add(new Cell(text, line.Number));
                }

                inCell = true;
            }
            else if (!line.IsBlank && inCell)
            {
                continuation.Add(line.Text);
            }
        }

        Flush(cells, continuation);
        return cells;
    }

    /// <summary>Joins continuation lines onto the last cell; blank lines inside a cell are already dropped.</summary>
    private static void Flush(List<Cell> cells, List<string> continuation)
    {
        if (continuation.Count == 0)
        {
            return;
        }

        var first = cells[^1].Text;
        var joined = first.Length == 0 ? string.Join('\n', continuation) : first + "\n" + string.Join('\n', continuation);
        cells[^1] = cells[^1] with { Text = joined };
        continuation.Clear();
    }
}
