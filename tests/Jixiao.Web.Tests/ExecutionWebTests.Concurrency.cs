using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Jixiao.Data.Audit;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Web.Tests;

/// <summary>Two imports of the same payment file at the same moment, by page and by API: one adds the records, the
/// other finds them stored and reports them as duplicates (新增 0 条); never a 500, never a record twice.</summary>
public abstract partial class ExecutionWebTests
{
    [SkippableFact]
    public async Task PaymentImport_SameFileTwiceAtOnce_PageAndApi_AddsOnce_LoserReportsNothingNew_AuditConsistent()
    {
        await using var app = await StartAsync();
        var admin = await Browser.SignedInAsync(app.Factory, Admin, JixiaoAppFactory.AdminPassword);
        var other = await Browser.SignedInAsync(app.Factory, Admin, JixiaoAppFactory.AdminPassword);
        var id = await app.Factory.ProjectIdAsync(ExampleProject);
        var before = await app.Factory.QueryAsync(db => db.Payments.CountAsync(p => p.ProjectId == id));
        for (var round = 1; round <= 4; round++)
        {
            var fileName = $"并发{round}.csv";
            var csv = "项目编码,支付日期,金额（元）,凭证号,行号,摘要\n"
                + $"13010224P000102000015,2024-08-{round:00},\"1,000.00\",BF{round}-1,1,并发测试\n"
                + $"13010224P000102000015,2024-08-{round:00},\"2,000.00\",BF{round}-2,1,并发测试\n";
            var bytes = Encoding.UTF8.GetBytes(csv);
            var preview = await PreviewPaymentsAsync(admin, fileName, bytes);
            Assert.Contains("其中新增 2 条", preview, StringComparison.Ordinal);
            var start = await AuditRows.LastSequenceAsync(app.Factory);

            // Both previews said "2 new"; both confirm at once: the page's confirmation and the API.
            var fields = Browser.FormFields(preview, "payment-confirm-form");
            var page = admin.Client.PostAsync("/Payments/Import?handler=Confirm", new FormUrlEncodedContent(fields));
            var api = other.Client.PostAsync("/api/v1/payments?fileName=" + Uri.EscapeDataString(fileName), Octets(bytes));
            await Task.WhenAll(page, api);

            var html = WebUtility.HtmlDecode(await (await page).Content.ReadAsStringAsync());
            var apiBody = await (await api).Content.ReadAsStringAsync();
            Assert.True((await page).StatusCode == HttpStatusCode.OK, html[..Math.Min(html.Length, 2000)]);
            Assert.True((await api).StatusCode == HttpStatusCode.OK, apiBody);
            var outcome = JsonDocument.Parse(apiBody).RootElement;
            var apiAdded = outcome.GetProperty("added").GetInt32();
            var pageAdded = html.Contains($"已导入 {fileName}：新增 2 条支付记录，0 条此前已导入", StringComparison.Ordinal) ? 2
                : html.Contains($"已导入 {fileName}：新增 0 条支付记录，2 条此前已导入", StringComparison.Ordinal) ? 0 : -1;
            Assert.True(pageAdded >= 0, html[..Math.Min(html.Length, 3000)]);
            Assert.Equal(2, apiAdded + pageAdded);
            Assert.Equal(2 - apiAdded, outcome.GetProperty("duplicates").GetInt32());

            Assert.Equal(before + (2 * round), await app.Factory.QueryAsync(db => db.Payments.CountAsync(p => p.ProjectId == id)));
            var summaries = await app.Factory.QueryAsync(db => db.AuditEntries.Where(a => a.Sequence > start && a.EntityType == "支付记录文件")
                .OrderBy(a => a.Sequence).Select(a => a.NewValue).ToListAsync());
            Assert.Equal(["共 2 条，新增 2 条（合计 0.30 万元），重复 0 条未计入", "共 2 条，新增 0 条（合计 0.00 万元），重复 2 条未计入"], summaries);
            // One entry for the project, whose "before" is what the winner found (nothing of the loser).
            var project = await app.Factory.QueryAsync(db => db.AuditEntries.Where(a => a.Sequence > start && a.EntityType == "执行数据")
                .Select(a => a.OldValue + " → " + a.NewValue).ToListAsync());
            Assert.Equal([$"{before + (2 * (round - 1))} 笔 → {before + (2 * round)} 笔"], project.Select(p => string.Join(" → ", p.Split(" → ").Select(x => x.Split('，')[0]))));
        }

        Assert.True((await app.Factory.QueryAsync(db => AuditLog.VerifyAsync(db))).IsIntact);
    }
}
