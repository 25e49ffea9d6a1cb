using Jixiao.Documents.Excel;
using Jixiao.Documents.Word;
using Jixiao.Domain.Text;

namespace Jixiao.Office.Tests;

/// <summary>The exported files as LibreOffice prints them: A4, every table on its page, every name in the text.
/// The PNG of the first table page is kept under TestResults/office-rendering for a person to look at.</summary>
public class RenderingTests
{
    [SkippableFact]
    public void ExportedDocx_PrintsEveryProjectTableOnItsOwnA4Page()
    {
        LibreOffice.Require("soffice", "pdftotext", "pdfinfo", "pdftoppm");
        var directory = LibreOffice.ArtifactDirectory("docx");
        var docx = Path.Combine(directory, "text.docx");
        File.WriteAllBytes(docx, WordWriter.Write(DepartmentText.Document));

        var pdf = LibreOffice.ToPdf(docx);
        var info = LibreOffice.Info(pdf);
        var pages = LibreOffice.PageTexts(pdf).Select(ChineseText.WithoutWhitespace).ToList();

        Assert.Contains("(A4)", info, StringComparison.Ordinal);
        var projects = DepartmentText.Document.Projects;
        var headingPages = projects.Select(p => HeadingPage(pages, $"{p.Sequence}.{p.ProjectName}绩效目标表")).ToList();
        for (var i = 0; i < projects.Count; i++)
        {
            var page = pages[headingPages[i] - 1];
            Assert.Contains(projects[i].ProjectCode, page, StringComparison.Ordinal);
            Assert.Contains(projects[i].Budget.ToWanYuanString(), page, StringComparison.Ordinal);
            Assert.Contains(ChineseText.WithoutWhitespace(projects[i].Indicators[^1].TargetBasis), page, StringComparison.Ordinal);
        }

        // Each table starts a page and ends on it: the next heading is on the next page, the last on the last.
        Assert.Equal(Enumerable.Range(headingPages[0], projects.Count), headingPages);
        Assert.Equal(headingPages[^1], pages.Count);

        LibreOffice.PageToPng(pdf, headingPages[0], Path.Combine(directory, "first-table-page"));
        Assert.True(new FileInfo(Path.Combine(directory, "first-table-page.png")).Length > 10_000);
    }

    [SkippableFact]
    public void OfficialLayoutXlsx_PrintsOneA4PagePerProject()
    {
        LibreOffice.Require("soffice", "pdftotext", "pdfinfo", "pdftoppm");
        var directory = LibreOffice.ArtifactDirectory("xlsx");
        var xlsx = Path.Combine(directory, "tables.xlsx");
        File.WriteAllBytes(xlsx, ExcelTablesWriter.Write(DepartmentText.Document));

        var pdf = LibreOffice.ToPdf(xlsx);
        var pages = LibreOffice.PageTexts(pdf).Select(ChineseText.WithoutWhitespace).ToList();

        Assert.Contains("(A4)", LibreOffice.Info(pdf), StringComparison.Ordinal);
        Assert.Equal(DepartmentText.Document.Projects.Count, pages.Count);
        for (var i = 0; i < pages.Count; i++)
        {
            var project = DepartmentText.Document.Projects[i];
            Assert.Contains($"{project.Sequence}.{project.ProjectName}绩效目标表", pages[i], StringComparison.Ordinal);
            Assert.Contains(project.ProjectCode, pages[i], StringComparison.Ordinal);
        }

        LibreOffice.PageToPng(pdf, 1, Path.Combine(directory, "first-sheet"));
    }

    /// <summary>1-based page of a table heading, skipping the table of contents (which lists every heading too).</summary>
    private static int HeadingPage(List<string> pages, string heading)
    {
        var found = pages.Select((text, i) => (text, page: i + 1)).Where(p => p.text.Contains(heading, StringComparison.Ordinal) && p.text.Contains("项目编码", StringComparison.Ordinal)).ToList();
        Assert.True(found.Count == 1, $"“{heading}”应在正文中出现在恰好一页上，实际 {found.Count} 页");
        return found[0].page;
    }
}
