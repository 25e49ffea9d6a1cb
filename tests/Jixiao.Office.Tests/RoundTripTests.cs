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
    public void Seed_ThroughWordOrExcel_GivesTheSameModelFieldByField(string format)
    {
        var bytes = format == "docx" ? WordWriter.Write(Seed.Document) : ExcelBulkWriter.Write(Seed.Document);

        var result = DocumentFiles.Read(bytes, "." + format, new ReadOptions { FileName = "seed." + format });

        Assert.Empty(result.Problems);
        Assert.Empty(DocumentComparer.Compare(Seed.Document, result.Document));
        Assert.Equal(Seed.Document, result.Document);
    }

    [Fact]
    public void Seed_ThroughOfficialLayoutXlsx_GivesTheSameProjects()
    {
        var bytes = ExcelTablesWriter.Write(Seed.Document);

        var result = ExcelReader.Read(bytes, new ReadOptions { FileName = "tables.xlsx" });

        Assert.Empty(result.Problems);
        Assert.Equal(Seed.Document.Projects.Count, result.Document.Projects.Count);
        for (var i = 0; i < Seed.Document.Projects.Count; i++)
        {
            Assert.Empty(DocumentComparer.CompareProjects(Seed.Document.Projects[i], result.Document.Projects[i]));
        }
    }

    [Fact]
    public void DocumentWithTitleAndOddPlan_ThroughDocxAndXlsx_KeepsEveryField()
    {
        var project = Seed.Document.Projects[0] with
        {
            FundUse = "第一行\n第二行",
            OtherFunds = Money.ParseWanYuan("1.000001"),
            SpendingPlan = new SpendingPlan([new SpendingCheckpoint(1, 5), new SpendingCheckpoint(5, 37.5m), new SpendingCheckpoint(7, 60), new SpendingCheckpoint(9, 80), new SpendingCheckpoint(12, 100)]),
        };
        var document = Seed.Document with { Title = "纪律检查委员会2022年部门预算绩效文本", Projects = [project, .. Seed.Document.Projects.Skip(1)] };
        var expected = DocumentFacts.Complete(document with { FiscalYearSource = ValueSource.Unknown }, ReadOptions.Default, []);

        foreach (var (name, result) in new[] { ("docx", WordReader.Read(WordWriter.Write(document))), ("xlsx", ExcelReader.Read(ExcelBulkWriter.Write(document))) })
        {
            Assert.False(result.HasErrors, name + ": " + string.Join("\n", result.Errors));
            Assert.Empty(DocumentComparer.Compare(expected, result.Document));
        }
    }
}
