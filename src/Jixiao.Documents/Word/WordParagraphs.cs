using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Jixiao.Documents.Word;

/// <summary>Small builders for the paragraphs, runs and fields of an exported document.</summary>
internal static class WordParagraphs
{
    public static Paragraph Styled(string style, string text)
    {
        var paragraph = new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = style }));
        if (text.Length > 0)
        {
            paragraph.Append(TextRun(text));
        }

        return paragraph;
    }

    /// <summary>A heading with a bookmark the table of contents links to.</summary>
    public static Paragraph Heading(string style, string text, string bookmark, int bookmarkId)
    {
        var id = bookmarkId.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return new Paragraph(
            new ParagraphProperties(new ParagraphStyleId { Val = style }),
            new BookmarkStart { Name = bookmark, Id = id },
            TextRun(text),
            new BookmarkEnd { Id = id });
    }

    public static Run TextRun(string text) => new(new Text(text) { Space = SpaceProcessingModeValues.Preserve });

    /// <summary>The runs of a field (PAGE, TOC, PAGEREF) with the result shown until the program updates it.</summary>
    public static IEnumerable<OpenXmlElement> Field(string instruction, string cachedResult)
    {
        yield return new Run(new FieldChar { FieldCharType = FieldCharValues.Begin });
        yield return new Run(new FieldCode(" " + instruction + " ") { Space = SpaceProcessingModeValues.Preserve });
        yield return new Run(new FieldChar { FieldCharType = FieldCharValues.Separate });
        yield return TextRun(cachedResult);
        yield return new Run(new FieldChar { FieldCharType = FieldCharValues.End });
    }
}
