using Jixiao.Documents;
using Jixiao.Documents.Excel;
using Jixiao.Documents.Word;
using Jixiao.Domain.Goals;

namespace Jixiao.Office.Tests;

public class RoundTripTests
{
    [Theory]
    [InlineData("docx")]
    [InlineData("xlsx")]
    public void Text_ThroughWordOrExcel_GivesTheSameModelFieldByField(string format)
    {
        var bytes = format == "docx" ? WordWriter.Write(DepartmentText.Document) : ExcelBulkWriter.Write(DepartmentText.Document);

        var result = DocumentFiles.Read(bytes, "." + format, new ReadOptions { FileName = "text." + format });

        Assert.Empty(result.Problems);
        Assert.Empty(DocumentComparer.Compare(DepartmentText.Document, result.Document));
        Assert.Equal(DepartmentText.Document, result.Document);
    }

    [Fact]
    public void Text_ThroughOfficialLayoutXlsx_GivesTheSameProjects()
    {
        var bytes = ExcelTablesWriter.Write(DepartmentText.Document);

        var result = ExcelReader.Read(bytes, new ReadOptions { FileName = "tables.xlsx" });

        Assert.Empty(result.Problems);
        Assert.Equal(DepartmentText.Document.Projects.Count, result.Document.Projects.Count);
        for (var i = 0; i < DepartmentText.Document.Projects.Count; i++)
        {
            Assert.Empty(DocumentComparer.CompareProjects(DepartmentText.Document.Projects[i], result.Document.Projects[i]));
        }
    }

    [Fact]
    public void DocumentWithTitleAndOddPlan_ThroughDocxAndXlsx_KeepsEveryField()
    {
        var project = DepartmentText.Document.Projects[0] with
        {
            FundUse = "第一行\n第二行",
            OtherFunds = Money.ParseWanYuan("1.000001"),
            SpendingPlan = new SpendingPlan([new SpendingCheckpoint(1, 5), new SpendingCheckpoint(5, 37.5m), new SpendingCheckpoint(7, 60), new SpendingCheckpoint(9, 80), new SpendingCheckpoint(12, 100)]),
        };
        var document = DepartmentText.Document with { Title = "文化广电局2023年部门预算绩效文本", Projects = [project, .. DepartmentText.Document.Projects.Skip(1)] };
        var expected = DocumentFacts.Complete(document with { FiscalYearSource = ValueSource.Unknown }, ReadOptions.Default, []);

        foreach (var (name, result) in new[] { ("docx", WordReader.Read(WordWriter.Write(document))), ("xlsx", ExcelReader.Read(ExcelBulkWriter.Write(document))) })
        {
            Assert.False(result.HasErrors, name + ": " + string.Join("\n", result.Errors));
            Assert.Empty(DocumentComparer.Compare(expected, result.Document));
        }
    }
}
