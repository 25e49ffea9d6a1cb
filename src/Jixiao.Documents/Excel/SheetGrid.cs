using System.Globalization;
using DocumentFormat.OpenXml.Packaging;

namespace Jixiao.Documents.Excel;

/// <summary>The text of a worksheet's non-empty cells by 1-based row and column, with its merged ranges. Numbers
/// keep the text the file stores ("19.56"), so amounts are read exactly.</summary>
internal sealed class SheetGrid
{
    private readonly SortedDictionary<int, SortedDictionary<int, string>> _rows = [];

    private SheetGrid(string name) => Name = name;

    public string Name { get; }

    public List<(int Row, int Column, int LastRow, int LastColumn)> Merges { get; } = [];

    public IEnumerable<int> RowNumbers => _rows.Keys;

    public string this[int row, int column] =>
        _rows.TryGetValue(row, out var cells) && cells.TryGetValue(column, out var text) ? text : string.Empty;

    public IReadOnlyDictionary<int, string> Row(int row) =>
        _rows.TryGetValue(row, out var cells) ? cells : new SortedDictionary<int, string>();

    /// <summary>Every worksheet of the workbook, in order, each read in one pass over its part (<see cref="SheetXml"/>).</summary>
    public static List<SheetGrid> ReadAll(WorkbookPart workbook)
    {
        var shared = SheetXml.SharedStrings(workbook);
        var grids = new List<SheetGrid>();
        foreach (var (name, id) in SheetXml.Sheets(workbook))
        {
            if (id is null || workbook.GetPartById(id) is not WorksheetPart part)
            {
                continue;
            }

            var grid = new SheetGrid(name);
            SheetXml.ReadSheet(part, shared, (row, column, raw) =>
            {
                var text = raw.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Trim();
                if (text.Length > 0)
                {
                    grid.Set(row, column, text);
                }
            }, reference =>
            {
                var parts = reference.Split(':');
                if (parts.Length == 2)
                {
                    var (r1, c1) = Parse(parts[0]);
                    var (r2, c2) = Parse(parts[1]);
                    grid.Merges.Add((r1, c1, r2, c2));
                }
            });
            grids.Add(grid);
        }

        return grids;
    }

    /// <summary>"12345.970000000001" → "12345.97"; any other text unchanged. Excel stores
    /// numbers as binary floating point, so typed amounts and scores come back with such noise.</summary>
    public static string Denoise(string text)
    {
        if (!decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
        {
            return text;
        }

        var rounded = Math.Round(number, 6);
        return Math.Abs(number - rounded) < 0.0000001m ? rounded.ToString(CultureInfo.InvariantCulture) : text;
    }

    private void Set(int row, int column, string text)
    {
        if (!_rows.TryGetValue(row, out var cells))
        {
            _rows[row] = cells = [];
        }

        cells[column] = text;
    }

    /// <summary>"B7" → (7, 2).</summary>
    public static (int Row, int Column) Parse(string reference)
    {
        var column = 0;
        var i = 0;
        for (; i < reference.Length && char.IsAsciiLetter(reference[i]); i++)
        {
            column = checked((column * 26) + (char.ToUpperInvariant(reference[i]) - 'A' + 1));
        }

        var row = int.TryParse(reference.AsSpan(i), NumberStyles.None, CultureInfo.InvariantCulture, out var r) ? r : 0;
        if (column is < 1 or > 16384 || row is < 1 or > 1048576)
        {
            throw new FormatException($"单元格引用“{reference}”无效");
        }

        return (row, column);
    }
}
