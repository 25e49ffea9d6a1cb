using Jixiao.Documents.PublishedText;
using Jixiao.Domain.Goals;
using Jixiao.Tests;

namespace Jixiao.Workflow.Tests;

/// <summary>The seed document (定州 2022 纪委 部门预算绩效文本), read once.</summary>
internal static class SeedDocument
{
    private static readonly Lazy<PerformanceDocument> Document = new(() =>
    {
        var result = PublishedTextReader.ReadFile(TestFiles.SeedPath);
        Assert.False(result.HasErrors, string.Join("\n", result.Errors));
        return result.Document;
    });

    public static PerformanceDocument Read() => Document.Value;
}
