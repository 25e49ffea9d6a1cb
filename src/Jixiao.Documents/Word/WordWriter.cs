using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Jixiao.Documents.Office;
using Jixiao.Domain.Goals;
using Jixiao.Domain.Text;

namespace Jixiao.Documents.Word;

/// <summary>
/// Writes a department's whole 部门预算绩效文本 as a .docx in the official layout: title and table of contents,
/// 第一部分 部门整体绩效目标 (总体绩效目标, 分项绩效目标, 工作保障措施), 第二部分 预算项目绩效目标 with one
/// 绩效目标表 per project; A4 portrait, official margins and fonts, page numbers in the footer.
/// <see cref="WordReader"/> reads the result back to the same document.
/// </summary>
public static class WordWriter
{
    /// <summary>Writes the document and, where LibreOffice and poppler are installed, prints it once to fill the page
    /// numbers of the 目录 (<see cref="WordTocPages"/>); without them the 目录 lists the headings and Word fills the
    /// numbers when it updates fields.</summary>
    public static byte[] WriteWithPageNumbers(PerformanceDocument document)
    {
        var docx = Write(document);
        return PrintedPages.Of(docx, ".docx") is { } pages ? WordTocPages.Fill(docx, pages) : docx;
    }

    public static byte[] Write(PerformanceDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        using var stream = new MemoryStream();
        using (var package = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = package.AddMainDocumentPart();
            WordStyles.AddTo(main);
            var footerId = WordPage.AddFooter(main);

            var headings = new List<(int Level, string Text, string Bookmark)>();
            var content = new List<OpenXmlElement>();
            AddPartOne(content, headings, document);
            AddPartTwo(content, headings, document.Projects);

            var body = new Body();
            var (title, titleStyle) = Title(document);
            body.Append(WordParagraphs.Styled(titleStyle, title));
            body.Append(TableOfContents(headings));
            body.Append(content);
            body.Append(WordPage.Section(footerId, landscape: false));
            main.Document = new Document(body);
            package.PackageProperties.Title = title;
            package.PackageProperties.Creator = "Jixiao";
        }

        return stream.ToArray();
    }

    /// <summary>The document's own title, or one made from the department and year for documents that have none
    /// (the seed has none). A made-up title gets its own style so reading the file back does not take it for
    /// the document's title.</summary>
    private static (string Text, string Style) Title(PerformanceDocument document)
    {
        if (document.Title.Length > 0)
        {
            return (document.Title, WordStyles.Title);
        }

        var year = document.FiscalYear > 0 ? document.FiscalYear.ToString(CultureInfo.InvariantCulture) + "年" : string.Empty;
        return ($"{document.DepartmentName}{year}部门预算绩效文本", WordStyles.GeneratedTitle);
    }

    private static void AddPartOne(List<OpenXmlElement> content, List<(int, string, string)> headings, PerformanceDocument document)
    {
        var goals = document.DepartmentGoals;
        if (goals.IsEmpty)
        {
            return;
        }

        Heading(content, headings, 1, "第一部分　部门整体绩效目标");
        Heading(content, headings, 2, "一、总体绩效目标");
        Body(content, goals.OverallGoal);
        Heading(content, headings, 2, "二、分项绩效目标");
        foreach (var subGoal in goals.SubGoals)
        {
            content.Add(WordParagraphs.Styled(WordStyles.Item, $"（{ChineseText.ToChineseNumeral(subGoal.Number)}）{subGoal.Title}"));
            Body(content, "绩效目标：" + subGoal.GoalText);
            Body(content, "绩效指标：" + subGoal.IndicatorText);
        }

        Heading(content, headings, 2, "三、工作保障措施");
        foreach (var safeguard in goals.Safeguards)
        {
            Body(content, $"（{ChineseText.ToChineseNumeral(safeguard.Number)}）{safeguard.Title}完成保障措施：{safeguard.Text}");
        }

        if (goals.HasTable)
        {
            // The department's table in the form's layout, read back by the department table reader.
            Heading(content, headings, 2, WordDepartmentTable.TitleFor(document));
            content.Add(WordDepartmentTable.Build(goals, document.DepartmentName));
        }
    }

    private static void AddPartTwo(List<OpenXmlElement> content, List<(int, string, string)> headings, IReadOnlyList<BudgetProject> projects)
    {
        Heading(content, headings, 1, "第二部分　预算项目绩效目标");
        foreach (var project in projects)
        {
            var bookmark = Bookmark(headings.Count);
            headings.Add((3, $"{project.Sequence}.{project.ProjectName}绩效目标表", bookmark));
            content.AddRange(WordProjectTable.Build(project, bookmark, headings.Count, first: project == projects[0]));
        }
    }

    private static void Heading(List<OpenXmlElement> content, List<(int Level, string Text, string Bookmark)> headings, int level, string text)
    {
        var bookmark = Bookmark(headings.Count);
        headings.Add((level, text, bookmark));
        var style = level == 1 ? WordStyles.Part : WordStyles.Section;
        content.Add(WordParagraphs.Heading(style, text, bookmark, headings.Count));
    }

    private static void Body(List<OpenXmlElement> content, string text)
    {
        foreach (var line in text.Split('\n'))
        {
            content.Add(WordParagraphs.Styled(WordStyles.Body, line));
        }
    }

    /// <summary>Bookmarks of the headings the 目录 points at (<see cref="WordTocPages"/> finds its entries by them).</summary>
    public const string BookmarkPrefix = "_TocJixiao";

    private static string Bookmark(int index) => BookmarkPrefix + index.ToString("D4", CultureInfo.InvariantCulture);

    /// <summary>A TOC field whose entries are already filled in (with PAGEREF fields for the page numbers), so
    /// the contents show even in a program that does not update fields; Word refreshes it on opening.</summary>
    private static SdtBlock TableOfContents(List<(int Level, string Text, string Bookmark)> headings)
    {
        var sdtContent = new SdtContentBlock(WordParagraphs.Styled(WordStyles.TocHeading, "目　录"));
        for (var i = 0; i < headings.Count; i++)
        {
            var (level, text, bookmark) = headings[i];
            var paragraph = new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = WordStyles.Toc(Math.Min(level, 3)) }));
            if (i == 0)
            {
                paragraph.Append(WordParagraphs.Field(@"TOC \o ""1-3"" \h \z \u", string.Empty).Take(3));
            }

            var link = new Hyperlink { Anchor = bookmark, History = true };
            link.Append(WordParagraphs.TextRun(text), new Run(new TabChar()));
            link.Append(WordParagraphs.Field($@"PAGEREF {bookmark} \h", string.Empty));
            paragraph.Append(link);
            if (i == headings.Count - 1)
            {
                paragraph.Append(new Run(new FieldChar { FieldCharType = FieldCharValues.End }));
            }

            sdtContent.Append(paragraph);
        }

        return new SdtBlock(
            new SdtProperties(new SdtContentDocPartObject(new DocPartGallery { Val = "Table of Contents" }, new DocPartUnique())),
            sdtContent);
    }
}
