using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.RegularExpressions;
using Jixiao.Documents;
using Jixiao.Documents.Json;
using Jixiao.Domain.Review;
using Jixiao.Tests;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Web.Tests;

/// <summary>The 审核 list of a region with hundreds of findings (issue 18): a summary per unit and per rule with the
/// rule's Chinese title first, then at most 100 findings a page, sorted; filters, sort and page stay in the links and
/// the CSV holds every finding the filter shows.</summary>
public abstract partial class WebTests
{
    [SkippableFact]
    public async Task ReviewList_SummarisesByUnitAndRule_PagesAHundred_SortsAndExportsWhatTheFilterShows()
    {
        await using var app = await StartAsync();
        var admin = await Browser.SignedInAsync(app.Factory, Admin, JixiaoAppFactory.AdminPassword);
        var text = DocumentFiles.Read(TestFiles.DepartmentTextPath).Document;
        var document = text with
        {
            Projects = [.. Enumerable.Range(1, 120).Select(i => text.Projects[0] with
            {
                Sequence = i, UnitCode = $"317{i:D3}", UnitName = $"第{i}单位", ProjectCode = $"13910223P{i:D11}L", ProjectName = $"文物安全巡查经费{i}",
            })],
        };
        var imported = await admin.Client.PostAsync("/api/v1/import?fileName=units.json",
            new StringContent(DocumentJson.Write(document), new MediaTypeHeaderValue("application/json")));
        Assert.Equal(HttpStatusCode.OK, imported.StatusCode);

        var first = await admin.GetOkAsync("/Review?region=139102&year=2023");
        var total = int.Parse(Regex.Match(first, @"共 (\d+) 条").Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(total > 120, $"只有 {total} 条");
        var pages = (total + 99) / 100;
        Assert.Equal(100, Rows(first, "finding-list"));
        Assert.Contains($"第 1 / {pages} 页", first, StringComparison.Ordinal);
        // Grouped by project and rule under one heading each, the advice a group shares written once.
        var list = Section(first, "finding-list");
        var groups = Regex.Count(list, "<tr class=\"group-head\"");
        Assert.InRange(groups, 1, 99);
        var shared = Regex.Matches(list, "<td class=\"fix shared\" rowspan=\"(\\d+)\">").Select(m => int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.NotEmpty(shared);
        Assert.All(shared, n => Assert.True(n > 1));
        Assert.Equal(100, Regex.Count(list, "<td class=\"fix") + shared.Sum(n => n - 1));
        Assert.Contains("id=\"summary-units\"", first, StringComparison.Ordinal);
        Assert.Equal(30, Rows(first, "summary-units")); // the 30 units with most findings of the 120 (and the document's own)
        Assert.Matches("按单位（共 12[01] 个，显示问题最多的 30 个）", first);
        var val11 = ReviewRules.All.Single(r => r.Id == "VAL-11");
        Assert.Contains($"<td>{val11.Title}</td>", Section(first, "summary-rules"), StringComparison.Ordinal);
        Assert.DoesNotContain(">VAL-11", first, StringComparison.Ordinal); // the id keys the filter; users read the title
        Assert.Contains($"<option value=\"VAL-11\">{val11.Title}</option>", first, StringComparison.Ordinal);

        // The unit filter is a code field, not a list of the region's units (a province has 20,000 of them): the same
        // findings as the unit's id from a dashboard link, whose code the field then shows; an unknown code says so.
        var formStart = first.IndexOf("id=\"filters\"", StringComparison.Ordinal);
        var form = first[formStart..first.IndexOf("</form>", formStart, StringComparison.Ordinal)];
        Assert.Contains("name=\"unitCode\"", form, StringComparison.Ordinal);
        Assert.DoesNotContain("317007", form, StringComparison.Ordinal);
        var unitId = await app.Factory.QueryAsync(db => db.Units.Where(u => u.Code == "317007").Select(u => u.Id).SingleAsync());
        var byCode = await admin.GetOkAsync("/Review?region=139102&year=2023&unitCode=317007");
        var byId = await admin.GetOkAsync($"/Review?region=139102&year=2023&unit={unitId}");
        Assert.Contains("value=\"317007\"", byId, StringComparison.Ordinal);
        Assert.Equal(Section(byId, "finding-list"), Section(byCode, "finding-list"));
        var unitTotal = int.Parse(Regex.Match(byCode, @"共 (\d+) 条").Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        Assert.InRange(unitTotal, 1, total - 1);
        Assert.Equal(unitTotal, Regex.Count(Section(byCode, "finding-list"), "<tr class=\"finding\""));
        Assert.All(Regex.Matches(Section(byCode, "finding-list"), "<th colspan=\"4\" scope=\"rowgroup\">\\s*([^<]*)<").Select(m => m.Groups[1].Value.Trim()),
            h => Assert.StartsWith("317007 第7单位", h, StringComparison.Ordinal));
        var unknown = await admin.GetOkAsync("/Review?region=139102&year=2023&unitCode=999999");
        Assert.Contains("共 0 条", unknown, StringComparison.Ordinal);
        Assert.Contains("id=\"unit-not-found\"", unknown, StringComparison.Ordinal);

        // The next page keeps region and year; the last page holds the rest.
        var next = WebUtility.HtmlDecode(Regex.Match(first, "<a href=\"([^\"]+)\" rel=\"next\">").Groups[1].Value);
        Assert.Equal("/Review?region=139102&year=2023&p=2", next);
        var last = await admin.GetOkAsync($"/Review?region=139102&year=2023&p={pages}");
        Assert.Equal(total - ((pages - 1) * 100), Rows(last, "finding-list"));

        // Filter and sort in the URL: one rule, by severity; the pager and the CSV follow the filter.
        var rule = await admin.GetOkAsync("/Review?region=139102&year=2023&rule=VAL-11&sort=severity");
        var ruleTotal = int.Parse(Regex.Match(rule, @"共 (\d+) 条").Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(ruleTotal >= 120 && ruleTotal % 120 == 0, $"VAL-11 {ruleTotal} 条"); // the same in every copied project
        Assert.Contains("rule=VAL-11&amp;sort=severity&amp;p=2", rule, StringComparison.Ordinal);
        var severities = await admin.GetOkAsync("/Review?region=139102&year=2023&sort=severity");
        var cells = Regex.Matches(Section(severities, "finding-list"), "class=\"nowrap sev-(\\w+)\"").Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(cells.OrderBy(c => c switch { "error" => 0, "warning" => 1, _ => 2 }), cells);

        var csv = await admin.Client.GetAsync("/Review?handler=Csv&region=139102&year=2023&rule=VAL-11");
        var lines = Encoding.UTF8.GetString(await csv.Content.ReadAsByteArrayAsync()).TrimStart('\uFEFF').Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(ruleTotal, lines.Length - 1);
        Assert.All(lines.Skip(1), l => Assert.Contains($",{val11.Title},", l, StringComparison.Ordinal));
        // The whole region's CSV: every finding (read a thousand at a time through the runs that hold them), in the
        // list's own order.
        var whole = await admin.Client.GetAsync("/Review?handler=Csv&region=139102&year=2023");
        var wholeLines = Encoding.UTF8.GetString(await whole.Content.ReadAsByteArrayAsync()).TrimStart('\uFEFF').Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(total, wholeLines.Length - 1);
        var expected = await app.Factory.QueryAsync(db => Application.Review.ReviewQueries.ListAsync(db, new Application.Review.FindingFilter("139102", 2023), int.MaxValue));
        Assert.Equal(expected.Select(f => $"{f.UnitCode},{f.UnitName},{f.ProjectCode},"), wholeLines.Skip(1).Select(l => string.Join(',', l.Split(',').Take(3)) + ","));
    }

    private static string Section(string html, string id)
    {
        var start = html.IndexOf($"id=\"{id}\"", StringComparison.Ordinal);
        Assert.True(start >= 0, $"页面没有 #{id}");
        return html[start..html.IndexOf("</table>", start, StringComparison.Ordinal)];
    }

    private static int Rows(string html, string id) => Regex.Count(Section(html, id).Split("<tbody>")[1], id == "finding-list" ? "<tr class=\"finding\"" : "<tr");
}
