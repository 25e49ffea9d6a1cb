using System.Net;
using Jixiao.Data.Audit;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Web.Tests;

/// <summary>The signed checkpoint of the audit log: the last rows deleted, the checkpoint edited or removed — each
/// is named by 完整性校验, and the next append writes the finding into the chain before it signs a new head.</summary>
public abstract partial class WebTests
{
    [SkippableFact]
    public async Task AuditIntegrity_LastRowsDeleted_ReportsTheCut_AgainstTheSignedCheckpoint()
    {
        await using var app = await StartAsync();
        var admin = await Browser.SignedInAsync(app.Factory, Admin, JixiaoAppFactory.AdminPassword);
        for (var i = 0; i < 3; i++)
        {
            await Browser.SignedInAsync(app.Factory, Admin, JixiaoAppFactory.AdminPassword);
        }

        var intact = WebUtility.HtmlDecode(await admin.GetOkAsync("/Audit/Integrity"));
        Assert.Contains("data-intact=\"true\"", intact, StringComparison.Ordinal);
        Assert.True((await app.Factory.QueryAsync(db => AuditLog.VerifyAsync(db))).IsIntact);
        var last = await AuditRows.LastSequenceAsync(app.Factory);

        await app.Factory.QueryAsync(db => db.Database.ExecuteSqlRawAsync("DELETE FROM \"AuditEntries\" WHERE \"Sequence\" > {0}", last - 2));
        var cut = WebUtility.HtmlDecode(await admin.GetOkAsync("/Audit/Integrity"));
        Assert.Contains("data-intact=\"false\"", cut, StringComparison.Ordinal);
        Assert.Contains($"审计日志在第 {last - 2} 条之后被截断：签名检查点记录的最后一条是第 {last} 条。", cut, StringComparison.Ordinal);
        Assert.Contains("日志末尾被截断", cut, StringComparison.Ordinal);

        // The next append does not bury the cut under a freshly signed head: the finding goes into the chain first.
        await Browser.SignedInAsync(app.Factory, Admin, JixiaoAppFactory.AdminPassword);
        var rebuilt = await app.Factory.QueryAsync(db => db.AuditEntries.Where(a => a.Action == AuditCheckpoints.RebuildAction).Select(a => a.NewValue).SingleAsync());
        Assert.Equal($"签名检查点记录到第 {last} 条，日志实际到第 {last - 2} 条，检查点自本条起重新建立", rebuilt);
        var after = WebUtility.HtmlDecode(await admin.GetOkAsync("/Audit/Integrity"));
        Assert.Contains("data-intact=\"true\"", after, StringComparison.Ordinal);
        Assert.Contains($"签名检查点自第 {last - 1} 条记录起建立", after, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task AuditIntegrity_CheckpointEditedOrDeleted_IsReported()
    {
        await using var app = await StartAsync();
        var admin = await Browser.SignedInAsync(app.Factory, Admin, JixiaoAppFactory.AdminPassword);
        var last = await AuditRows.LastSequenceAsync(app.Factory);

        // Moving the checkpoint back to hide a cut (without the key, the signature cannot follow).
        await app.Factory.QueryAsync(db => db.Database.ExecuteSqlRawAsync("UPDATE \"AuditCheckpoints\" SET \"Sequence\" = {0}", last - 1));
        await app.Factory.QueryAsync(db => db.Database.ExecuteSqlRawAsync("DELETE FROM \"AuditEntries\" WHERE \"Sequence\" = {0}", last));
        var forged = WebUtility.HtmlDecode(await admin.GetOkAsync("/Audit/Integrity"));
        Assert.Contains("data-intact=\"false\"", forged, StringComparison.Ordinal);
        Assert.Contains("签名检查点的签名无效：检查点被改动或伪造，无法确认日志末尾是否完整。", forged, StringComparison.Ordinal);

        await app.Factory.QueryAsync(db => db.Database.ExecuteSqlRawAsync("DELETE FROM \"AuditCheckpoints\""));
        var missing = WebUtility.HtmlDecode(await admin.GetOkAsync("/Audit/Integrity"));
        Assert.Contains("data-intact=\"false\"", missing, StringComparison.Ordinal);
        Assert.Contains($"签名检查点缺失：日志有 {last - 1} 条记录", missing, StringComparison.Ordinal);
        Assert.Contains("签名检查点缺失或无效", missing, StringComparison.Ordinal);
    }
}
