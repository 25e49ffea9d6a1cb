using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Jixiao.Application.Dashboard;
using Jixiao.Application.Review;
using Jixiao.Documents;
using Jixiao.Documents.Json;
using Jixiao.Domain.Review;
using Jixiao.Tests;
using Jixiao.Web.Features.Review;
using Microsoft.Extensions.DependencyInjection;

namespace Jixiao.Web.Tests;

/// <summary>The 审核 list's project-name order read by seek (the projects counted and sorted by name once per filter and
/// write, a page read from the names that hold it) returns page for page what sorting the whole filtered set returns —
/// names tied across projects and units, names the database orders otherwise than .NET, every filter, a rename and a new
/// review run in between.</summary>
public abstract partial class WebTests
{
    [SkippableFact]
    public async Task ReviewList_ProjectNameOrder_BySeek_ReturnsEveryPageAsTheWholeSort_AfterARenameAndANewRunToo()
    {
        await using var app = await StartAsync();
        var admin = await Browser.SignedInAsync(app.Factory, Admin, JixiaoAppFactory.AdminPassword);
        var text = DocumentFiles.Read(TestFiles.DepartmentTextPath).Document;
        // 30 projects in 7 units: names tied four ways (巡查经费0..3) across units, and names whose order differs between
        // UTF-16 (.NET's ordinal: 𠀀 U+20000 is a surrogate pair, before ！ U+FF01) and the databases' code point order.
        string[] odd = ["𠀀巡查", "！巡查", "Zeta巡查", "alpha巡查", "巡查经费"];
        var document = text with
        {
            Projects = [.. Enumerable.Range(1, 30).Select(i => text.Projects[0] with
            {
                Sequence = i, UnitCode = $"319{i % 7:D3}", UnitName = $"第{i % 7}单位", ProjectCode = $"13910223P{31 - i:D11}L",
                ProjectName = i <= odd.Length ? odd[i - 1] : $"巡查经费{i % 4}",
            })],
        };
        var imported = await admin.Client.PostAsync("/api/v1/import?fileName=names.json",
            new StringContent(DocumentJson.Write(document), new MediaTypeHeaderValue("application/json")));
        Assert.Equal(HttpStatusCode.OK, imported.StatusCode);

        var unitId = await app.Factory.QueryAsync(db => Task.FromResult(db.Units.Where(u => u.Code == "319003").Select(u => u.Id).Single()));
        var otherUnit = await app.Factory.QueryAsync(db => Task.FromResult(db.Units.Where(u => u.Code == "319005").Select(u => u.Id).Single()));
        FindingFilter[] filters =
        [
            new("139102", 2023),
            new("139102", 2023) { Severity = Severity.Warning },
            new("139102", 2023) { UnitId = unitId },
            new("139102", 2023) { RuleId = "VAL-11" },
            new("139102", 2023) { OnlyUnitIds = [unitId, otherUnit] },
        ];
        var cache = app.Factory.Services.GetRequiredService<ReviewSummaryCache>();

        // Every page of every filter in pages of 1, 7 and 100 (ends inside names, projects and rules), and past the end,
        // read as the web reads it (the kept order of the filter and stamp), equal to the whole sort's page.
        async Task<ReviewNameOrder> AllPagesEqualAsync(FindingFilter filter)
        {
            var order = await app.Factory.QueryAsync(async db => await cache.NameOrderAsync(db, filter, await DashboardSummaries.YearStampAsync(db, "139102", 2023), default));
            var summary = await app.Factory.QueryAsync(db => ReviewList.SummarizeAsync(db, filter));
            var whole = await app.Factory.QueryAsync(db => ReviewList.SortedByNameAsync(db, filter, 0, int.MaxValue));
            Assert.NotEmpty(whole);
            Assert.Equal(whole.Count, order.Total);
            Assert.Equal(summary.Total, order.Total);
            Assert.Equal(whole.Select(f => f.Id), await app.Factory.QueryAsync(db => ReviewList.IdsSortedByNameAsync(db, filter)));
            Assert.Equal(whole.Select(f => f.ProjectId).Distinct().Count(), order.Projects);
            Assert.Equal(whole.Select(f => f.ProjectName).Distinct().Count(), order.Names);
            var parted = await app.Factory.QueryAsync(db => ReviewList.NameOrderAsync(db, filter, readWhole: 1));
            foreach (var take in new[] { 1, 7, 100 })
            {
                // Pages of one only over the first names (the documents' own findings and the first projects).
                for (var skip = 0; skip <= (take == 1 ? 60 : whole.Count + take); skip += take)
                {
                    var expected = await app.Factory.QueryAsync(db => ReviewList.SortedByNameAsync(db, filter, skip, take));
                    var page = await app.Factory.QueryAsync(db => ReviewList.PageAsync(db, filter, summary, ReviewList.ByProject, skip, take, names: order));
                    Assert.Equal(whole.Skip(skip).Take(take), expected);
                    Assert.Equal(expected, page); // every column of every row, in order
                    // Names read through their parts (rule, project, table) as a province's shared names are.
                    var split = await app.Factory.QueryAsync(db => ReviewList.PageAsync(db, filter, summary, ReviewList.ByProject, skip, take, names: parted));
                    Assert.Equal(expected, split);
                }
            }

            return order;
        }

        var kept = new Dictionary<FindingFilter, ReviewNameOrder>();
        foreach (var filter in filters)
        {
            kept[filter] = await AllPagesEqualAsync(filter);
        }

        // The databases order the names by code point, not as .NET's ordinal does, and the list follows the database.
        var names = (await app.Factory.QueryAsync(db => ReviewList.SortedByNameAsync(db, filters[0], 0, int.MaxValue))).Select(f => f.ProjectName).Distinct().ToList();
        Assert.True(names.IndexOf("！巡查") < names.IndexOf("𠀀巡查"), string.Join(" ", names));
        Assert.True(names.IndexOf("Zeta巡查") < names.IndexOf("alpha巡查"), string.Join(" ", names));
        Assert.Equal(string.Empty, names[0]); // the documents' own findings first

        // Kept per filter and stamp: the same order again without a write.
        var same = await app.Factory.QueryAsync(async db => await cache.NameOrderAsync(db, filters[0], await DashboardSummaries.YearStampAsync(db, "139102", 2023), default));
        Assert.Same(kept[filters[0]], same);

        // A rename moves the project's findings in the order: the save changes the stamp, so the kept order is not used.
        var renamed = await app.Factory.ProjectIdAsync("巡查经费2");
        var body = ProjectBody(await admin.Client.GetFromJsonAsync<JsonElement>($"/api/v1/projects/{renamed}"));
        body["projectName"] = "0号巡查";
        Assert.Equal(HttpStatusCode.OK, (await PutAsync(admin, renamed, body)).StatusCode);
        foreach (var filter in filters)
        {
            Assert.NotSame(kept[filter], await AllPagesEqualAsync(filter));
        }

        var first = await app.Factory.QueryAsync(db => ReviewList.SortedByNameAsync(db, filters[0], 0, int.MaxValue));
        Assert.Equal(renamed, first.First(f => f.ProjectId is not null).ProjectId);
        await PageShowsAsync(1, first.Take(100).ToList());
        await PageShowsAsync(2, first.Skip(100).Take(100).ToList());

        // A new review run with other findings (a table's indicator row removed) changes the counts and the pages after it.
        var fixedId = await app.Factory.ProjectIdAsync("alpha巡查");
        var fixedBody = ProjectBody(await admin.Client.GetFromJsonAsync<JsonElement>($"/api/v1/projects/{fixedId}"));
        fixedBody["indicators"]!.AsArray().RemoveAt(3);
        Assert.Equal(HttpStatusCode.OK, (await PutAsync(admin, fixedId, fixedBody)).StatusCode);
        foreach (var filter in filters)
        {
            await AllPagesEqualAsync(filter);
        }

        var last = await app.Factory.QueryAsync(db => ReviewList.SortedByNameAsync(db, filters[0], 0, int.MaxValue));
        Assert.Empty(last.Select(f => f.Id).Intersect(first.Select(f => f.Id))); // the document's new run
        Assert.NotEqual(first.Count(f => f.ProjectId == fixedId), last.Count(f => f.ProjectId == fixedId));
        Assert.NotEqual(first.Select(f => (f.ProjectId, f.RuleId)), last.Select(f => (f.ProjectId, f.RuleId)));
        await PageShowsAsync((last.Count + 99) / 100, last.Skip(((last.Count + 99) / 100 - 1) * 100).ToList());

        // The web page shows the groups (document or project, rule) of the expected rows, in their order.
        async Task PageShowsAsync(int p, IReadOnlyList<FindingRow> expected)
        {
            var html = Section(await admin.GetOkAsync($"/Review?region=139102&year=2023&sort=project&p={p}"), "finding-list");
            var heads = Regex.Matches(html, "<tr class=\"group-head\" data-rule=\"([^\"]*)\">(.*?)</tr>", RegexOptions.Singleline)
                .Select(m => (Rule: m.Groups[1].Value, Project: Regex.Match(m.Groups[2].Value, "/Projects/(\\d+)\"") is { Success: true } l ? l.Groups[1].Value : "-"))
                .ToList();
            Assert.Equal(FindingGroup.Of(expected).Select(g => (g.First.RuleId, g.First.ProjectId?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "-")), heads);
            Assert.Equal(expected.Count, Regex.Count(html, "<tr class=\"finding\""));
        }
    }
}
