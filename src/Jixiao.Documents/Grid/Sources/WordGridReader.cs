using System.Text;
using System.Xml;
using DocumentFormat.OpenXml.Packaging;
using Jixiao.Documents.Office;
using static Jixiao.Documents.Office.XmlWalk;

namespace Jixiao.Documents.Grid.Sources;

/// <summary>
/// Reads a .docx (Word, WPS, LibreOffice) into a <see cref="GridDocument"/> in one forward pass over
/// word/document.xml, without loading the document object model (most of the old reader's time). Paragraphs become
/// lines; tables become grids with gridSpan and vMerge resolved; content controls and custom XML are opened; text in
/// drawings, text boxes, field codes and deleted runs is left out; a table of contents is skipped. A table whose
/// cells hold tables is a layout frame (some units paste the whole form into one big cell): its cells' contents are
/// read as if they stood in the body.
/// </summary>
public static class WordGridReader
{
    private const string Main = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private const string Strict = "http://purl.oclc.org/ooxml/wordprocessingml/main";
    private const string Markup = "http://schemas.openxmlformats.org/markup-compatibility/2006";

    public static FileRead<GridDocument> Read(byte[] bytes, ReadOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var name = options.FileName ?? string.Empty;
        return OfficePackageGuard.Open(bytes, OfficeKind.Word, options.OfficeLimits, stream =>
        {
            using var package = WordprocessingDocument.Open(stream, false, new OpenSettings { MaxCharactersInPart = options.OfficeLimits.MaxUnpackedBytes });
            var part = package.MainDocumentPart ?? throw new InvalidDataException("main document part missing");
            using var xml = XmlReader.Create(part.GetStream(FileMode.Open, FileAccess.Read), XmlWalk.Settings);
            var state = new State();
            while (xml.Read())
            {
                if (xml.NodeType == XmlNodeType.Element && IsW(xml, "body"))
                {
                    ReadBlocks(xml, state, state.Blocks);
                    break;
                }
            }

            return new FileRead<GridDocument>(new GridDocument(name, GridSource.Word, state.Blocks), []);
        }, message => new FileRead<GridDocument>(null, [new ReadProblem(ProblemSeverity.Error, message) { File = options.FileName }]));
    }

    /// <summary>Reads the block-level children of the current element (body, a content control, a layout cell).</summary>
    private static void ReadBlocks(XmlReader xml, State state, List<GridBlock> into)
    {
        Children(xml, () =>
        {
            if (IsW(xml, "p"))
            {
                state.Paragraphs++;
                var number = state.Paragraphs;
                var (text, style) = ReadParagraph(xml);
                if (!IsTableOfContents(style))
                {
                    into.Add(GridBlock.Line(text, $"第 {number} 段", number, style));
                }
            }
            else if (IsW(xml, "tbl"))
            {
                ReadTable(xml, state, into);
            }
            else if (IsW(xml, "sdt"))
            {
                ReadContentControl(xml, state, into);
            }
            else if (IsW(xml, "customXml") || IsW(xml, "sdtContent"))
            {
                ReadBlocks(xml, state, into);
            }
            else
            {
                xml.Skip();
            }
        });
    }

    private static void ReadContentControl(XmlReader xml, State state, List<GridBlock> into)
    {
        var skip = false;
        Children(xml, () =>
        {
            if (IsW(xml, "sdtPr"))
            {
                skip = xml.ReadOuterXml().Contains("Table of Contents", StringComparison.Ordinal);
            }
            else if (IsW(xml, "sdtContent") && !skip)
            {
                ReadBlocks(xml, state, into);
            }
            else
            {
                xml.Skip();
            }
        });
    }

    private static void ReadTable(XmlReader xml, State state, List<GridBlock> into)
    {
        var rows = new List<List<RawCell>>();
        var gridBefore = new List<int>();
        Children(xml, () =>
        {
            if (IsW(xml, "tr"))
            {
                var (cells, before) = ReadRow(xml, state);
                rows.Add(cells);
                gridBefore.Add(before);
            }
            else if (IsW(xml, "sdt") || IsW(xml, "sdtContent") || IsW(xml, "customXml"))
            {
                // Rows wrapped in a content control: read them as rows of this table.
                Children(xml, () =>
                {
                    if (IsW(xml, "sdtContent"))
                    {
                        Children(xml, () =>
                        {
                            if (IsW(xml, "tr"))
                            {
                                var (cells, before) = ReadRow(xml, state);
                                rows.Add(cells);
                                gridBefore.Add(before);
                            }
                            else
                            {
                                xml.Skip();
                            }
                        });
                    }
                    else
                    {
                        xml.Skip();
                    }
                });
            }
            else
            {
                xml.Skip();
            }
        });

        if (rows.Any(r => r.Any(c => c.Nested.Count > 0)))
        {
            foreach (var cell in rows.SelectMany(r => r))
            {
                into.AddRange(cell.Nested);
            }

            return;
        }

        state.Tables++;
        var name = $"第 {state.Tables} 个表格";
        var builder = new CellGridBuilder(name);
        for (var r = 0; r < rows.Count; r++)
        {
            var column = gridBefore[r];
            var ordinal = 0;
            foreach (var cell in rows[r])
            {
                ordinal++;
                if (cell.ContinuesAbove && builder.ContinueDown(r, column))
                {
                    column += cell.Span;
                    continue;
                }

                builder.Add(r, column, cell.Text, columnSpan: cell.Span, place: $"第 {r + 1} 行第 {ordinal} 列");
                column += cell.Span;
            }
        }

        into.Add(GridBlock.Table(builder.Build()));
    }

    private static (List<RawCell> Cells, int GridBefore) ReadRow(XmlReader xml, State state)
    {
        var cells = new List<RawCell>();
        var before = 0;
        Children(xml, () =>
        {
            if (IsW(xml, "tc"))
            {
                cells.Add(ReadCell(xml, state));
            }
            else if (IsW(xml, "trPr") || IsW(xml, "tblPrEx"))
            {
                Children(xml, () =>
                {
                    if (IsW(xml, "gridBefore"))
                    {
                        before = Math.Max(0, IntVal(xml) ?? 0);
                    }

                    xml.Skip();
                });
            }
            else if (IsW(xml, "sdt") || IsW(xml, "sdtContent") || IsW(xml, "customXml"))
            {
                var inner = ReadRowWrapper(xml, state);
                cells.AddRange(inner);
            }
            else
            {
                xml.Skip();
            }
        });
        return (cells, before);
    }

    /// <summary>Cells wrapped in a content control or custom XML inside a row.</summary>
    private static List<RawCell> ReadRowWrapper(XmlReader xml, State state)
    {
        var cells = new List<RawCell>();
        Children(xml, () =>
        {
            if (IsW(xml, "tc"))
            {
                cells.Add(ReadCell(xml, state));
            }
            else if (IsW(xml, "sdtContent") || IsW(xml, "customXml") || IsW(xml, "sdt"))
            {
                cells.AddRange(ReadRowWrapper(xml, state));
            }
            else
            {
                xml.Skip();
            }
        });
        return cells;
    }

    private static RawCell ReadCell(XmlReader xml, State state)
    {
        var span = 1;
        var continues = false;
        var text = new StringBuilder();
        var nested = new List<GridBlock>();
        Children(xml, () =>
        {
            if (IsW(xml, "tcPr"))
            {
                Children(xml, () =>
                {
                    if (IsW(xml, "gridSpan"))
                    {
                        span = Math.Max(1, IntVal(xml) ?? 1);
                    }
                    else if (IsW(xml, "vMerge"))
                    {
                        continues = Attribute(xml, "val") is null or "continue";
                    }

                    xml.Skip();
                });
            }
            else if (IsW(xml, "p"))
            {
                var (line, _) = ReadParagraph(xml);
                nested.Add(GridBlock.Line(line, string.Empty, 0));
                text.Append(line).Append('\n');
            }
            else if (IsW(xml, "tbl"))
            {
                ReadTable(xml, state, nested);
            }
            else if (IsW(xml, "sdt") || IsW(xml, "sdtContent") || IsW(xml, "customXml"))
            {
                var inner = new List<GridBlock>();
                ReadBlocks(xml, state, inner);
                foreach (var block in inner)
                {
                    nested.Add(block);
                    if (!block.IsGrid)
                    {
                        text.Append(block.Text).Append('\n');
                    }
                }
            }
            else
            {
                xml.Skip();
            }
        });

        // Only a cell that holds a table makes its table a layout frame; lines alone are the cell's text.
        return new RawCell(text.ToString(), span, continues, nested.Any(b => b.IsGrid) ? nested : []);
    }

    /// <summary>The text of a paragraph (tabs as '\t', line breaks as '\n') and its style id.</summary>
    private static (string Text, string? Style) ReadParagraph(XmlReader xml)
    {
        var sb = new StringBuilder();
        string? style = null;
        Children(xml, () =>
        {
            if (IsW(xml, "pPr"))
            {
                Children(xml, () =>
                {
                    if (IsW(xml, "pStyle"))
                    {
                        style = Attribute(xml, "val");
                    }

                    xml.Skip();
                });
            }
            else
            {
                ReadInline(xml, sb);
            }
        });
        return (sb.ToString(), style);
    }

    /// <summary>Runs and what wraps them (hyperlinks, insertions, smart tags, content controls, simple fields).</summary>
    private static void ReadInline(XmlReader xml, StringBuilder sb)
    {
        if (xml.NamespaceURI == Markup || IsW(xml, "drawing") || IsW(xml, "pict") || IsW(xml, "object")
            || IsW(xml, "del") || IsW(xml, "instrText") || IsW(xml, "rPr") || IsW(xml, "sdtPr") || IsW(xml, "footnoteReference"))
        {
            xml.Skip();
        }
        else if (IsW(xml, "t"))
        {
            sb.Append(xml.ReadElementContentAsString());
        }
        else if (IsW(xml, "tab") || IsW(xml, "ptab"))
        {
            sb.Append('\t');
            xml.Skip();
        }
        else if (IsW(xml, "br") || IsW(xml, "cr"))
        {
            sb.Append('\n');
            xml.Skip();
        }
        else if (IsW(xml, "noBreakHyphen"))
        {
            sb.Append('-');
            xml.Skip();
        }
        else if (IsW(xml, "p"))
        {
            // A paragraph inside an inline content control: its own line.
            var (text, _) = ReadParagraph(xml);
            sb.Append('\n').Append(text);
        }
        else
        {
            Children(xml, () => ReadInline(xml, sb));
        }
    }

    /// <summary>Calls <paramref name="onElement"/> for each child element of the current element, which must
    /// consume it; leaves the reader after the element's end.</summary>
    private static bool IsW(XmlReader xml, string localName) =>
        xml.LocalName == localName && (xml.NamespaceURI == Main || xml.NamespaceURI == Strict);

    private static string? Attribute(XmlReader xml, string localName) =>
        xml.GetAttribute(localName, Main) ?? xml.GetAttribute(localName, Strict);

    private static int? IntVal(XmlReader xml) =>
        int.TryParse(Attribute(xml, "val"), System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var v) ? v : null;

    private static bool IsTableOfContents(string? style) =>
        style is not null && (style.StartsWith("TOC", StringComparison.OrdinalIgnoreCase) || style.StartsWith("Contents", StringComparison.OrdinalIgnoreCase));

    private sealed class State
    {
        public List<GridBlock> Blocks { get; } = [];

        public int Paragraphs { get; set; }

        public int Tables { get; set; }
    }

    private sealed record RawCell(string Text, int Span, bool ContinuesAbove, List<GridBlock> Nested);
}
