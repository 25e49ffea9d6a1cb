using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using Jixiao.Documents.Json;
using Jixiao.Documents.Office;
using Jixiao.Domain.Goals;

namespace Jixiao.Documents.Word;

/// <summary>
/// The Word file of a document with the page numbers of its 目录 printed in (<see cref="WordWriter.WriteWithPageNumbers"/>),
/// made once per version of the document and kept in <c>folder</c>: printing runs LibreOffice, seconds of work a
/// download (an anonymous one on the public pages too) must not start again and again. One printing at a time; a
/// request that finds the printer busy for longer than <c>timeout</c>, or whose printing fails or runs over
/// <c>timeout</c>, gets the file without page numbers, whose 目录 Word fills when it opens the file. A failed version
/// is not printed again for <see cref="RetryAfter"/>.
/// </summary>
public sealed class WordExportCache(string folder, TimeSpan timeout) : IDisposable
{
    public static TimeSpan RetryAfter { get; } = TimeSpan.FromMinutes(10);

    private readonly SemaphoreSlim printer = new(1, 1);

    private readonly ConcurrentDictionary<string, DateTimeOffset> failed = new(StringComparer.Ordinal);

    private int printings;

    /// <summary>How many times LibreOffice was started (for the checks that a version is printed once).</summary>
    public int Printings => printings;

    public string Folder => folder;

    public async Task<byte[]> GetAsync(PerformanceDocument document, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(document);
        return (await GetAsync(Key(document), _ => Task.FromResult<PerformanceDocument?>(document), ct))!;
    }

    /// <summary>The file of the version named by <paramref name="key"/> (see <see cref="KeyOf"/>), for a caller that knows
    /// the version without the document — a publication by its moment: the document is loaded (a published snapshot is
    /// ≈ 2 MB of JSON to read and parse) only when the file is not kept yet. Null when <paramref name="load"/> finds none.</summary>
    public async Task<byte[]?> GetAsync(string key, Func<CancellationToken, Task<PerformanceDocument?>> load, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(load);
        var path = Path.Combine(folder, key + ".docx");
        if (Read(path) is { } cached)
        {
            return cached;
        }

        if (await load(ct) is not { } document)
        {
            return null;
        }

        var plain = WordWriter.Write(document);
        if (failed.TryGetValue(key, out var at) && DateTimeOffset.UtcNow - at < RetryAfter)
        {
            return plain;
        }

        if (!await printer.WaitAsync(timeout, ct))
        {
            return plain;
        }

        try
        {
            if (Read(path) is { } printedMeanwhile)
            {
                return printedMeanwhile;
            }

            Interlocked.Increment(ref printings);
            var pages = await Task.Run(() => PrintedPages.Of(plain, ".docx", timeout), ct);
            if (pages is null)
            {
                failed[key] = DateTimeOffset.UtcNow;
                return plain;
            }

            var filled = WordTocPages.Fill(plain, pages);
            Save(path, filled);
            failed.TryRemove(key, out _);
            return filled;
        }
        finally
        {
            printer.Release();
        }
    }

    public void Dispose() => printer.Dispose();

    /// <summary>The version of a document is its content (as JSON) together with the build of the writer, so a
    /// changed document or a new layout is printed afresh.</summary>
    public static string Key(PerformanceDocument document) => KeyOf(DocumentJson.Write(document));

    /// <summary>The key of a version named by <paramref name="version"/> (the content, or what stands for it, such as a
    /// publication's document and moment) with the build of the writer.</summary>
    public static string KeyOf(string version)
    {
        ArgumentNullException.ThrowIfNull(version);
        var content = Encoding.UTF8.GetBytes(version + "|" + typeof(WordWriter).Assembly.ManifestModule.ModuleVersionId.ToString("N"));
        return Convert.ToHexStringLower(SHA256.HashData(content));
    }

    private static byte[]? Read(string path)
    {
        try
        {
            return File.Exists(path) ? File.ReadAllBytes(path) : null;
        }
        catch (IOException)
        {
            return null; // being replaced right now: print or write without it
        }
    }

    /// <summary>Written beside and moved in, so a reader never sees half a file.</summary>
    private void Save(string path, byte[] bytes)
    {
        try
        {
            Directory.CreateDirectory(folder);
            var temporary = path + "." + Guid.NewGuid().ToString("N") + ".tmp";
            File.WriteAllBytes(temporary, bytes);
            File.Move(temporary, path, overwrite: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A folder the app cannot write: the file is still served, only printed again next time.
        }
    }
}
