using Jixiao.Documents;
using Jixiao.Web.Editing;

namespace Jixiao.Web.Demo;

/// <summary>The demo region: department documents written by the team (embedded <c>Demo/*.txt</c>), imported
/// through the normal reader and importer and reviewed, so every page has something to show on first start.</summary>
public sealed class DemoData(DocumentStore store, ILogger<DemoData> logger)
{
    public const string User = "示例数据";

    public async Task<int> ImportAsync(CancellationToken ct = default)
    {
        var assembly = typeof(DemoData).Assembly;
        var count = 0;
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith("Demo/", StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            await using var stream = assembly.GetManifestResourceStream(name)!;
            using var buffer = new MemoryStream();
            await stream.CopyToAsync(buffer, ct).ConfigureAwait(false);
            var fileName = name["Demo/".Length..];
            var read = DocumentFiles.Read(buffer.ToArray(), Path.GetExtension(fileName), new ReadOptions { FileName = fileName });
            if (read.HasErrors)
            {
                logger.LogWarning("示例文件 {File} 有错误，未导入：{Problems}", fileName, string.Join("；", read.Errors));
                continue;
            }

            await store.ImportAsync(read.Document, fileName, User, ct).ConfigureAwait(false);
            count++;
        }

        return count;
    }
}
