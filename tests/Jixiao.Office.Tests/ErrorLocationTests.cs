using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Jixiao.Documents;
using Jixiao.Documents.Excel;
using Jixiao.Documents.Word;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace Jixiao.Office.Tests;

/// <summary>Bad input in a Word or Excel file is reported like in a text file: what is wrong and exactly where.</summary>
public class ErrorLocationTests
{
    [Fact]
    public void DocxWithBadBudget_NamesTableRowAndColumn()
    {
        var bytes = EditWord(WordWriter.Write(DepartmentText.Document), body =>
            body.Descendants<W.Text>().First(t => t.Text == "18.40").Text = "十八点四");

        var result = WordReader.Read(bytes, new ReadOptions { FileName = "bad.docx" });

        var error = Assert.Single(result.Errors);
        Assert.Equal((1, "文物安全巡查经费"), (error.TableNumber, error.TableName));
        Assert.Equal("预算数（第 2 行第 3 列）", error.Cell);
        Assert.Contains("不是以万元为单位的金额", error.Message);
        Assert.StartsWith("错误（文件 bad.docx，第 1 张表《文物安全巡查经费》", error.ToString());
    }

    [Fact]
    public void DocxWithoutIndicatorTable_SaysTheTableIsIncomplete()
    {
        var bytes = EditWord(WordWriter.Write(DepartmentText.Document), body => body.Elements<W.Table>().ElementAt(1).Remove());

        var result = WordReader.Read(bytes);

        var error = Assert.Single(result.Errors);
        Assert.Equal(1, error.TableNumber);
        Assert.Contains("没有找到指标表", error.Message);
    }

    [Fact]
    public void DocxWithoutTables_IsAnError()
    {
        var bytes = EditWord(WordWriter.Write(DepartmentText.Document), body =>
        {
            // The tables and their titles: what is left is Part 1 only.
            foreach (var element in body.Elements<W.Table>().Cast<DocumentFormat.OpenXml.OpenXmlElement>()
                .Concat(body.Elements<W.Paragraph>().Where(p => p.ParagraphProperties?.ParagraphStyleId?.Val == "Heading3")).ToList())
            {
                element.Remove();
            }
        });

        Assert.Contains("没有找到任何项目绩效目标表", Assert.Single(WordReader.Read(bytes).Errors).Message);
    }

    [Fact]
    public void XlsxWithBadBudget_NamesSheetAndCell()
    {
        var bytes = EditSheet(ExcelBulkWriter.Write(DepartmentText.Document), "项目", "F3", "abc");

        var result = ExcelReader.Read(bytes, new ReadOptions { FileName = "bad.xlsx" });

        var error = Assert.Single(result.Errors);
        Assert.Equal(("项目", "F3"), (error.Sheet, error.Cell));
        Assert.Contains("预算数", error.Message);
        Assert.Equal("错误（文件 bad.xlsx，工作表「项目」，“F3”）：" + error.Message, error.ToString());
    }

    [Fact]
    public void XlsxIndicatorOfUnknownProject_NamesTheCodeCell()
    {
        var bytes = EditSheet(ExcelBulkWriter.Write(DepartmentText.Document), "指标", "A2", "13910223P99999999999X");

        var result = ExcelReader.Read(bytes);

        var error = Assert.Single(result.Errors);
        Assert.Equal(("指标", "A2"), (error.Sheet, error.Cell));
        Assert.Contains("13910223P99999999999X", error.Message);
    }

    [Fact]
    public void XlsxPlanEnteredAsPercentCells_IsReadAsPercentages()
    {
        var bytes = ExcelBulkWriter.Write(DepartmentText.Document);
        foreach (var (cell, value) in new[] { ("L2", "0.25"), ("O2", "0.5"), ("S2", "0.75"), ("U2", "1") })
        {
            bytes = EditSheet(bytes, "项目", cell, value, number: true);
        }

        var result = ExcelReader.Read(bytes);

        Assert.False(result.HasErrors);
        Assert.Equal(DepartmentText.Document.Projects[0].SpendingPlan, result.Document.Projects[0].SpendingPlan);
    }

    private static byte[] EditWord(byte[] docx, Action<W.Body> change)
    {
        using var stream = new MemoryStream();
        stream.Write(docx);
        using (var package = WordprocessingDocument.Open(stream, true))
        {
            change(package.MainDocumentPart!.Document!.Body!);
            package.MainDocumentPart.Document.Save();
        }

        return stream.ToArray();
    }

    private static byte[] EditSheet(byte[] xlsx, string sheetName, string reference, string value, bool number = false)
    {
        using var stream = new MemoryStream();
        stream.Write(xlsx);
        using (var package = SpreadsheetDocument.Open(stream, true))
        {
            var workbook = package.WorkbookPart!;
            var sheet = workbook.Workbook!.Sheets!.Elements<Sheet>().First(s => s.Name == sheetName);
            var part = (WorksheetPart)workbook.GetPartById(sheet.Id!);
            var cell = part.Worksheet!.Descendants<Cell>().First(c => c.CellReference == reference);
            cell.RemoveAllChildren();
            cell.DataType = number ? null : CellValues.String;
            cell.Append(new CellValue(value));
            part.Worksheet.Save();
        }

        return stream.ToArray();
    }
}
