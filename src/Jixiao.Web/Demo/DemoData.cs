using Jixiao.Application.Documents;
using Jixiao.Application.Users;
using Jixiao.Documents;

namespace Jixiao.Web.Demo;

/// <summary>The demo region: department documents written by the team (embedded <c>Demo/*.txt</c>), imported
/// through the normal reader and importer and reviewed, so every page has something to show on first start.</summary>
public sealed class DemoData(DocumentImport imports, Jixiao.Data.JixiaoDbContext db, ILogger<DemoData> logger)
{
    public const string User = "示例数据";

    /// <summary>The demo documents are all from one (fictitious) district; documents carry only its code.</summary>
    public const string RegionCode = "130102";

    public const string RegionName = "长安区";

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
            var imported = await imports.ImportAsync(read, UserAccess.System(User), new ImportRequest(User, fileName), ct).ConfigureAwait(false);
            if (imported.IsUnreadable)
            {
                logger.LogWarning("示例文件 {File} 有错误，未导入：{Problems}", fileName, string.Join("；", read.Errors));
                continue;
            }

            count++;
        }

        if (await db.Regions.FindAsync([RegionCode], ct).ConfigureAwait(false) is { Name.Length: 0 } region)
        {
            region.Name = RegionName;
            await db.SaveChangesAsync(ct).ConfigureAwait(false);
        }

        return count;
    }
}
