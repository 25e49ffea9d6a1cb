using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using Jixiao.Documents.Tables;

namespace Jixiao.Documents.Word;

/// <summary>A paragraph (with its 1-based number among the body's paragraphs) or a table of the document body.</summary>
internal sealed record WordBlock(int Paragraph, string Text, string? Style, Table? Table)
{
    public bool IsTable => Table is not null;
}

/// <summary>
/// Flattens a document body into paragraphs and tables in reading order, the way every program stores them:
/// content controls (WPS and Word forms wrap text in them) are opened, the table of contents is skipped, text in
/// drawings and text boxes is left out, and line breaks inside a paragraph become '\n'.
/// </summary>
internal static class WordBlocks
{
    public static List<WordBlock> Read(Body body)
    {
        var blocks = new List<WordBlock>();
        var paragraphs = 0;
        Collect(body, blocks, ref paragraphs);
        return blocks;
    }

    private static void Collect(OpenXmlElement parent, List<WordBlock> blocks, ref int paragraphs)
    {
        foreach (var child in parent.ChildElements)
        {
            switch (child)
            {
                case Paragraph p:
                    paragraphs++;
                    var style = p.ParagraphProperties?.ParagraphStyleId?.Val?.Value;
                    if (!IsTableOfContents(style))
                    {
                        blocks.Add(new WordBlock(paragraphs, Text(p), style, null));
                    }

                    break;
                case Table t when IsLayoutTable(t):
                    // A table used for page layout (the whole form inside one big cell): read what its cells hold.
                    foreach (var cell in Rows(t).SelectMany(Cells))
                    {
                        Collect(cell, blocks, ref paragraphs);
                    }

                    break;
                case Table t:
                    blocks.Add(new WordBlock(paragraphs, string.Empty, null, t));
                    break;
                case SdtBlock sdt when IsTableOfContents(sdt):
                    break;
                case SdtBlock or SdtContentBlock or CustomXmlBlock:
                    Collect(child is SdtBlock s ? (OpenXmlElement?)s.SdtContentBlock ?? s : child, blocks, ref paragraphs);
                    break;
                default:
                    break;
            }
        }
    }

    /// <summary>Rows of a table, looking inside row-level content controls.</summary>
    public static IEnumerable<TableRow> Rows(Table table) => Inside<TableRow>(table, e => e is SdtRow or SdtContentRow or CustomXmlRow);

    /// <summary>Cells of a row, looking inside cell-level content controls.</summary>
    public static IEnumerable<TableCell> Cells(TableRow row) => Inside<TableCell>(row, e => e is SdtCell or SdtContentCell or CustomXmlCell);

    /// <summary>Paragraph texts of a cell, nested tables included, empty paragraphs dropped.</summary>
    public static string CellText(TableCell cell) =>
        string.Join('\n', cell.Descendants<Paragraph>().Select(Text).SelectMany(t => t.Split('\n')).Select(t => t.Trim()).Where(t => t.Length > 0));

    public static string Text(Paragraph paragraph)
    {
        // Looking up ancestors is only needed when the paragraph holds a drawing or text box at all.
        var drawings = paragraph.Descendants().Any(e => e is Drawing or Picture or AlternateContent);
        var sb = new StringBuilder();
        foreach (var element in paragraph.Descendants())
        {
            switch (element)
            {
                case Text t when !drawings || !InDrawing(t):
                    sb.Append(t.Text);
                    break;
                case TabChar when !drawings || !InDrawing(element):
                    sb.Append('\t');
                    break;
                case Break or CarriageReturn when !drawings || !InDrawing(element):
                    sb.Append('\n');
                    break;
                case NoBreakHyphen:
                    sb.Append('-');
                    break;
                default:
                    break;
            }
        }

        return sb.ToString();
    }

    private static IEnumerable<T> Inside<T>(OpenXmlElement parent, Func<OpenXmlElement, bool> isWrapper)
        where T : OpenXmlElement
    {
        foreach (var child in parent.ChildElements)
        {
            if (child is T match)
            {
                yield return match;
            }
            else if (isWrapper(child))
            {
                foreach (var inner in Inside<T>(child, isWrapper))
                {
                    yield return inner;
                }
            }
        }
    }

    private static bool IsLayoutTable(Table table) => Rows(table).SelectMany(Cells).Any(c => c.Elements<Table>().Any());

    private static bool InDrawing(OpenXmlElement element) =>
        element.Ancestors().Any(a => a is Drawing or Picture or AlternateContent or TextBoxContent);

    private static bool IsTableOfContents(string? style) =>
        style is not null && (style.StartsWith("TOC", StringComparison.OrdinalIgnoreCase) || style.StartsWith("Contents", StringComparison.OrdinalIgnoreCase));

    private static bool IsTableOfContents(SdtBlock sdt) =>
        sdt.SdtProperties?.Descendants<DocPartGallery>().Any(g => g.Val?.Value == "Table of Contents") == true;

    /// <summary>The cells of a table in reading order for <see cref="ProjectTableReader"/>: merged cells once
    /// (continuations of a vertical merge as empty cells, as Word's own text export does), with their grid
    /// column so indicator rows are matched to their headers.</summary>
    public static IEnumerable<Cell> TableCells(Table table, string tableLabel, Func<int> nextRowKey)
    {
        var r = 0;
        foreach (var row in Rows(table))
        {
            r++;
            var key = nextRowKey();
            var column = row.TableRowProperties?.GetFirstChild<GridBefore>()?.Val?.Value ?? 0;
            var c = 0;
            foreach (var cell in Cells(row))
            {
                c++;
                var span = Math.Max(1, cell.TableCellProperties?.GridSpan?.Val?.Value ?? 1);
                var merge = cell.TableCellProperties?.VerticalMerge;
                var continues = merge is not null && merge.Val?.Value != MergedCellValues.Restart;
                yield return new Cell(continues ? string.Empty : CellText(cell), 0)
                {
                    Place = $"{tableLabel}第 {r} 行第 {c} 列",
                    Row = key,
                    Column = column,
                    Span = span,
                };
                column += span;
            }
        }
    }
}
