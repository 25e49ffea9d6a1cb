using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using Jixiao.Documents.Grid;
using Jixiao.Documents.Grid.Sources;
using S = DocumentFormat.OpenXml.Spreadsheet;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace Jixiao.Documents.Tests.Grid;

/// <summary>The same form from Word, Excel, HTML and the text layout gives the same cells at the same places.</summary>
public class GridSourceTests
{
    private static readonly ReadOptions Options = new() { FileName = "form" };

    [Fact]
    public void Word_ResolvesGridSpanVerticalMergeAndGridBefore()
    {
        var docx = Docx(body =>
        {
            body.Append(Paragraph("项目支出绩效目标表（2021年度）"));
            body.Append(new W.Table(
                Row(Cell("绩效指标", merge: W.MergedCellValues.Restart), Cell("一级指标"), Cell("指标值", span: 2)),
                Row(Cell("", merge: W.MergedCellValues.Continue), Cell("产出指标"), Cell("≥95%"), Cell("分")),
                new W.TableRow(new W.TableRowProperties(new W.GridBefore { Val = 2 }), Cell("=100%"), Cell("%"))));
        });

        var document = Read(docx, ".docx");

        Assert.Equal("项目支出绩效目标表（2021年度）", document.Blocks[0].Text);
        var grid = document.Grids.Single();
        Assert.Equal((3, 4), (grid.RowCount, grid.ColumnCount));
        Assert.Equal(2, grid.At(1, 0)!.Value.RowSpan);
        Assert.Equal(grid.At(0, 2), grid.At(0, 3));
        Assert.Equal("=100%", grid.Text(2, 2));
        Assert.Null(grid.At(2, 0));
        Assert.Equal("第 2 行第 3 列", grid.At(1, 2)!.Value.Place);
        Assert.Equal("第 1 个表格", grid.Name);
    }

    [Fact]
    public void Word_OpensContentControls_AndLeavesOutDrawingsFieldCodesAndDeletions()
    {
        var docx = Docx(body =>
        {
            body.Append(new W.SdtBlock(new W.SdtContentBlock(Paragraph("在内容控件中"))));
            body.Append(new W.Paragraph(
                new W.Run(new W.Text("可见")),
                new W.Run(new W.FieldCode(" PAGE ")),
                new W.DeletedRun(new W.Run(new W.DeletedText("已删除"))),
                new W.Run(new W.Drawing()),
                new W.Run(new W.Break(), new W.Text("第二行"))));
        });

        var lines = Read(docx, ".docx").Blocks.Select(b => b.Text).ToList();

        Assert.Equal(["在内容控件中", "可见\n第二行"], lines);
    }

    [Fact]
    public void Word_FrameTableAroundTheForm_IsOpened()
    {
        var inner = new W.Table(Row(Cell("一级指标"), Cell("指标值")));
        var frame = new W.Table(new W.TableRow(new W.TableCell(Paragraph("标题"), inner, Paragraph(""))));
        var document = Read(Docx(body => body.Append(frame)), ".docx");

        Assert.Equal("一级指标", Assert.Single(document.Grids).Text(0, 0));
        Assert.Contains(document.Blocks, b => b.Text == "标题");
    }

    [Fact]
    public void Excel_MergedRangesBecomeSpans_AtSheetPositions()
    {
        var xlsx = Xlsx(("A1", "项目名称"), ("B1", "示范项目"), ("A3", "一级指标"), ("B3", "指标值"), ("A4", "产出指标"), ("B4", "≥95%"), ("B5", "12345.970000000001"));
        var grid = Read(xlsx, ".xlsx").Grids.Single();

        Assert.Equal("Sheet1", grid.Name);
        Assert.Equal(2, grid.At(3, 0)!.Value.RowSpan);
        Assert.Equal("产出指标", grid.Text(4, 0));
        Assert.Equal("12345.97", grid.Text(4, 1));
        Assert.Equal("B4", grid.At(3, 1)!.Value.Place);
        Assert.Null(grid.At(1, 0));
    }

    [Fact]
    public void Html_PlacesCellsAsBrowsersDo_AndReadsTheDeclaredEncoding()
    {
        var html = """
            <html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><style>td{}</style></head>
            <body><h2>绩效目标表</h2><p>（2020年度）</p>
            <table><tr><td rowspan=2>绩效指标</td><td>一级指标</td><td colspan=2>指标值</td></tr>
            <tr><td>产出<br>指标</td><td>&gt;=98%</td><td>&nbsp;</td></tr></table>
            <script>var x = "<table>";</script></body></html>
            """;
        var document = Read(TextDecoding.Gb18030.GetBytes(html), ".html");

        Assert.Equal(["绩效目标表", "（2020年度）"], document.Blocks.Where(b => !b.IsGrid).Select(b => b.Text));
        var grid = Assert.Single(document.Grids);
        Assert.Equal("产出\n指标", grid.Text(1, 1));
        Assert.Equal(">=98%", grid.Text(1, 2));
        Assert.Equal("", grid.Text(1, 3));
        Assert.Equal(grid.At(0, 0), grid.At(1, 0));
    }

    [Fact]
    public void Text_MakesFlowGridsFromCellLines_AndLinesFromTheRest()
    {
        var text = "1.安保经费绩效目标表\n\t项目编码\n\t13068222P006751100009\n\t项目名称\n\t安保经费\n\n\t绩效目标\n\t1.安保经费\n\n2.保障安全\n\n\t一级指标\t二级指标\n\n2.下一张表\n";
        var document = TextGridReader.Read(text, "form.txt", line => line.EndsWith('表'));

        Assert.Equal(["1.安保经费绩效目标表", "", "2.下一张表"], document.Blocks.Select(b => b.Text));
        Assert.Equal(2, TextGridReader.Read(text, "form.txt").Blocks.Count);
        var grid = document.Grids.Single();
        Assert.True(grid.IsFlow);
        Assert.Equal(["项目编码", "13068222P006751100009", "项目名称", "安保经费"], grid.Row(0).Select(c => c.Text));
        Assert.Equal("1.安保经费\n2.保障安全", grid.Text(1, 1));
        Assert.Equal(("二级指标", 12), (grid.Text(2, 1), grid.At(2, 1)!.Value.Line));
        Assert.Equal("第 12 行", grid.At(2, 1)!.Value.Place);
    }

    private static GridDocument Read(byte[] bytes, string extension)
    {
        var read = GridFiles.Read(bytes, extension, Options);
        Assert.Empty(read.Problems);
        return read.Value!;
    }

    private static W.Paragraph Paragraph(string text) => new(new W.Run(new W.Text(text)));

    private static W.TableRow Row(params W.TableCell[] cells) => new(cells);

    private static W.TableCell Cell(string text, int span = 1, W.MergedCellValues? merge = null)
    {
        var properties = new W.TableCellProperties();
        if (span > 1)
        {
            properties.Append(new W.GridSpan { Val = span });
        }

        if (merge is { } m)
        {
            properties.Append(new W.VerticalMerge { Val = m });
        }

        return new W.TableCell(properties, Paragraph(text));
    }

    private static byte[] Docx(Action<W.Body> fill)
    {
        using var stream = new MemoryStream();
        using (var package = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var body = new W.Body();
            fill(body);
            package.AddMainDocumentPart().Document = new W.Document(body);
        }

        return stream.ToArray();
    }

    private static byte[] Xlsx(params (string Reference, string Text)[] cells)
    {
        using var stream = new MemoryStream();
        using (var package = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = package.AddWorkbookPart();
            workbook.Workbook = new S.Workbook();
            var sheet = workbook.AddNewPart<WorksheetPart>();
            var data = new S.SheetData();
            foreach (var group in cells.GroupBy(c => uint.Parse(c.Reference[1..], System.Globalization.CultureInfo.InvariantCulture)).OrderBy(g => g.Key))
            {
                data.Append(new S.Row(group.Select(c => new S.Cell { CellReference = c.Reference, DataType = S.CellValues.String, CellValue = new S.CellValue(c.Text) })) { RowIndex = group.Key });
            }

            sheet.Worksheet = new S.Worksheet(data, new S.MergeCells(new S.MergeCell { Reference = "A4:A5" }));
            workbook.Workbook.AppendChild(new S.Sheets(new S.Sheet { Name = "Sheet1", SheetId = 1, Id = workbook.GetIdOfPart(sheet) }));
        }

        return stream.ToArray();
    }
}
