using System.Text;
using DocumentFormat.OpenXml.Packaging;
using Jixiao.Documents.Grid;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace Jixiao.Documents.Tests.GoalTables;

/// <summary>
/// Renders a document into the published text layout — what the extraction tool makes of an official Word document,
/// as the seed (seeds/000_*.txt) shows it — so that any table of the corpus can be sent to the text reader as a unit
/// would send it. The conventions, each with the seed lines that show it:
/// <list type="bullet">
/// <item>A paragraph is a line; its bookmarks come first as "[bookmark: NAME]"
/// ("[bookmark: _Toc_4_4_0000000004]1.安保经费绩效目标表", "[bookmark: _GoBack]认真贯彻…"). An empty paragraph outside a
/// table is a line of one space (the " " lines around "第二部分").</item>
/// <item>A table cell is a line starting with a tab ("\t项目编码"); a cell's further paragraphs follow on lines without
/// a tab ("\t1.安保经费" / "2.安保经费" / "3.安保保障经费"), its empty ones as empty lines ("\t工作完成的时效" followed by
/// four empty lines, then the row's next cell). A cell holding a space keeps it ("\t " under 其他资金).</item>
/// <item>A blank line ends a table row; one more blank line ends the table ("\t是否满意", "", "", " ").</item>
/// <item>A vertically merged cell's continuation is an empty cell, a tab alone (the "\t" that opens each row under
/// 产出指标); a horizontally merged cell appears once (the 项目编码 row has 4 cells where the 预算规模及资金用途 row
/// has 7).</item>
/// </list>
/// A .docx is rendered from its XML; an .xlsx or .html from its grid (the library's grid readers), whose cells carry
/// their spans: a position covered from above is the empty continuation, one covered from the left is not written.
/// </summary>
internal static class PublishedTextRenderer
{
    public static string Render(string path)
    {
        var bytes = File.ReadAllBytes(path);
        var extension = Path.GetExtension(path).ToLowerInvariant();
        if (extension == ".docx")
        {
            return Docx(bytes);
        }

        var grid = Jixiao.Documents.Grid.Sources.GridFiles.Read(bytes, extension, new ReadOptions()).Value
            ?? throw new InvalidOperationException($"{path}: no grid");
        return Grid(grid);
    }

    public static string Docx(byte[] bytes)
    {
        using var stream = new MemoryStream(bytes);
        using var package = WordprocessingDocument.Open(stream, false);
        var sb = new StringBuilder();
        foreach (var block in package.MainDocumentPart!.Document.Body!.ChildElements)
        {
            Block(sb, block);
        }

        return sb.ToString();
    }

    private static void Block(StringBuilder sb, DocumentFormat.OpenXml.OpenXmlElement block)
    {
        switch (block)
        {
            case W.Paragraph p:
                var text = Bookmarks(p) + ParagraphText(p);
                sb.Append(text.Length == 0 ? " " : text).Append('\n');
                break;
            case W.Table table:
                foreach (var row in table.Elements<W.TableRow>())
                {
                    foreach (var cell in row.Elements<W.TableCell>())
                    {
                        var merge = cell.TableCellProperties?.VerticalMerge;
                        var continuation = merge is not null && (merge.Val is null || merge.Val.Value == W.MergedCellValues.Continue);
                        var paragraphs = continuation ? [] : cell.Elements<W.Paragraph>().Select(ParagraphText).ToList();
                        sb.Append('\t').Append(paragraphs.Count > 0 ? paragraphs[0] : string.Empty).Append('\n');
                        foreach (var further in paragraphs.Skip(1))
                        {
                            sb.Append(further).Append('\n');
                        }
                    }

                    sb.Append('\n');
                }

                sb.Append('\n');
                break;
            case W.SdtBlock sdt:
                foreach (var inner in sdt.SdtContentBlock?.ChildElements ?? [])
                {
                    Block(sb, inner);
                }

                break;
        }
    }

    private static string Bookmarks(W.Paragraph p) =>
        string.Concat(p.Descendants<W.BookmarkStart>().Select(b => $"[bookmark: {b.Name}]"));

    /// <summary>A paragraph's text: its runs' texts, tabs as tabs, line breaks as new lines.</summary>
    private static string ParagraphText(W.Paragraph p)
    {
        var sb = new StringBuilder();
        foreach (var element in p.Descendants())
        {
            switch (element)
            {
                case W.Text t:
                    sb.Append(t.Text);
                    break;
                case W.TabChar:
                    sb.Append('\t');
                    break;
                case W.Break or W.CarriageReturn:
                    sb.Append('\n');
                    break;
            }
        }

        return sb.ToString();
    }

    /// <summary>The lines and tables of a grid document (an .xlsx's sheets, an .html page) in the same layout.</summary>
    public static string Grid(GridDocument document)
    {
        var sb = new StringBuilder();
        foreach (var block in document.Blocks)
        {
            if (!block.IsGrid)
            {
                sb.Append(block.Text.Length == 0 ? " " : block.Text).Append('\n');
                continue;
            }

            var grid = block.Grid!;
            for (var r = 0; r < grid.RowCount; r++)
            {
                for (var c = 0; c < grid.ColumnCount; c++)
                {
                    // A Word table has every cell: a position with none (a short row of a sheet) is an empty cell, one
                    // covered from above is the merged cell's empty continuation, one covered from the left is not written.
                    var cell = grid.At(r, c);
                    if (cell is { } covered && covered.Column < c)
                    {
                        continue;
                    }

                    var text = cell is { } own && own.Row == r ? own.Text : string.Empty;
                    var lines = text.Split('\n');
                    sb.Append('\t').Append(lines[0]).Append('\n');
                    foreach (var further in lines.Skip(1))
                    {
                        sb.Append(further).Append('\n');
                    }
                }

                sb.Append('\n');
            }

            sb.Append('\n');
        }

        return sb.ToString();
    }
}
