using System.Globalization;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Jixiao.Domain.Text;

namespace Jixiao.Documents.Word;

/// <summary>
/// Fills the page numbers of the 目录 that <see cref="WordWriter"/> writes, from the text of the printed pages: each
/// entry gets the first page, after the previous entry's, whose text holds the entry's heading. The numbers take
/// the place of the PAGEREF fields' shown results, so every program shows them without updating fields; Word still
/// refreshes them when asked. The layout does not move: the 目录 keeps its lines, only digits are added.
/// </summary>
public static class WordTocPages
{
    public static byte[] Fill(byte[] docx, IReadOnlyList<string> pageTexts)
    {
        ArgumentNullException.ThrowIfNull(pageTexts);
        var pages = pageTexts.Select(ChineseText.WithoutWhitespace).ToList();
        using var stream = new MemoryStream();
        stream.Write(docx);
        using (var package = WordprocessingDocument.Open(stream, true))
        {
            var body = package.MainDocumentPart!.Document!.Body!;
            var entries = body.Descendants<Hyperlink>().Where(h => h.Anchor?.Value?.StartsWith(WordWriter.BookmarkPrefix, StringComparison.Ordinal) == true).ToList();

            // The 目录 itself holds every heading: the search starts after the page with its last entry.
            var tocEnd = entries.Count == 0 ? 0 : LastPageWith(pages, Heading(entries[^1])) ?? 0;
            var from = tocEnd;
            foreach (var entry in entries)
            {
                var heading = Heading(entry);
                var index = pages.FindIndex(from, p => p.Contains(heading, StringComparison.Ordinal));
                if (index < 0)
                {
                    continue; // not found (a heading LibreOffice split oddly): the field keeps its empty result
                }

                from = index;
                if (ResultText(entry) is { } text)
                {
                    text.Text = (index + 1).ToString(CultureInfo.InvariantCulture);
                }
            }

            package.MainDocumentPart.Document.Save();
        }

        return stream.ToArray();
    }

    /// <summary>The page numbers filled in, by entry text, in the order of the 目录 (for tests and the CLI report).</summary>
    public static IReadOnlyList<(string Heading, string Page)> Read(byte[] docx)
    {
        using var package = WordprocessingDocument.Open(new MemoryStream(docx), false);
        return [.. package.MainDocumentPart!.Document!.Body!.Descendants<Hyperlink>()
            .Where(h => h.Anchor?.Value?.StartsWith(WordWriter.BookmarkPrefix, StringComparison.Ordinal) == true)
            .Select(h => (string.Concat(h.Elements<Run>().TakeWhile(r => !r.Elements<TabChar>().Any()).SelectMany(r => r.Elements<Text>()).Select(t => t.Text)), ResultText(h)?.Text ?? string.Empty))];
    }

    private static string Heading(Hyperlink entry) =>
        ChineseText.WithoutWhitespace(string.Concat(entry.Elements<Run>().TakeWhile(r => !r.Elements<TabChar>().Any()).SelectMany(r => r.Elements<Text>()).Select(t => t.Text)));

    private static int? LastPageWith(List<string> pages, string text)
    {
        var first = pages.FindIndex(p => p.Contains(text, StringComparison.Ordinal));
        return first < 0 ? null : first + 1;
    }

    /// <summary>The text of the PAGEREF field's result: the run after its "separate" mark.</summary>
    private static Text? ResultText(Hyperlink entry)
    {
        var runs = entry.Elements<Run>().ToList();
        var separate = runs.FindIndex(r => r.Elements<FieldChar>().Any(f => f.FieldCharType?.Value == FieldCharValues.Separate));
        return separate >= 0 && separate + 1 < runs.Count ? runs[separate + 1].GetFirstChild<Text>() : null;
    }
}
