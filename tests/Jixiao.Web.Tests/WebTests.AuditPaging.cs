using System.Globalization;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Jixiao.Application.Audit;
using Jixiao.Data.Audit;
using Jixiao.Domain.Workflow.Audit;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Web.Tests;

/// <summary>/Audit and /Documents/{id}/Audit page through the whole log (keyset on the sequence, 100 a page, newest
/// first) and filter by person, action, record and Beijing dates; the CSV export holds what the filter matches.</summary>
public abstract partial class WebTests
{
    [SkippableFact]
    public async Task Audit_PagesThroughEveryEntry_FiltersByUserActionKeyAndDate_AndTheCsvHoldsWhatTheFilterShows()
    {
        await using var app = await StartAsync();
        var admin = await Browser.SignedInAsync(app.Factory, Admin, JixiaoAppFactory.AdminPassword);
        var march1 = new DateTimeOffset(2024, 3, 1, 23, 0, 0, TimeSpan.FromHours(8));
        await AppendAsync(app, 150, i => AuditDiff.Draft(new AuditSource("张审计", "管理员", "10.0.0.1", march1.AddSeconds(i)), "修改", "预算项目", $"2024/TESTA{i:000}", "指标[1].指标值", "≥90%", "≥95%"));
        await AppendAsync(app, 110, i => AuditDiff.Draft(new AuditSource("李审计", "管理员", "10.0.0.2", march1.AddDays(4).AddSeconds(i)), "撤销", "预算项目", $"2024/TESTB{i:000}", "资金用途", "旧", "新"));
        var all = await app.Factory.QueryAsync(db => db.AuditEntries.OrderByDescending(a => a.Sequence).Select(a => a.Sequence).ToListAsync());
        Assert.True(all.Count > 300);

        // Every entry exactly once, 100 a page, newest first; 上一页 leads back to the same page.
        var pages = await WalkAsync(admin, "/Audit");
        Assert.All(pages.SkipLast(1), p => Assert.Equal(100, p.Sequences.Count));
        Assert.Equal(all, pages.SelectMany(p => p.Sequences));
        Assert.DoesNotContain("id=\"audit-newer\"", pages[0].Html, StringComparison.Ordinal);
        var back = await admin.GetOkAsync(PagerLink(pages[^1].Html, "audit-newer")!);
        Assert.Equal(pages[^2].Sequences, Sequences(back));

        // By person (two pages), by person and Beijing day, by action, by record.
        var zhang = await WalkAsync(admin, "/Audit?user=" + Uri.EscapeDataString("张审计"));
        Assert.Equal([100, 50], zhang.Select(p => p.Sequences.Count));
        Assert.All(zhang, p => Assert.All(Cells(p.Html), row => Assert.Equal("张审计", row[2])));
        Assert.Equal([100, 10], (await WalkAsync(admin, "/Audit?user=" + Uri.EscapeDataString("李审计") + "&from=2024-03-05&to=2024-03-05")).Select(p => p.Sequences.Count));
        var wrongDay = await admin.GetOkAsync("/Audit?user=" + Uri.EscapeDataString("李审计") + "&from=2024-03-01&to=2024-03-04");
        Assert.Empty(Sequences(wrongDay));
        Assert.Contains("没有符合条件的记录。", wrongDay, StringComparison.Ordinal);
        // 23:00 Beijing on 1 March is 15:00 UTC: the entries count for 1 March, not for 2 March.
        Assert.Equal(100, Sequences(await admin.GetOkAsync("/Audit?user=" + Uri.EscapeDataString("张审计") + "&from=2024-03-01&to=2024-03-01")).Count);
        Assert.Empty(Sequences(await admin.GetOkAsync("/Audit?user=" + Uri.EscapeDataString("张审计") + "&from=2024-03-02")));
        var revoked = await admin.GetOkAsync("/Audit?action=" + Uri.EscapeDataString("撤销") + "&key=TESTB10");
        Assert.Equal(10, Sequences(revoked).Count);
        Assert.Contains("<option value=\"撤销\" selected=\"selected\">", revoked, StringComparison.Ordinal);

        // A malformed date is named and ignored, never an error page.
        var badDate = WebUtility.HtmlDecode(await admin.GetOkAsync("/Audit?user=" + Uri.EscapeDataString("张审计") + "&from=2024-13-01&before=abc"));
        Assert.Contains("开始日期“2024-13-01”无法识别，已忽略；请按 2024-06-30 的格式填写。", badDate, StringComparison.Ordinal);
        Assert.Equal(100, Sequences(badDate).Count);

        // The export of the filtered view: every matching entry (not only the page), in chain order.
        var csvLink = Regex.Match(zhang[0].Html, "href=\"([^\"]+)\" id=\"export-csv\"").Groups[1].Value;
        var csv = await admin.Client.GetAsync(WebUtility.HtmlDecode(csvLink));
        Assert.Equal("text/csv", csv.Content.Headers.ContentType?.MediaType);
        var lines = Encoding.UTF8.GetString(await csv.Content.ReadAsByteArrayAsync()).TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(string.Join(',', AuditExport.Header), lines[0]);
        Assert.Equal(150, lines.Length - 1);
        Assert.All(lines.Skip(1), l => Assert.Equal("张审计", l.Split(',')[2]));
        Assert.Equal(zhang.SelectMany(p => p.Sequences).Order(), lines.Skip(1).Select(l => long.Parse(l.Split(',')[0], CultureInfo.InvariantCulture)));
    }

    [SkippableFact]
    public async Task DocumentAudit_PagesAndFilters_OnlyThatDocumentsEntries()
    {
        await using var app = await StartAsync();
        var admin = await Browser.SignedInAsync(app.Factory, Admin, JixiaoAppFactory.AdminPassword);
        var (documentId, key, projectKey) = await app.Factory.QueryAsync(async db =>
        {
            var d = await db.Documents.OrderBy(x => x.Id).FirstAsync();
            var code = await db.Projects.Where(p => p.DocumentId == d.Id).Select(p => p.Code).FirstAsync();
            return (d.Id, AuditKeys.Document(d), AuditKeys.Project(d.FiscalYear, code));
        });
        var at = new DateTimeOffset(2024, 6, 1, 9, 0, 0, TimeSpan.FromHours(8));
        await AppendAsync(app, 120, i => AuditDiff.Draft(new AuditSource("王复核", "审核", "10.0.0.3", at.AddMinutes(i)), "添加", "审核意见", key, "意见", string.Empty, $"第 {i} 条意见"));
        await AppendAsync(app, 30, i => AuditDiff.Draft(new AuditSource("王复核", "审核", "10.0.0.3", at.AddMinutes(i)), "修改", "预算项目", projectKey, "资金用途", "旧", $"新{i}"));
        await AppendAsync(app, 40, i => AuditDiff.Draft(new AuditSource("王复核", "审核", "10.0.0.3", at.AddMinutes(i)), "修改", "预算项目", "2024/NOT-THIS-DOCUMENT", "资金用途", "旧", "新"));
        var expected = await app.Factory.QueryAsync(async db =>
        {
            var d = await db.Documents.SingleAsync(x => x.Id == documentId);
            return (await AuditQueries.AllAsync(db, new AuditFilter { DocumentKeys = await AuditQueries.KeysOfAsync(db, d) })).Select(e => e.Sequence).Reverse().ToList();
        });
        Assert.True(expected.Count > 150);

        var pages = await WalkAsync(admin, $"/Documents/{documentId}/Audit");
        Assert.Equal(expected, pages.SelectMany(p => p.Sequences));
        Assert.DoesNotContain("NOT-THIS-DOCUMENT", string.Concat(pages.Select(p => p.Html)), StringComparison.Ordinal);
        var fields = await WalkAsync(admin, $"/Documents/{documentId}/Audit?user=" + Uri.EscapeDataString("王复核") + "&field=" + Uri.EscapeDataString("资金"));
        Assert.Equal(30, fields.Sum(p => p.Sequences.Count));
        var csv = Encoding.UTF8.GetString(await (await admin.Client.GetAsync($"/Documents/{documentId}/Audit?handler=Csv&user=" + Uri.EscapeDataString("王复核"))).Content.ReadAsByteArrayAsync());
        Assert.Equal(150, csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Length - 1);
    }

    private static async Task AppendAsync(TestApp app, int count, Func<int, AuditLogEntry> draft) =>
        await app.Factory.QueryAsync(async db =>
        {
            await AuditLog.RecordAsync(db, [.. Enumerable.Range(0, count).Select(draft)]);
            return 0;
        });

    /// <summary>Follows 下一页 from <paramref name="url"/> to the last page.</summary>
    private static async Task<List<(string Html, List<long> Sequences)>> WalkAsync(Browser browser, string url)
    {
        var pages = new List<(string, List<long>)>();
        for (string? next = url; next is not null && pages.Count < 50; next = PagerLink(pages[^1].Item1, "audit-older"))
        {
            var html = await browser.GetOkAsync(next);
            pages.Add((html, Sequences(html)));
        }

        return pages;
    }

    private static string? PagerLink(string html, string id) =>
        Regex.Match(html, $"<a href=\"([^\"]+)\" id=\"{id}\">") is { Success: true } m ? WebUtility.HtmlDecode(m.Groups[1].Value) : null;

    private static List<long> Sequences(string html) =>
        [.. Regex.Matches(html, "<tr data-sequence=\"(\\d+)\">").Select(m => long.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture))];

    private static List<string[]> Cells(string html) =>
        [.. Regex.Matches(html, "<tr data-sequence=\"\\d+\">(.*?)</tr>", RegexOptions.Singleline)
            .Select(m => Regex.Matches(m.Groups[1].Value, "<td[^>]*>(.*?)</td>", RegexOptions.Singleline).Select(c => WebUtility.HtmlDecode(c.Groups[1].Value)).ToArray())];
}
