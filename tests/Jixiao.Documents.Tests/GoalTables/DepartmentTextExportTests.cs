using Jixiao.Documents.PublishedText;
using Jixiao.Domain.Goals;
using Jixiao.Tests;

namespace Jixiao.Documents.Tests.GoalTables;

/// <summary>
/// The published-text export of a document with a 部门整体支出绩效目标表: the table is printed in Part 1 after the
/// 工作保障措施, in the form's layout (the Word export's rows as Word's text of them), and the text reads back to the same
/// table — 部门职能, tasks and budgets to the fen, the 金额合计 row, 收入构成 / 支出构成 with 占比, indicator rows with their
/// other columns. Before, the export printed only the 年度总体目标 and the table was lost.
/// </summary>
public class DepartmentTextExportTests
{
    /// <summary>The published text with a table of the 88号 form: a split budget (1180.1 = 1100.1 + 80; 400.023456 with no
    /// 其他资金), 金额合计 1580.123456 = 1500.123456 + 80, both blocks with 占比, a two-line 部门职能.</summary>
    private static PerformanceDocument WithTable(bool groupsFirst) =>
        DepartmentTableSample.With(PublishedTextReader.ReadFile(TestFiles.DepartmentTextPath).Document, groupsFirst);

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void TextWithATable_ReadsBackToTheSameDocument(bool groupsFirst)
    {
        var document = WithTable(groupsFirst);

        var result = PublishedTextReader.Read(PublishedTextWriter.Write(document));

        Assert.Empty(result.Problems);
        var back = result.Document.DepartmentGoals;
        Assert.Equal(document.DepartmentGoals.Duties, back.Duties);
        Assert.Equal(document.DepartmentGoals.Tasks, back.Tasks);
        Assert.Equal(document.DepartmentGoals.Funds, back.Funds);
        Assert.Equal(document.DepartmentGoals.Indicators, back.Indicators);
        Assert.Equal(document.DepartmentGoals, back);
        Assert.Equal(1_580_123_456L, back.Funds[groupsFirst ? 6 : 0].Amount!.Value.Fen); // 1580.123456 万元, to the fen
        Assert.Empty(DocumentComparer.Compare(document, result.Document));
    }

    [Fact]
    public void TextWithATable_PrintsTheFormsRows()
    {
        var document = WithTable(groupsFirst: false);

        var lines = PublishedTextWriter.Write(document).Split('\n');

        // After the last 保障措施, the table under its heading (the year is the project codes'); the split budget's two heading rows, the
        // merged 年度主要任务 / 任务名称 / 主要内容 continued below as empty cells, amounts as the Word export prints them.
        var start = Array.IndexOf(lines, "四、部门整体支出绩效目标表");
        Assert.True(start > Array.FindIndex(lines, l => l.Contains("完成保障措施：", StringComparison.Ordinal)));
        Assert.Equal(
            ["四、部门整体支出绩效目标表", "\t单位：万元", "", "\t部门（单位）名称", "\t" + document.DepartmentName, "",
             "\t部门职能概述", "\t贯彻落实党和国家文化工作方针政策。", "负责全县广播电视公共服务。", "",
             "\t年度主要任务", "\t任务名称", "\t主要内容", "\t预算金额", "",
             "\t", "\t", "\t", "\t总额", "\t财政拨款", "\t其他资金", "",
             "\t", "\t机关运转", "\t保障机关正常运转", "\t1180.1", "\t1100.1", "\t80", ""],
            lines[start..(start + 29)]);
        Assert.Contains("\t金额合计", lines);
        Assert.Contains("\t1580.123456", lines);
    }

    /// <summary>The 88号 form's budget split under one merged 预算金额 heading, as Word's text prints it (the heading once,
    /// the merged cells left of 总额 / 财政拨款 / 其他资金 continued as empty cells): the three columns are read. Before,
    /// the text's 预算金额 had no span, so 总额 / 财政拨款 / 其他资金 were taken for amounts (three warnings) and the
    /// tasks had only a 总额.</summary>
    [Fact]
    public void SplitBudget_InTheTextLayout_ReadsItsThreeColumns()
    {
        const string html = """
            <html><body><table border="1">
            <tr><td colspan="6">部门整体支出绩效目标表</td></tr>
            <tr><td>部门（单位）名称</td><td colspan="5">某某县农业农村局</td></tr>
            <tr><td rowspan="4">年度主要任务</td><td rowspan="2">任务名称</td><td rowspan="2">主要内容</td><td colspan="3">预算金额（万元）</td></tr>
            <tr><td>总额</td><td>财政拨款</td><td>其他资金</td></tr>
            <tr><td>高标准农田建设</td><td>新建高标准农田1.2万亩</td><td>1200.5</td><td>1000</td><td>200.5</td></tr>
            <tr><td>金额合计</td><td></td><td>1200.5</td><td>1000</td><td>200.5</td></tr>
            <tr><td>年度总体目标</td><td colspan="5">完成高标准农田建设任务。</td></tr>
            </table></body></html>
            """;
        var grid = Jixiao.Documents.Grid.Sources.GridFiles.Read(System.Text.Encoding.UTF8.GetBytes(html), ".html", new ReadOptions()).Value!;
        var text = PublishedTextRenderer.Grid(grid);
        Assert.Contains("\t预算金额（万元）\n\n\t\n\t\n\t\n\t总额\n", text, StringComparison.Ordinal);

        var result = PublishedTextReader.Read(text, new ReadOptions { FileName = "split.txt" });

        var goals = result.Document.DepartmentGoals;
        Assert.DoesNotContain(result.Problems, p => p.Message.Contains("金额无法读取", StringComparison.Ordinal));
        Assert.Equal([("高标准农田建设", (decimal?)1200.5m, (decimal?)1000m, (decimal?)200.5m)],
            goals.Tasks.Select(t => (t.Name, t.Budget?.WanYuan, t.FiscalFunds?.WanYuan, t.OtherFunds?.WanYuan)));
        Assert.Equal([("金额合计", (decimal?)1200.5m), ("财政拨款", 1000m), ("其他资金", 200.5m)], goals.Funds.Select(f => (f.Label, f.Amount?.WanYuan)));
    }

    public static TheoryData<string> CorpusFiles => new()
    {
        "hunan-yueyanglou-2023-jiagerenzheng.html",
        "hubei-guangshui-2021-zhengfuban.docx",
        "jiangxi-fuliang-linyeju.xlsx",
    };

    /// <summary>A published department table read, exported as text and read again: the same table, name and year.</summary>
    [Theory]
    [MemberData(nameof(CorpusFiles))]
    public void PublishedTable_ThroughTheTextExport_ReadsAsItsDirectReading(string file)
    {
        var options = new ReadOptions { RegionCode = "430602", FiscalYear = 2023 };
        var direct = DocumentFiles.Read(TestFiles.Fixture(Path.Combine("corpus", "department", file)), options).Document;

        var result = PublishedTextReader.Read(PublishedTextWriter.Write(direct), options with { FiscalYear = null });

        Assert.Empty(result.Errors);
        Assert.Equal(direct.DepartmentGoals, result.Document.DepartmentGoals);
        Assert.Equal((direct.DepartmentName, direct.FiscalYear), (result.Document.DepartmentName, result.Document.FiscalYear));
    }

    /// <summary>The same through the Word export: a document of the department's goals alone, its year given at import
    /// and no title, keeps the year (the table's heading prints it). Before, the Word file lost it and asked for a year.</summary>
    [Theory]
    [MemberData(nameof(CorpusFiles))]
    public void PublishedTable_ThroughTheWordExport_KeepsItsYear(string file)
    {
        var options = new ReadOptions { RegionCode = "430602", FiscalYear = 2023 };
        var direct = DocumentFiles.Read(TestFiles.Fixture(Path.Combine("corpus", "department", file)), options).Document;

        var result = Word.WordReader.Read(Word.WordWriter.Write(direct), options with { FiscalYear = null });

        Assert.Empty(result.Errors);
        Assert.Equal(direct.DepartmentGoals, result.Document.DepartmentGoals);
        Assert.Equal((direct.DepartmentName, 2023), (result.Document.DepartmentName, result.Document.FiscalYear));
    }
}
