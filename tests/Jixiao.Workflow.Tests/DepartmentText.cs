using Jixiao.Documents.PublishedText;
using Jixiao.Domain.Goals;
using Jixiao.Tests;

namespace Jixiao.Workflow.Tests;

/// <summary>The repository's department text (tests/Shared/Fixtures: 县文化广电局 2023 部门预算绩效文本), read once.</summary>
internal static class DepartmentText
{
    private static readonly Lazy<PerformanceDocument> Document = new(() =>
    {
        var result = PublishedTextReader.ReadFile(TestFiles.DepartmentTextPath);
        Assert.False(result.HasErrors, string.Join("\n", result.Errors));
        return result.Document;
    });

    public static PerformanceDocument Read() => Document.Value;
}
