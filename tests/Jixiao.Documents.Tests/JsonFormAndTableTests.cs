using System.Text.Json.Nodes;
using Json.Schema;
using Jixiao.Documents.Json;
using Jixiao.Documents.Tests.GoalTables;
using Jixiao.Domain.Goals;
using Jixiao.Tests;
using F = Jixiao.Domain.Goals.FormFields;

namespace Jixiao.Documents.Tests;

/// <summary>The JSON form carries what a file's form lacks and a department's 部门整体支出绩效目标表: a goal table
/// exported and imported again is reviewed as the table it came as, and the department's funds come back to the fen.
/// Files written before either property read as the full form with Part 1 as text.</summary>
public class JsonFormAndTableTests
{
    private static ReadResult Department(string file, ReadOptions options) =>
        DocumentFiles.Read(Path.Combine(TestFiles.RepositoryRoot, "tests", "Jixiao.Documents.Tests", "Fixtures", "corpus", "department", file), options);

    [Fact]
    public void GoalTable_FormFlags_SurviveExportAndImport()
    {
        var document = CorpusTests.Read("hubei-wuhan-qingshan-2020-jichusheshi.docx").Document;
        var json = DocumentJson.Write(document);

        var back = DocumentJson.Read(json);

        Assert.Empty(back.Errors);
        Assert.Equal(F.Part1, back.Document.FormLacks);
        Assert.All(back.Document.Projects, p => Assert.Equal(F.ProjectCode | F.FundUse | F.SpendingPlan | F.Description | F.TargetBasis, p.FormLacks));
        Assert.Equal(document, back.Document);
        var node = JsonNode.Parse(json)!;
        Assert.Equal(["part1"], node["formLacks"]!.AsArray().Select(n => n!.GetValue<string>()));
        Assert.Equal(["projectCode", "fundUse", "spendingPlan", "description", "targetBasis"], node["projects"]![0]!["formLacks"]!.AsArray().Select(n => n!.GetValue<string>()));
        AssertValid(json);
    }

    [Fact]
    public void DepartmentTable_SurvivesExportAndImport_AmountsToTheFen()
    {
        var document = Department("hubei-guangshui-2021-zhengfuban.docx", new ReadOptions { RegionCode = "421381", FiscalYear = 2021, UnitCode = "101001" }).Document;
        Assert.True(document.DepartmentGoals.HasTable);
        var json = DocumentJson.Write(document);

        var back = DocumentJson.Read(json);

        Assert.Empty(back.Errors);
        Assert.Equal(document, back.Document);
        Assert.Equal(F.SubGoals | F.Safeguards | F.Part2, back.Document.FormLacks);
        Assert.Equal(document.DepartmentGoals.Funds, back.Document.DepartmentGoals.Funds);
        Assert.Equal(document.DepartmentGoals.Tasks, back.Document.DepartmentGoals.Tasks);
        // 968.1918 万元 = 9 681 918 元 = 968 191 800 fen; written as its 万元 string, read back to the fen.
        var fiscal = back.Document.DepartmentGoals.Funds.First(f => f.Label == "财政拨款");
        Assert.Equal(968_191_800L, fiscal.Amount!.Value.Fen);
        var written = JsonNode.Parse(json)!["departmentGoals"]!["funds"]!.AsArray().First(f => f!["label"]!.GetValue<string>() == "财政拨款")!;
        Assert.Equal("968.1918", written["amount"]!.GetValue<string>());
        AssertValid(json);
    }

    [Fact]
    public void DepartmentTableIndicators_SurviveExportAndImport()
    {
        var document = Department("hunan-yueyanglou-2023-jiagerenzheng.html", new ReadOptions { RegionCode = "430602", UnitCode = "430001" }).Document;

        var back = DocumentJson.Read(DocumentJson.Write(document)).Document;

        Assert.Equal(5, back.DepartmentGoals.Indicators.Count);
        Assert.Equal(28.8m, back.DepartmentGoals.Indicators[0].Target.Number);
        Assert.Equal("负责价格认定工作", back.DepartmentGoals.Duties);
        Assert.Equal(document, back);
    }

    [Fact]
    public void OlderFile_WithoutTheProperties_ReadsAsTheFullFormWithPart1AsText()
    {
        const string json = """
            { "format": "jixiao.document/1", "fiscalYear": 2024, "departmentGoals": { "overallGoal": "全年完成各项任务。" },
              "projects": [ { "sequence": 1, "unitCode": "317001", "projectName": "测试项目", "budget": "12.5", "indicators": [] } ] }
            """;

        var read = DocumentJson.Read(json);

        Assert.Empty(read.Errors);
        Assert.Equal(F.None, read.Document.FormLacks);
        Assert.Equal(F.None, Assert.Single(read.Document.Projects).FormLacks);
        Assert.False(read.Document.DepartmentGoals.HasTable);
        Assert.Equal("全年完成各项任务。", read.Document.DepartmentGoals.OverallGoal);
        // A document of the full form writes neither property.
        var written = JsonNode.Parse(DocumentJson.Write(read.Document))!;
        Assert.Null(written["formLacks"]);
        Assert.Null(written["departmentGoals"]!["funds"]);
    }

    [Fact]
    public void UnknownFormFlag_AndBadTableAmount_AreErrors()
    {
        const string json = """
            { "format": "jixiao.document/1", "fiscalYear": 2024, "formLacks": ["part3"],
              "departmentGoals": { "overallGoal": "", "funds": [ { "label": "财政拨款", "amount": "12,5x" } ] }, "projects": [] }
            """;

        var errors = DocumentJson.Read(json).Errors.Select(e => e.Message).ToList();

        Assert.Equal(2, errors.Count);
        Assert.Contains(errors, e => e.Contains("“part3”", StringComparison.Ordinal) && e.Contains("part1", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.StartsWith("部门整体支出绩效目标表资金第 1 项（财政拨款）的金额", StringComparison.Ordinal));
    }

    private static void AssertValid(string json)
    {
        using var instance = System.Text.Json.JsonDocument.Parse(json);
        var result = JsonSchemaTests.Schema.Evaluate(instance.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
        var errors = (result.Details ?? []).Where(d => d.Errors is not null).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}"));
        Assert.True(result.IsValid, string.Join("\n", errors));
    }
}
