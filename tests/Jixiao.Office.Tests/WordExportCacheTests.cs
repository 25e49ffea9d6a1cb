using Jixiao.Documents.Word;
using Jixiao.Domain.Goals;

namespace Jixiao.Office.Tests;

/// <summary>
/// The Word download prints each version of a document once (LibreOffice is slow and may be asked by anyone on the
/// public pages): later downloads come from the data folder, downloads at the same time wait for the one printing,
/// and a printing that runs over its time gives the file without page numbers, which Word fills on opening.
/// </summary>
public sealed class WordExportCacheTests : IDisposable
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "jixiao-word-cache-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [SkippableFact]
    public async Task AVersionIsPrintedOnce_EvenWhenAskedForAtTheSameTime_AndKeptOnDisk()
    {
        LibreOffice.Require("soffice", "pdftotext");
        using var cache = new WordExportCache(folder, TimeSpan.FromMinutes(2));
        var files = await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => cache.GetAsync(DepartmentText.Document, CancellationToken.None)));

        Assert.Equal(1, cache.Printings);
        Assert.All(files, f => Assert.Equal(files[0], f));
        Assert.All(WordTocPages.Read(files[0]), e => Assert.True(int.TryParse(e.Page, out _), $"目录“{e.Heading}”没有页码"));
        Assert.Equal([WordExportCache.Key(DepartmentText.Document) + ".docx"], Directory.GetFiles(folder).Select(Path.GetFileName));

        // Another process (a restarted app) finds the printed file and starts no printing.
        using var restarted = new WordExportCache(folder, TimeSpan.FromMinutes(2));
        Assert.Equal(files[0], await restarted.GetAsync(DepartmentText.Document, CancellationToken.None));
        Assert.Equal(0, restarted.Printings);
    }

    [Fact]
    public void AChangedDocumentIsANewVersion()
    {
        var document = DepartmentText.Document;
        var changed = document with { DepartmentName = document.DepartmentName + "（调整）" };
        Assert.NotEqual(WordExportCache.Key(document), WordExportCache.Key(changed));
        Assert.Equal(WordExportCache.Key(document), WordExportCache.Key(DepartmentText.Document));
    }

    [SkippableFact]
    public async Task APrintingThatRunsOverItsTime_GivesTheFileForWordToNumber_AndIsNotRetriedAtOnce()
    {
        LibreOffice.Require("soffice", "pdftotext");
        using var cache = new WordExportCache(folder, TimeSpan.FromMilliseconds(1));
        var file = await cache.GetAsync(DepartmentText.Document, CancellationToken.None);

        var entries = WordTocPages.Read(file);
        Assert.Equal(DepartmentText.Document.Projects.Count + 5, entries.Count);
        Assert.All(entries, e => Assert.Equal(string.Empty, e.Page));
        Assert.Contains("w:updateFields w:val=\"true\"", Settings(file), StringComparison.Ordinal);
        Assert.False(Directory.Exists(folder) && Directory.EnumerateFiles(folder, "*.docx").Any());

        await cache.GetAsync(DepartmentText.Document, CancellationToken.None);
        Assert.Equal(1, cache.Printings);
    }

    private static string Settings(byte[] docx)
    {
        using var package = DocumentFormat.OpenXml.Packaging.WordprocessingDocument.Open(new MemoryStream(docx), false);
        using var reader = new StreamReader(package.MainDocumentPart!.DocumentSettingsPart!.GetStream());
        return reader.ReadToEnd();
    }
}
