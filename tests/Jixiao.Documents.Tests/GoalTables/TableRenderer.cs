using System.Net;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace Jixiao.Documents.Tests.GoalTables;

/// <summary>A table for the generated variants: rows of cells with spans, written as HTML (rowspan/colspan) or as
/// Word tables (gridSpan/vMerge), optionally split into two Word tables as a page break leaves them.</summary>
internal sealed class TableRenderer
{
    public List<string> LinesAbove { get; } = [];

    public List<List<RenderCell>> Rows { get; } = [];

    public string Html()
    {
        var sb = new StringBuilder("<html><head><meta charset=\"utf-8\"></head><body>");
        foreach (var line in LinesAbove)
        {
            sb.Append("<p>").Append(WebUtility.HtmlEncode(line)).Append("</p>");
        }

        sb.Append("<table border=\"1\">");
        foreach (var row in Rows)
        {
            sb.Append("<tr>");
            foreach (var cell in row.Where(c => !c.Covered))
            {
                sb.Append("<td");
                if (cell.RowSpan > 1)
                {
                    sb.Append(" rowspan=\"").Append(cell.RowSpan).Append('"');
                }

                if (cell.ColumnSpan > 1)
                {
                    sb.Append(" colspan=\"").Append(cell.ColumnSpan).Append('"');
                }

                sb.Append('>').Append(WebUtility.HtmlEncode(cell.Text).Replace("\n", "<br>", StringComparison.Ordinal)).Append("</td>");
            }

            sb.Append("</tr>");
        }

        return sb.Append("</table></body></html>").ToString();
    }

    /// <summary>The table as .docx; <paramref name="splitAt"/> starts a second table at that row (a page break),
    /// repeating row <paramref name="repeatRow"/> (the heading) at its top when asked. Cells merged down across the
    /// break start again, empty, in the second table.</summary>
    public byte[] Docx(int? splitAt = null, int? repeatRow = null)
    {
        using var stream = new MemoryStream();
        using (var package = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var body = new W.Body();
            foreach (var line in LinesAbove)
            {
                body.Append(Paragraph(line));
            }

            if (splitAt is { } split)
            {
                body.Append(Table(Rows.Take(split)));
                body.Append(new W.Paragraph(new W.Run(new W.Break { Type = W.BreakValues.Page })));
                var rest = Rows.Skip(split).Select((row, i) => i == 0 ? [.. row.Select(c => c.VerticalContinue ? new RenderCell(string.Empty, 1, c.ColumnSpan) : c)] : row);
                body.Append(Table((repeatRow is { } r ? [Rows[r]] : Enumerable.Empty<List<RenderCell>>()).Concat(rest)));
            }
            else
            {
                body.Append(Table(Rows));
            }

            package.AddMainDocumentPart().Document = new W.Document(body);
        }

        return stream.ToArray();
    }

    private static W.Table Table(IEnumerable<List<RenderCell>> rows)
    {
        var table = new W.Table();
        foreach (var row in rows)
        {
            var tr = new W.TableRow();
            foreach (var cell in row)
            {
                if (cell.Covered && !cell.VerticalContinue)
                {
                    continue; // covered by a cell spanning from the left
                }

                var properties = new W.TableCellProperties();
                if (cell.ColumnSpan > 1)
                {
                    properties.Append(new W.GridSpan { Val = cell.ColumnSpan });
                }

                if (cell.VerticalContinue)
                {
                    properties.Append(new W.VerticalMerge());
                }
                else if (cell.RowSpan > 1)
                {
                    properties.Append(new W.VerticalMerge { Val = W.MergedCellValues.Restart });
                }

                var tc = new W.TableCell(properties);
                foreach (var line in (cell.VerticalContinue ? string.Empty : cell.Text).Split('\n'))
                {
                    tc.Append(Paragraph(line));
                }

                tr.Append(tc);
            }

            table.Append(tr);
        }

        return table;
    }

    private static W.Paragraph Paragraph(string text) => new(new W.Run(new W.Text(text) { Space = SpaceProcessingModeValues.Preserve }));
}

/// <summary>A cell of a <see cref="TableRenderer"/> row: its text and spans; a position covered by a merged cell
/// is a placeholder (<see cref="Covered"/>), and Word writes the ones covered from above as vMerge continuations.</summary>
internal sealed record RenderCell(string Text, int RowSpan = 1, int ColumnSpan = 1)
{
    public bool Covered { get; init; }

    public bool VerticalContinue { get; init; }

    /// <summary>The placeholder under a cell that spans down (with the width of that cell).</summary>
    public static RenderCell Below(int columnSpan) => new(string.Empty, 1, columnSpan) { Covered = true, VerticalContinue = true };
}
