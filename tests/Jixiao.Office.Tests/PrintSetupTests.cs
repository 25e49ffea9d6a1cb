using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using DocumentFormat.OpenXml.Wordprocessing;
using Jixiao.Documents.Evaluation;
using Jixiao.Documents.Excel;
using Jixiao.Documents.Monitoring;
using Jixiao.Documents.Word;
using Jixiao.Domain.Evaluation;
using Jixiao.Domain.Monitoring;
using Jixiao.Domain.Text;
using Jixiao.Tests;
using Table = DocumentFormat.OpenXml.Wordprocessing.Table;

namespace Jixiao.Office.Tests;

/// <summary>
/// How the exports print (issue 18), checked by opening the real files and printing them with LibreOffice: the Word
/// 目录 shows the page of every heading, the 自评表 spans the text width, the 监控表 repeats its indicator header on
/// every page, and the bulk .xlsx prints landscape, one page wide, with its header row on every page.
/// </summary>
public class PrintSetupTests
{
    private static string Sample(string name) => Path.Combine(TestFiles.RepositoryRoot, "samples", name);

    [SkippableFact]
    public void WordToc_ShowsThePrintedPageOfEveryHeading()
    {
        LibreOffice.Require("soffice", "pdftotext", "pdfinfo");
        var directory = LibreOffice.ArtifactDirectory("print");
        var docx = WordWriter.WriteWithPageNumbers(DepartmentText.Document);
        var entries = WordTocPages.Read(docx);
        Assert.Equal(DepartmentText.Document.Projects.Count + 5, entries.Count); // 2 parts, 3 sections, one line per project

        var file = Path.Combine(directory, "text-with-toc.docx");
        File.WriteAllBytes(file, docx);
        var pages = LibreOffice.PageTexts(LibreOffice.ToPdf(file)).Select(ChineseText.WithoutWhitespace).ToList();
        var previous = 1;
        foreach (var (heading, page) in entries)
        {
            Assert.True(int.TryParse(page, out var number), $"目录“{heading}”没有页码");
            Assert.True(number > previous - 1 && number <= pages.Count, $"目录“{heading}”第 {number} 页（共 {pages.Count} 页）");
            Assert.Contains(ChineseText.WithoutWhitespace(heading), pages[number - 1], StringComparison.Ordinal);
            previous = number;
        }

        // The 目录 page itself prints the numbers: the last project's line ends with the last page.
        Assert.Matches(System.Text.RegularExpressions.Regex.Escape(ChineseText.WithoutWhitespace(entries[^1].Heading)) + @"\.*" + pages.Count, pages[0]);
    }

    [SkippableFact]
    public void SelfEvaluationDocx_SpansTheTextWidthOfThePage()
    {
        var scored = ScoredEvaluation.Evaluate(SelfEvaluationJson.ReadFile(Sample("示例-食品安全抽检经费2023年绩效自评.json")).Value!, ScoringProfile.National);
        using var package = WordprocessingDocument.Open(new MemoryStream(SelfEvaluationForms.WriteDocx(scored)), false);
        var table = package.MainDocumentPart!.Document!.Body!.Elements<Table>().Single();
        var columns = table.GetFirstChild<TableGrid>()!.Elements<GridColumn>().Sum(c => int.Parse(c.Width!.Value!, System.Globalization.CultureInfo.InvariantCulture));
        var section = package.MainDocumentPart.Document.Body.GetFirstChild<SectionProperties>()!;
        var page = section.GetFirstChild<PageSize>()!;
        var margin = section.GetFirstChild<PageMargin>()!;
        var textWidth = (int)(page.Width!.Value - (uint)margin.Left!.Value - (uint)margin.Right!.Value);
        Assert.Equal(textWidth, columns);
    }

    [SkippableFact]
    public void MonitoringDocx_RepeatsTheIndicatorHeaderOnEveryPage()
    {
        LibreOffice.Require("soffice", "pdftotext", "pdfinfo");
        var sample = MonitoringJson.ReadFile(Sample("示例-资产报告编报2024年1-6月监控.json")).Value!;
        // A long report: the sample's indicators six times over, so the list runs over several landscape pages.
        var report = sample with { Indicators = [.. Enumerable.Repeat(sample.Indicators, 6).SelectMany(i => i)] };
        var docx = MonitoringForms.WriteDocx(MonitoredProject.Assess(report, MonitoringProfile.Hebei));

        using (var package = WordprocessingDocument.Open(new MemoryStream(docx), false))
        {
            var tables = package.MainDocumentPart!.Document!.Body!.Elements<Table>().ToList();
            Assert.Equal(2, tables.Count);
            var header = tables[1].Elements<TableRow>().First();
            Assert.NotNull(header.TableRowProperties?.GetFirstChild<TableHeader>());
            Assert.StartsWith("一级指标二级指标三级指标", header.InnerText, StringComparison.Ordinal);
        }

        var file = Path.Combine(LibreOffice.ArtifactDirectory("print"), "monitoring-long.docx");
        File.WriteAllBytes(file, docx);
        var pdf = LibreOffice.ToPdf(file);
        var pages = LibreOffice.PageTexts(pdf).Select(ChineseText.WithoutWhitespace).ToList();
        // Every page from the first with the indicator columns to the last with them opens with those columns again.
        var headed = pages.Select((p, i) => (Page: i, Headed: p.Contains("二级指标三级指标", StringComparison.Ordinal))).ToList();
        var first = headed.First(h => h.Headed).Page;
        var last = headed.Last(h => h.Headed).Page;
        Assert.True(last - first >= 2, $"长监控表的指标只印在第 {first + 1}–{last + 1} 页（共 {pages.Count} 页）");
        Assert.All(headed.Skip(first).Take(last - first + 1), h => Assert.True(h.Headed, $"第 {h.Page + 1} 页没有指标表头"));
    }

    [SkippableFact]
    public void BulkXlsx_PrintsLandscapeOnePageWide_WithTheHeaderRowOnEveryPage()
    {
        LibreOffice.Require("soffice", "pdftotext", "pdfinfo");
        var xlsx = ExcelBulkWriter.Write(DepartmentText.Document);
        using (var package = SpreadsheetDocument.Open(new MemoryStream(xlsx), false))
        {
            var workbook = package.WorkbookPart!;
            var sheets = workbook.Workbook.Sheets!.Elements<Sheet>().ToList();
            var titles = workbook.Workbook.DefinedNames!.Elements<DefinedName>().Where(n => n.Name == "_xlnm.Print_Titles").ToList();
            foreach (var index in new[] { 0, 1 })
            {
                var part = (WorksheetPart)workbook.GetPartById(sheets[index].Id!);
                var setup = part.Worksheet.GetFirstChild<PageSetup>()!;
                Assert.Equal(OrientationValues.Landscape, setup.Orientation!.Value);
                Assert.Equal(1u, setup.FitToWidth!.Value);
                Assert.Equal(0u, setup.FitToHeight!.Value);
                Assert.True(part.Worksheet.SheetProperties!.PageSetupProperties!.FitToPage!.Value);
                Assert.Contains(titles, n => n.LocalSheetId!.Value == (uint)index && n.Text.EndsWith("!$1:$1", StringComparison.Ordinal));
            }
        }

        var file = Path.Combine(LibreOffice.ArtifactDirectory("print"), "bulk.xlsx");
        File.WriteAllBytes(file, xlsx);
        var pdf = LibreOffice.ToPdf(file);
        var pages = LibreOffice.PageTexts(pdf);
        // Ten projects: the 项目 sheet on one page, the 指标 sheet on two, each headed; the other sheets one page each.
        Assert.True(pages.Count <= 6, $"批量表打印 {pages.Count} 页");
        Assert.Contains("项目编码", ChineseText.WithoutWhitespace(pages[0]), StringComparison.Ordinal);
        Assert.All(pages.Skip(1).Take(2), p => Assert.Contains("三级指标", p, StringComparison.Ordinal));
        Assert.Contains("(A4)", LibreOffice.Info(pdf), StringComparison.Ordinal);
    }
}
