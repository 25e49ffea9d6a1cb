using System.Globalization;
using System.Text;
using System.Xml;

namespace Jixiao.Documents.Excel;

/// <summary>
/// Collects the cells, merged ranges, column widths, row heights, data validations and print settings of one
/// worksheet and writes its XML. Writing the XML directly keeps a 100-project export fast and lets the layout
/// code read like the form it draws.
/// </summary>
internal sealed class SheetBuilder(string name)
{
    private readonly SortedDictionary<int, SortedDictionary<int, (object Value, ExcelStyle Style)>> _rows = [];
    private readonly Dictionary<int, double> _heights = [];
    private readonly List<double> _widths = [];
    private readonly List<string> _merges = [];
    private readonly List<string> _validations = [];

    public string Name { get; } = name;

    /// <summary>Print on A4 portrait, scaled to the page width.</summary>
    public bool PrintA4FitWidth { get; set; }

    /// <summary>Print landscape (the wide 监控表); only with <see cref="PrintA4FitWidth"/>.</summary>
    public bool Landscape { get; set; }

    /// <summary>Rows 1 to this number print at the top of every page (the workbook's Print_Titles of the sheet); 0 for none.</summary>
    public int PrintTitleRows { get; set; }

    /// <summary>Keep the header row in view while scrolling.</summary>
    public bool FreezeHeader { get; set; }

    public bool Hidden { get; set; }

    public void Set(int row, int column, object? value, ExcelStyle style = ExcelStyle.Default)
    {
        if (!_rows.TryGetValue(row, out var cells))
        {
            _rows[row] = cells = [];
        }

        cells[column] = (value ?? string.Empty, style);
    }

    /// <summary>Merges the range and borders every cell in it (a merged cell draws only its own cells' borders).</summary>
    public void Merge(int row, int column, int lastRow, int lastColumn, object? value, ExcelStyle style)
    {
        for (var r = row; r <= lastRow; r++)
        {
            for (var c = column; c <= lastColumn; c++)
            {
                Set(r, c, r == row && c == column ? value : string.Empty, style);
            }
        }

        if (lastRow > row || lastColumn > column)
        {
            _merges.Add($"{Reference(row, column)}:{Reference(lastRow, lastColumn)}");
        }
    }

    public void Width(int column, double width)
    {
        while (_widths.Count < column)
        {
            _widths.Add(0);
        }

        _widths[column - 1] = width;
    }

    public void Height(int row, double points) => _heights[row] = points;

    /// <summary>A drop-down list; <paramref name="source"/> is a formula ("=指标体系!$A$2:$A$4" or "INDIRECT($C2)").
    /// Off-list values only warn, so synonyms such as 环境效益指标 can still be typed.</summary>
    public void ListValidation(string range, string source, string title, string prompt) =>
        _validations.Add($"""<dataValidation type="list" errorStyle="warning" allowBlank="1" showInputMessage="1" showErrorMessage="1" errorTitle="{Escape(title)}" error="不在{Escape(title)}列表中，请确认。" promptTitle="{Escape(title)}" prompt="{Escape(prompt)}" sqref="{range}"><formula1>{Escape(source)}</formula1></dataValidation>""");

    public void DecimalValidation(string range, decimal min, decimal? max, string title, string prompt) =>
        _validations.Add($"""<dataValidation type="decimal" operator="{(max is null ? "greaterThanOrEqual" : "between")}" allowBlank="1" showInputMessage="1" showErrorMessage="1" errorTitle="{Escape(title)}" error="{Escape(prompt)}" promptTitle="{Escape(title)}" prompt="{Escape(prompt)}" sqref="{range}"><formula1>{min.ToString(CultureInfo.InvariantCulture)}</formula1>{(max is { } m ? $"<formula2>{m.ToString(CultureInfo.InvariantCulture)}</formula2>" : "")}</dataValidation>""");

    /// <summary>A note shown when a cell of the range is selected (Excel, WPS and LibreOffice all show it).</summary>
    public void Note(string range, string title, string prompt) =>
        _validations.Add($"""<dataValidation allowBlank="1" showInputMessage="1" promptTitle="{Escape(title)}" prompt="{Escape(prompt)}" sqref="{range}"/>""");

    public string Xml()
    {
        var sb = new StringBuilder(64 * 1024);
        sb.Append("""<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">""");
        if (PrintA4FitWidth)
        {
            sb.Append("""<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>""");
        }

        if (FreezeHeader)
        {
            sb.Append("""<sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews>""");
        }

        sb.Append("""<sheetFormatPr defaultRowHeight="15"/>""");
        if (_widths.Count > 0)
        {
            sb.Append("<cols>");
            for (var i = 0; i < _widths.Count; i++)
            {
                if (_widths[i] > 0)
                {
                    sb.Append(CultureInfo.InvariantCulture, $"""<col min="{i + 1}" max="{i + 1}" width="{_widths[i]:0.##}" customWidth="1"/>""");
                }
            }

            sb.Append("</cols>");
        }

        sb.Append("<sheetData>");
        foreach (var (row, cells) in _rows)
        {
            sb.Append(CultureInfo.InvariantCulture, $"""<row r="{row}" """);
            if (_heights.TryGetValue(row, out var height))
            {
                sb.Append(CultureInfo.InvariantCulture, $"""ht="{height:0.#}" customHeight="1" """);
            }

            sb.Append('>');
            foreach (var (column, (value, style)) in cells)
            {
                AppendCell(sb, Reference(row, column), value, style);
            }

            sb.Append("</row>");
        }

        sb.Append("</sheetData>");
        if (_merges.Count > 0)
        {
            sb.Append(CultureInfo.InvariantCulture, $"""<mergeCells count="{_merges.Count}">""");
            foreach (var merge in _merges)
            {
                sb.Append("<mergeCell ref=\"").Append(merge).Append("\"/>");
            }

            sb.Append("</mergeCells>");
        }

        if (_validations.Count > 0)
        {
            sb.Append(CultureInfo.InvariantCulture, $"""<dataValidations count="{_validations.Count}">""");
            sb.AppendJoin(string.Empty, _validations);
            sb.Append("</dataValidations>");
        }

        if (PrintA4FitWidth)
        {
            sb.Append($$"""<printOptions horizontalCentered="1"/><pageMargins left="0.6" right="0.5" top="0.8" bottom="0.8" header="0.3" footer="0.3"/><pageSetup paperSize="9" orientation="{{(Landscape ? "landscape" : "portrait")}}" fitToWidth="1" fitToHeight="0"/><headerFooter><oddFooter>&amp;C第 &amp;P 页，共 &amp;N 页</oddFooter></headerFooter>""");
        }

        sb.Append("</worksheet>");
        return sb.ToString();
    }

    private static void AppendCell(StringBuilder sb, string reference, object value, ExcelStyle style)
    {
        var s = style == ExcelStyle.Default ? string.Empty : $" s=\"{(int)style}\"";
        switch (value)
        {
            case decimal d:
                sb.Append(CultureInfo.InvariantCulture, $"<c r=\"{reference}\"{s}><v>{d.ToString(CultureInfo.InvariantCulture)}</v></c>");
                break;
            case int i:
                sb.Append(CultureInfo.InvariantCulture, $"<c r=\"{reference}\"{s}><v>{i}</v></c>");
                break;
            case string text when text.Length == 0:
                sb.Append(CultureInfo.InvariantCulture, $"<c r=\"{reference}\"{s}/>");
                break;
            default:
                // Inline strings keep each sheet self-contained; xml:space keeps leading spaces and line breaks.
                sb.Append(CultureInfo.InvariantCulture, $"<c r=\"{reference}\"{s} t=\"inlineStr\"><is><t xml:space=\"preserve\">{Escape(Convert.ToString(value, CultureInfo.InvariantCulture) ?? string.Empty)}</t></is></c>");
                break;
        }
    }

    public static string Reference(int row, int column) => ColumnName(column) + row.ToString(CultureInfo.InvariantCulture);

    public static string ColumnName(int column)
    {
        var name = string.Empty;
        for (var c = column; c > 0; c = (c - 1) / 26)
        {
            name = (char)('A' + ((c - 1) % 26)) + name;
        }

        return name;
    }

    /// <summary>XML-escapes text and drops characters XML 1.0 cannot hold (control characters pasted from
    /// other programs), which would otherwise make the whole file unreadable.</summary>
    public static string Escape(string text)
    {
        var clean = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (XmlConvert.IsXmlChar(c) || char.IsSurrogate(c))
            {
                clean.Append(c);
            }
        }

        return clean.ToString().Replace("&", "&amp;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal)
            .Replace(">", "&gt;", StringComparison.Ordinal).Replace("\"", "&quot;", StringComparison.Ordinal);
    }
}
