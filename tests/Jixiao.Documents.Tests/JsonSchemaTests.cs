using System.Text.Json.Nodes;
using Json.Schema;
using Jixiao.Documents.Json;
using Jixiao.Documents.PublishedText;
using Jixiao.Tests;

namespace Jixiao.Documents.Tests;

/// <summary>The JSON written is what docs/jixiao-document.schema.json documents.</summary>
public class JsonSchemaTests
{
    internal static readonly JsonSchema Schema = JsonSchema.FromFile(Path.Combine(TestFiles.RepositoryRoot, "docs", "jixiao-document.schema.json"));

    [Theory]
    [MemberData(nameof(RoundTripTests.Documents), MemberType = typeof(RoundTripTests))]
    public void WrittenJson_ValidatesAgainstTheSchema(string path)
    {
        var json = DocumentJson.Write(PublishedTextReader.ReadFile(path).Document);
        using var instance = System.Text.Json.JsonDocument.Parse(json);
        var result = Schema.Evaluate(instance.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
        var errors = (result.Details ?? []).Where(d => d.Errors is not null).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}"));
        Assert.True(result.IsValid, string.Join("\n", errors));
    }

    [Fact]
    public void Money_IsAStringWithItsDigits()
    {
        var json = JsonNode.Parse(DocumentJson.Write(PublishedTextReader.ReadFile(TestFiles.DepartmentTextPath).Document))!;
        Assert.Equal("18.40", json["projects"]![0]!["budget"]!.GetValue<string>());
        Assert.Equal("173.67", json["totalBudget"]!.GetValue<string>());
        Assert.Null(json["projects"]![0]!["otherFunds"]);
    }

    [Fact]
    public void BadMoneyInJson_IsAnErrorNamingTheTableAndField()
    {
        const string json = """
            { "format": "jixiao.document/1", "fiscalYear": 2024, "projects": [ { "sequence": 1, "projectName": "测试项目", "budget": "12,5x", "indicators": [] } ] }
            """;
        var error = Assert.Single(DocumentJson.Read(json).Errors);
        Assert.Equal((1, "测试项目", "预算数"), (error.TableNumber, error.TableName, error.Cell));
    }

    [Fact]
    public void UnknownFormatAndBrokenJson_AreErrors()
    {
        Assert.Contains("不支持的 JSON 格式", Assert.Single(DocumentJson.Read("""{ "format": "other/9" }""").Errors).Message, StringComparison.Ordinal);
        Assert.Contains("JSON 格式错误", Assert.Single(DocumentJson.Read("{ \"format\": ").Errors).Message, StringComparison.Ordinal);
    }
}
