namespace Jixiao.Documents.PublishedText;

internal static class CellTokenizer
{
    /// <summary>Cells of a table: every tab starts a cell; a line without a tab continues the cell before it.</summary>
    public static List<Cell> Tokenize(IEnumerable<SourceLine> lines)
    {
        var cells = new List<Cell>();
        List<string>? continuation = null;
        foreach (var line in lines)
        {
            if (line.IsCell)
            {
                Flush(cells, continuation);
                for (var i = 0; i < line.Cells.Count; i++)
                {
                    cells.Add(new Cell(line.Cells[i], line.Number));
                }

                continuation = [cells[^1].Text];
            }
            else if (!line.IsBlank && continuation is not null)
            {
                continuation.Add(line.Text);
            }
        }

        Flush(cells, continuation);
        return cells;
    }

    private static void Flush(List<Cell> cells, List<string>? continuation)
    {
        if (continuation is { Count: > 1 })
        {
            cells[^1] = cells[^1] with { Text = string.Join('\n', continuation.Where(t => t.Length > 0)) };
        }
    }
}
