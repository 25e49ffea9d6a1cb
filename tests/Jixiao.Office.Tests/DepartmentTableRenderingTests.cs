using Jixiao.Documents.Excel;
using Jixiao.Documents.Word;
using Jixiao.Domain.Text;

namespace Jixiao.Office.Tests;

/// <summary>The 部门整体支出绩效目标表 of the Word export and of the unit's Excel as LibreOffice prints them: A4, every
/// part of the form, the amounts to the fen as written, every task and indicator. PNGs of the table's page are kept
/// under TestResults/office-rendering/department for a person to look at.</summary>
public class DepartmentTableRenderingTests
{
    [SkippableTheory]
    [InlineData("docx")]
    [InlineData("xlsx")]
    public void DepartmentTable_PrintsEveryPartOfTheForm(string format)
    {
        LibreOffice.Require("soffice", "pdftotext", "pdfinfo", "pdftoppm");
        var directory = LibreOffice.ArtifactDirectory("department");
        var document = DepartmentTableRoundTripTests.WithTable();
        var goals = document.DepartmentGoals;
        var file = Path.Combine(directory, $"部门整体支出绩效目标表-{format}.{format}");
        File.WriteAllBytes(file, format == "docx" ? WordWriter.Write(document) : ExcelTablesWriter.Write(document));

        var pdf = LibreOffice.ToPdf(file);
        var pages = LibreOffice.PageTexts(pdf).Select(ChineseText.WithoutWhitespace).ToList();
        // The table may run over a page: its text is read from its first page on (the project tables follow it).
        var page = pages.FindIndex(p => p.Contains("部门职能概述", StringComparison.Ordinal));
        Assert.True(page >= 0, "没有打印出部门整体支出绩效目标表");
        var text = string.Concat(pages.Skip(page));
        Assert.Contains("(A4)", LibreOffice.Info(pdf), StringComparison.Ordinal);
        Assert.Contains("部门整体支出绩效目标表", string.Concat(pages), StringComparison.Ordinal);
        string[] parts = ["部门（单位）名称", "部门职能概述", "任务名称", "主要内容", "预算金额", "总额", "财政拨款", "其他资金", "金额合计", "收入构成", "支出构成",
            "年度总体目标", "年度绩效指标", "一级指标", "二级指标", "三级指标", "指标值", "单位：万元"];
        Assert.All(parts, p => Assert.Contains(p, text, StringComparison.Ordinal));
        Assert.All(["1580.123456", "1500.123456", "400.023456", "1180.1", "94.9%", "25.3%"], a => Assert.Contains(a, text, StringComparison.Ordinal));
        Assert.All(goals.Tasks, t => Assert.Contains(ChineseText.WithoutWhitespace(t.Name), text, StringComparison.Ordinal));
        // A name or value may wrap in its cell, and pdftotext then prints the next cells' first lines between its lines:
        // their first four characters stand together.
        Assert.All(goals.Indicators, i => Assert.Contains(i.Name[..4], text, StringComparison.Ordinal));
        Assert.All(goals.Indicators, i => Assert.Contains(i.Target.Text[..4], text, StringComparison.Ordinal));

        LibreOffice.PageToPng(pdf, page + 1, Path.Combine(directory, $"部门整体支出绩效目标表-{format}"));
        Assert.True(new FileInfo(Path.Combine(directory, $"部门整体支出绩效目标表-{format}.png")).Length > 10_000);
    }
}
