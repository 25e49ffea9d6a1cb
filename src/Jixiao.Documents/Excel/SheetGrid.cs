using System.Globalization;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

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

    public static List<SheetGrid> ReadAll(WorkbookPart workbook)
    {
        var shared = workbook.SharedStringTablePart?.SharedStringTable?.Elements<SharedStringItem>().Select(ItemText).ToList() ?? [];
        var grids = new List<SheetGrid>();
        foreach (var sheet in workbook.Workbook?.Sheets?.Elements<Sheet>() ?? [])
        {
            if (sheet.Id?.Value is not { } id || workbook.GetPartById(id) is not WorksheetPart part)
            {
                continue;
            }

            var grid = new SheetGrid(sheet.Name?.Value ?? string.Empty);
            var rowNumber = 0;
            foreach (var row in part.Worksheet?.GetFirstChild<SheetData>()?.Elements<Row>() ?? [])
            {
                rowNumber = (int?)row.RowIndex?.Value ?? rowNumber + 1;
                var column = 0;
                foreach (var cell in row.Elements<Cell>())
                {
                    column = cell.CellReference?.Value is { } reference ? Parse(reference).Column : column + 1;
                    var text = Text(cell, shared);
                    if (text.Length > 0)
                    {
                        grid.Set(rowNumber, column, text);
                    }
                }
            }

            foreach (var merge in part.Worksheet?.Descendants<MergeCell>() ?? [])
            {
                var parts = merge.Reference?.Value?.Split(':');
                if (parts is { Length: 2 })
                {
                    var (r1, c1) = Parse(parts[0]);
                    var (r2, c2) = Parse(parts[1]);
                    grid.Merges.Add((r1, c1, r2, c2));
                }
            }

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

    private static string Text(Cell cell, List<string> shared)
    {
        var raw = cell.CellValue?.Text ?? string.Empty;
        var type = cell.DataType?.Value;
        string text;
        if (type == CellValues.SharedString)
        {
            text = int.TryParse(raw, NumberStyles.None, CultureInfo.InvariantCulture, out var index) && index < shared.Count ? shared[index] : string.Empty;
        }
        else if (type == CellValues.InlineString)
        {
            text = cell.InlineString is { } inline ? ItemText(inline) : raw;
        }
        else if (type == CellValues.Boolean)
        {
            text = raw == "1" ? "TRUE" : "FALSE";
        }
        else
        {
            text = raw;
        }

        return text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Trim();
    }

    /// <summary>Text of a shared or inline string: its runs, without phonetic guides.</summary>
    private static string ItemText(OpenXmlElement item)
    {
        var sb = new StringBuilder();
        foreach (var t in item.Descendants<Text>())
        {
            if (t.Parent is not PhoneticRun)
            {
                sb.Append(t.Text);
            }
        }

        return sb.ToString();
    }
}
