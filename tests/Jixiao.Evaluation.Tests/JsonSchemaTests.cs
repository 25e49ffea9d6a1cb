using System.Text.Json;
using Json.Schema;
using Jixiao.Documents.Evaluation;
using Jixiao.Documents.Monitoring;
using Jixiao.Documents.PublishedText;
using Jixiao.Domain.Evaluation;
using Jixiao.Domain.Monitoring;
using Jixiao.Tests;

namespace Jixiao.Evaluation.Tests;

/// <summary>The samples and what the writers produce are what docs/jixiao-self-evaluation.schema.json and
/// docs/jixiao-monitoring.schema.json document.</summary>
public class JsonSchemaTests
{
    // Loaded once each: the schema registry refuses a second schema with the same $id.
    private static readonly JsonSchema SelfEvaluationSchema = Load("jixiao-self-evaluation.schema.json");
    private static readonly JsonSchema MonitoringSchema = Load("jixiao-monitoring.schema.json");

    private static JsonSchema Load(string name) => JsonSchema.FromFile(Path.Combine(TestFiles.RepositoryRoot, "docs", name));

    private static void AssertValid(JsonSchema schema, string json)
    {
        using var instance = JsonDocument.Parse(json);
        var result = schema.Evaluate(instance.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
        var errors = (result.Details ?? []).Where(d => d.Errors is not null).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}"));
        Assert.True(result.IsValid, string.Join("\n", errors));
    }

    [Fact]
    public void SelfEvaluation_SampleAndWrittenForm_ValidateAgainstTheSchema()
    {
        var schema = SelfEvaluationSchema;
        var sample = File.ReadAllText(Path.Combine(TestFiles.RepositoryRoot, "samples", "示例-食品安全抽检经费2023年绩效自评.json"));
        AssertValid(schema, sample);
        AssertValid(schema, SelfEvaluationJson.Write(SelfEvaluationJson.Read(sample).Value!));
        var approved = PublishedTextReader.Read(TestFiles.DepartmentTextBytes).Document;
        foreach (var project in approved.Projects)
        {
            AssertValid(schema, SelfEvaluationJson.Write(SelfEvaluationForm.FromApproved(project, approved.FiscalYear)));
        }
    }

    [Fact]
    public void Monitoring_SampleAndWrittenForm_ValidateAgainstTheSchema()
    {
        var schema = MonitoringSchema;
        var sample = File.ReadAllText(Path.Combine(TestFiles.RepositoryRoot, "samples", "示例-资产报告编报2024年1-6月监控.json"));
        AssertValid(schema, sample);
        var approved = PublishedTextReader.Read(TestFiles.DepartmentTextBytes).Document;
        foreach (var project in approved.Projects)
        {
            AssertValid(schema, MonitoringJson.Write(MonitoringForm.FromApproved(project, approved.FiscalYear, 6)));
        }
    }

    [Fact]
    public void Schema_RejectsMoneyAsANumber()
    {
        var schema = SelfEvaluationSchema;
        using var instance = JsonDocument.Parse("""{ "format": "jixiao.self-evaluation/1", "budget": { "adjustedBudget": 19.56, "spent": "1" }, "indicators": [] }""");
        Assert.False(schema.Evaluate(instance.RootElement).IsValid);
    }
}
