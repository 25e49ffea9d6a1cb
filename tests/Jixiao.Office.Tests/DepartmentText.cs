using Jixiao.Documents;
using Jixiao.Documents.PublishedText;
using Jixiao.Domain.Goals;
using Jixiao.Tests;

namespace Jixiao.Office.Tests;

/// <summary>The repository's department text (tests/Shared/Fixtures) read once by the text reader: the model every
/// Word and Excel round trip must give back.</summary>
internal static class DepartmentText
{
    private static readonly Lazy<PerformanceDocument> Model = new(() =>
    {
        var result = PublishedTextReader.Read(TestFiles.DepartmentTextBytes, new ReadOptions { FileName = TestFiles.DepartmentTextName });
        Assert.False(result.HasErrors, string.Join("\n", result.Errors));
        return result.Document;
    });

    public static PerformanceDocument Document => Model.Value;
}
