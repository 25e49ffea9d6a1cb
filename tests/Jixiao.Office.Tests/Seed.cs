using Jixiao.Documents;
using Jixiao.Documents.PublishedText;
using Jixiao.Domain.Goals;
using Jixiao.Tests;

namespace Jixiao.Office.Tests;

/// <summary>The seed document read once by the text reader: the model every round trip must give back.</summary>
internal static class Seed
{
    private static readonly Lazy<PerformanceDocument> Model = new(() =>
    {
        var result = PublishedTextReader.Read(TestFiles.SeedBytes, new ReadOptions { FileName = TestFiles.SeedName });
        Assert.False(result.HasErrors, string.Join("\n", result.Errors));
        return result.Document;
    });

    public static PerformanceDocument Document => Model.Value;
}
