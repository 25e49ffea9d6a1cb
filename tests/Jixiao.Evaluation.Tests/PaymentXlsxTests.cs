using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Jixiao.Documents.Payments;
using Jixiao.Domain.Goals;
using Jixiao.Domain.Monitoring;
using Jixiao.Tests;

namespace Jixiao.Evaluation.Tests;

public class PaymentXlsxTests
{
    private const string Code = "13068222P00675410002L";

    /// <summary>A one-sheet workbook; a cell is a string (shared string) or a number (double, as Excel stores it).</summary>
    private static byte[] Workbook(params object[][] rows)
    {
        using var stream = new MemoryStream();
        using (var doc = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var wb = doc.AddWorkbookPart();
            wb.Workbook = new Workbook();
            var strings = wb.AddNewPart<SharedStringTablePart>();
            strings.SharedStringTable = new SharedStringTable();
            var ws = wb.AddNewPart<WorksheetPart>();
            var data = new SheetData();
            for (var r = 0; r < rows.Length; r++)
            {
                var row = new Row { RowIndex = (uint)(r + 1) };
                for (var c = 0; c < rows[r].Length; c++)
                {
                    var reference = $"{(char)('A' + c)}{r + 1}";
                    row.Append(rows[r][c] switch
                    {
                        string s => new Cell { CellReference = reference, DataType = CellValues.SharedString, CellValue = new CellValue(Share(strings, s)) },
                        double d => new Cell { CellReference = reference, CellValue = new CellValue(d) },
                        _ => throw new ArgumentException("string or double"),
                    });
                }

                data.Append(row);
            }

            ws.Worksheet = new Worksheet(data);
            wb.Workbook.AppendChild(new Sheets(new Sheet { Id = wb.GetIdOfPart(ws), SheetId = 1, Name = "支付明细" }));
        }

        return stream.ToArray();
    }

    private static int Share(SharedStringTablePart part, string text)
    {
        part.SharedStringTable!.AppendChild(new SharedStringItem(new Text(text)));
        return part.SharedStringTable.Elements<SharedStringItem>().Count() - 1;
    }

    [Fact]
    public void Xlsx_WithSerialDatesAndFloatingNoise_IsReadExactly()
    {
        // 44742 = 2022-06-30 and 44652 = 2022-04-01 as Excel serial dates; 12345.67 + 0.1 + 0.2 is stored with binary
        // noise (12345.970000000001) and read as 12,345.97 元. Total to June: 12,345.97 + 5,000.00 = 17,345.97 元.
        var bytes = Workbook(
            ["项目编码", "支付日期", "金额（元）", "凭证号"],
            [Code, 44742d, 12345.67 + 0.1 + 0.2, "ZF-1"],
            [Code, 44652d, 5000d, "ZF-2"],
            [Code, "2022-07-15", 800d, "ZF-3"]);
        var read = PaymentXlsxReader.Read(bytes, "pay.xlsx");
        Assert.False(read.HasErrors, string.Join("\n", read.Problems));
        Assert.Equal(new DateOnly(2022, 6, 30), read.Value!.Records[0].Date);
        var ledger = new PaymentLedger();
        Assert.Equal(3, ledger.Add(read.Value.Records));
        Assert.Equal(new Money(1_734_597), ledger.SpentToMonthEnd(Code, 2022, 6));
        Assert.Equal(0, ledger.Add(PaymentXlsxReader.Read(bytes, "pay-again.xlsx").Value!.Records));
    }

    [Fact]
    public void Xlsx_BadCell_IsReportedWithSheetRowAndCell()
    {
        var bytes = Workbook(
            ["项目编码", "支付日期", "金额（万元）"],
            [Code, "2022-06-01", "一万"]);
        var read = PaymentXlsxReader.Read(bytes, "bad.xlsx");
        var problem = Assert.Single(read.Problems);
        Assert.Equal("错误（文件 bad.xlsx，工作表「支付明细」，第 2 行，“C2 金额（万元）”）：“一万”不是金额（应为以万元为单位的数字，例如 12345.67）", problem.ToString());
    }

    [Fact]
    public void NotAWorkbook_IsAClearError()
    {
        var read = PaymentXlsxReader.Read("项目编码,日期,金额\n"u8.ToArray(), "fake.xlsx");
        Assert.True(read.HasErrors);
        Assert.Contains("Excel", Assert.Single(read.Problems).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void PaymentFiles_ChoosesTheReaderByExtension()
    {
        var dir = TestFiles.TempDirectory();
        var xlsx = Path.Combine(dir, "p.xlsx");
        File.WriteAllBytes(xlsx, Workbook(["项目编码", "支付日期", "金额（元）"], [Code, 44742d, 100d]));
        Assert.Single(PaymentFiles.Read(xlsx).Value!.Records);
        Assert.True(PaymentFiles.Read(Path.Combine(dir, "p.pdf")).HasErrors);
    }
}
