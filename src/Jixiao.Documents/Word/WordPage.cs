using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Jixiao.Documents.Word;

/// <summary>The page of every exported .docx: A4 with the official margins and "— 1 —" page numbers in the footer;
/// portrait for the goal text and the 自评表, landscape for the wide 监控表.</summary>
internal static class WordPage
{
    /// <summary>Usable width in twips of a portrait page (A4 11906 minus the 1588 + 1474 margins).</summary>
    public const int PortraitWidth = 8844;

    /// <summary>Usable width in twips of a landscape page (A4 16838 minus 1440 + 1440 margins).</summary>
    public const int LandscapeWidth = 13958;

    /// <summary>Adds the page-number footer and returns its relationship id for <see cref="Section"/>.</summary>
    public static string AddFooter(MainDocumentPart main)
    {
        var footer = main.AddNewPart<FooterPart>();
        footer.Footer = new Footer(new Paragraph(
            [new ParagraphProperties(new ParagraphStyleId { Val = "Footer" }), WordParagraphs.TextRun("— "), .. WordParagraphs.Field("PAGE", "1"), WordParagraphs.TextRun(" —")]));
        return main.GetIdOfPart(footer);
    }

    public static SectionProperties Section(string footerId, bool landscape) => landscape
        ? new(
            new FooterReference { Type = HeaderFooterValues.Default, Id = footerId },
            new PageSize { Width = 16838, Height = 11906, Orient = PageOrientationValues.Landscape },
            new PageMargin { Top = 1304, Right = 1440, Bottom = 1304, Left = 1440, Header = 851, Footer = 680, Gutter = 0 },
            new PageNumberType { Start = 1 })
        : new(
            new FooterReference { Type = HeaderFooterValues.Default, Id = footerId },
            new PageSize { Width = 11906, Height = 16838, Orient = PageOrientationValues.Portrait },
            new PageMargin { Top = 2098, Right = 1474, Bottom = 1984, Left = 1588, Header = 851, Footer = 992, Gutter = 0 },
            new PageNumberType { Start = 1 });

    /// <summary>A one-form document: title, the form's table(s), then notes (计算说明, 审核问题) in body text.</summary>
    public static byte[] WriteForm(string title, string subtitle, IEnumerable<DocumentFormat.OpenXml.OpenXmlElement> content, IEnumerable<(string Heading, IReadOnlyList<string> Lines)> notes, bool landscape)
    {
        using var stream = new MemoryStream();
        using (var package = WordprocessingDocument.Create(stream, DocumentFormat.OpenXml.WordprocessingDocumentType.Document))
        {
            var main = package.AddMainDocumentPart();
            WordStyles.AddTo(main);
            var footerId = AddFooter(main);
            var body = new Body();
            body.Append(WordParagraphs.Styled(WordStyles.FormTitle, title));
            if (subtitle.Length > 0)
            {
                body.Append(WordParagraphs.Styled(WordStyles.FormSubtitle, subtitle));
            }

            body.Append(content);
            foreach (var (heading, lines) in notes)
            {
                if (lines.Count == 0)
                {
                    continue;
                }

                body.Append(WordParagraphs.Styled(WordStyles.FormNoteHeading, heading));
                foreach (var line in lines)
                {
                    body.Append(WordParagraphs.Styled(WordStyles.FormNote, line));
                }
            }

            body.Append(Section(footerId, landscape));
            main.Document = new Document(body);
            package.PackageProperties.Title = title;
            package.PackageProperties.Creator = "Jixiao";
        }

        return stream.ToArray();
    }
}
