using System.Globalization;
using System.IO.Compression;

namespace Jixiao.Web.Features.Gongkai;

/// <summary>
/// The rendered public page of each published document, kept as a file (and its gzip twin) under
/// <c>folder/&lt;build&gt;/</c>: a department's page is 250 project tables, 2.3 MB of HTML parsed from a 2 MB JSON
/// snapshot, which no request should render twice, and which kept in memory (the output cache did) filled and
/// fragmented the large-object heap. A file is named by document, view (screen or print) and the moment of publication:
/// the page reads that moment from the database on every request, so a new publication is never answered from an older
/// file (and a withdrawn document is 404 before any file is looked at). Files of an earlier publication are deleted when
/// the new one is written; files of another build (whose layout may differ) are deleted at start. Memory stays flat:
/// a file is sent in small buffers, and at most <see cref="Environment.ProcessorCount"/> pages render at once.
/// </summary>
public sealed class PublishedPageFiles : IDisposable
{
    private readonly SemaphoreSlim rendering = new(Math.Max(1, Environment.ProcessorCount));

    private int renderings;

    public PublishedPageFiles(string folder)
    {
        var build = typeof(PublishedPageFiles).Assembly.ManifestModule.ModuleVersionId.ToString("N", CultureInfo.InvariantCulture);
        Folder = Path.Combine(folder, build);
        Directory.CreateDirectory(Folder);
        foreach (var other in Directory.EnumerateDirectories(folder).Where(d => !string.Equals(Path.GetFileName(d), build, StringComparison.Ordinal)))
        {
            TryDelete(() => Directory.Delete(other, recursive: true));
        }
    }

    public string Folder { get; }

    /// <summary>How many pages were rendered into files (for the checks that a publication is rendered once).</summary>
    public int Renderings => renderings;

    /// <summary>The page's file (it may not exist yet).</summary>
    public string PathOf(int documentId, string view, DateTime publishedAt) =>
        Path.Combine(Folder, string.Create(CultureInfo.InvariantCulture, $"{Prefix(documentId, view)}{publishedAt.Ticks}.html"));

    /// <summary>Waits for one of the rendering slots; disposing the result frees it.</summary>
    public async Task<IDisposable> RenderSlotAsync(CancellationToken ct)
    {
        await rendering.WaitAsync(ct).ConfigureAwait(false);
        return new Slot(rendering);
    }

    /// <summary>A temporary file beside <paramref name="path"/> that the rendered page is copied into.</summary>
    public static FileStream BeginCapture(string path) =>
        new(path + "." + Guid.NewGuid().ToString("N", CultureInfo.InvariantCulture) + ".tmp", FileMode.CreateNew, FileAccess.Write, FileShare.None, 64 * 1024);

    /// <summary>The capture is complete: it becomes the page's file, with a gzip copy, and the files of the document's
    /// earlier publications in this view go.</summary>
    public void Complete(string temporary, string path, int documentId, string view)
    {
        var zipped = temporary + ".gz";
        using (var source = File.OpenRead(temporary))
        using (var target = File.Create(zipped))
        using (var gzip = new GZipStream(target, CompressionLevel.Optimal))
        {
            source.CopyTo(gzip);
        }

        // The .gz first: a reader that finds the page finds its compressed twin too.
        File.Move(zipped, path + ".gz", overwrite: true);
        File.Move(temporary, path, overwrite: true);
        Interlocked.Increment(ref renderings);
        var prefix = Prefix(documentId, view);
        var keep = Path.GetFileName(path);
        foreach (var old in Directory.EnumerateFiles(Folder, prefix + "*"))
        {
            var name = Path.GetFileName(old);
            if (!name.StartsWith(keep, StringComparison.Ordinal) && !name.EndsWith(".tmp", StringComparison.Ordinal))
            {
                TryDelete(() => File.Delete(old));
            }
        }
    }

    /// <summary>A capture that did not end in a page (an error, another status): its file goes.</summary>
    public static void Abandon(string temporary) => TryDelete(() => File.Delete(temporary));

    public void Dispose() => rendering.Dispose();

    private static string Prefix(int documentId, string view) => string.Create(CultureInfo.InvariantCulture, $"{documentId}-{view}-");

    private static void TryDelete(Action delete)
    {
        try
        {
            delete();
        }
        catch (IOException)
        {
            // Another server process (or request) is using or has removed it: the next write tries again.
        }
        catch (UnauthorizedAccessException)
        {
            // As above.
        }
    }

    private sealed class Slot(SemaphoreSlim semaphore) : IDisposable
    {
        private int released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref released, 1) == 0)
            {
                semaphore.Release();
            }
        }
    }
}
