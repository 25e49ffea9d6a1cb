using Jixiao.Documents;
using Jixiao.Documents.Excel;
using Jixiao.Documents.Word;
using Jixiao.Domain.Goals;
using Jixiao.Tests;

namespace Jixiao.Office.Tests;

/// <summary>The 部门整体支出绩效目标表 written in the form's layout by the Word export and read back as written:
/// 部门职能, tasks and their budgets to the fen, the 金额合计 row, 收入构成 / 支出构成 with their 占比, indicator rows.</summary>
public class DepartmentTableRoundTripTests
{
    /// <summary>The text's Part 1 with a department table of the 88号 form: split task budgets (one with an amount to
    /// the fen, one with no 其他资金), the 金额合计 row, both blocks with 占比.</summary>
    internal static PerformanceDocument WithTable(bool groupsFirst = false) => DepartmentTableSample.With(DepartmentText.Document, groupsFirst);

    /// <summary>Read without a problem, and the table's parts equal one by one (a failure names the part).</summary>
    private static void SameTable(PerformanceDocument document, ReadResult result)
    {
        Assert.Empty(result.Problems);
        var (expected, back) = (document.DepartmentGoals, result.Document.DepartmentGoals);
        Assert.Equal(expected.Duties, back.Duties);
        Assert.Equal(expected.Tasks, back.Tasks);
        Assert.Equal(expected.Funds, back.Funds);
        Assert.Equal(expected.Indicators, back.Indicators);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Word_WritesTheTableInTheFormsLayout_AndReadsItBackExactly(bool groupsFirst)
    {
        var document = WithTable(groupsFirst);

        var result = WordReader.Read(WordWriter.Write(document), new ReadOptions { FileName = "text.docx" });

        SameTable(document, result);
        var back = result.Document.DepartmentGoals;
        Assert.Equal(document.DepartmentGoals, back);
        Assert.Equal(1_580_123_456L, back.Funds[groupsFirst ? 6 : 0].Amount!.Value.Fen); // 1580.123456 万元, to the fen
        Assert.Empty(DocumentComparer.Compare(document, result.Document));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void UnitsExcel_HasTheTableAsItsFirstSheet_AndReadsItBackExactly(bool groupsFirst)
    {
        var document = WithTable(groupsFirst);

        var result = ExcelReader.Read(ExcelTablesWriter.Write(document), new ReadOptions { FileName = "tables.xlsx" });

        SameTable(document, result);
        var back = result.Document;
        Assert.Equal(document.DepartmentGoals.OverallGoal, back.DepartmentGoals.OverallGoal);
        Assert.Equal((document.DepartmentName, document.FiscalYear), (back.DepartmentName, back.FiscalYear));
        // The project sheets still read as before.
        Assert.Equal(document.Projects.Count, back.Projects.Count);
        Assert.Empty(DocumentComparer.CompareProjects(document.Projects[0], back.Projects[0]));
    }

    [Theory]
    [InlineData("docx")]
    [InlineData("xlsx")]
    public void PublishedTable_ThroughWordOrExcel_KeepsItsRowsStandardsAndOtherColumns(string format)
    {
        var path = Path.Combine(Jixiao.Tests.TestFiles.RepositoryRoot, "tests", "Jixiao.Documents.Tests", "Fixtures", "corpus", "department", "hunan-yueyanglou-2023-jiagerenzheng.html");
        // The page names no region: given on import, as a user would (and the year to the Word file, whose generated
        // title is not read for one).
        var document = DocumentFiles.Read(path, new ReadOptions { RegionCode = "430602" }).Document;
        var bytes = format == "docx" ? WordWriter.Write(document) : ExcelTablesWriter.Write(document);

        var result = DocumentFiles.Read(bytes, "." + format, new ReadOptions { FileName = "department." + format, RegionCode = "430602", FiscalYear = format == "docx" ? 2023 : null });

        SameTable(document, result);
        Assert.Equal(["指标值类型"], result.Document.DepartmentGoals.Indicators[0].Extras.Select(e => e.Label));
        Assert.Equal(document.DepartmentGoals.OverallGoal, result.Document.DepartmentGoals.OverallGoal);
        Assert.Equal((document.DepartmentName, document.FiscalYear), (result.Document.DepartmentName, result.Document.FiscalYear));
    }
}
