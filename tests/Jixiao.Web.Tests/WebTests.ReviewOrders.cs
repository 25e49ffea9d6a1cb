using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Jixiao.Application.Review;
using Jixiao.Documents;
using Jixiao.Documents.Json;
using Jixiao.Domain.Review;
using Jixiao.Tests;

namespace Jixiao.Web.Tests;

/// <summary>Every order of the 审核 list reads a page from what holds it (the runs, or the groups of one severity or rule
/// and one unit counted by the stored lines): walked page by page on a set with ties (several projects per unit, the same
/// findings in each), each order shows every finding once and in its order; the API's cursor walks them all too (run by
/// run, by id within a run).</summary>
public abstract partial class WebTests
{
    [SkippableFact]
    public async Task ReviewList_EveryOrder_WalksEveryFindingOnce_InItsOrder_AndTheApiCursorReadsThemAll()
    {
        await using var app = await StartAsync();
        var admin = await Browser.SignedInAsync(app.Factory, Admin, JixiaoAppFactory.AdminPassword);
        var text = DocumentFiles.Read(TestFiles.DepartmentTextPath).Document;
        // 30 projects in 7 units (ties on unit, rule and severity); every project the same findings (ties on all keys
        // but the project).
        var document = text with
        {
            Projects = [.. Enumerable.Range(1, 30).Select(i => text.Projects[0] with
            {
                Sequence = i, UnitCode = $"318{i % 7:D3}", UnitName = $"第{i % 7}单位", ProjectCode = $"13910223P{31 - i:D11}L", ProjectName = $"巡查经费{i % 4}",
            })],
        };
        var imported = await admin.Client.PostAsync("/api/v1/import?fileName=orders.json",
            new StringContent(DocumentJson.Write(document), new MediaTypeHeaderValue("application/json")));
        Assert.Equal(HttpStatusCode.OK, imported.StatusCode);

        var unitId = await app.Factory.QueryAsync(db => Task.FromResult(db.Units.Where(u => u.Code == "318003").Select(u => u.Id).Single()));
        FindingFilter[] filters =
        [
            new("139102", 2023),
            new("139102", 2023) { Severity = Severity.Warning },
            new("139102", 2023) { UnitId = unitId },
            new("139102", 2023) { RuleId = "VAL-11" },
        ];
        foreach (var filter in filters)
        {
            var all = await app.Factory.QueryAsync(db => ReviewQueries.ListAsync(db, filter, int.MaxValue));
            Assert.NotEmpty(all);
            var summary = await app.Factory.QueryAsync(db => ReviewList.SummarizeAsync(db, filter));
            Assert.Equal(all.Count, summary.Total);
            Assert.Equal(all.Count(f => f.Severity == Severity.Error), summary.Errors);
            Assert.Equal(all.Count(f => f.Severity == Severity.Warning), summary.Warnings);
            Assert.All(summary.ByRule, r => Assert.Equal(all.Count(f => f.RuleId == r.Key), r.Errors + r.Warnings + r.Infos));
            Assert.All(summary.ByUnit.Where(u => u.Key.StartsWith("318", StringComparison.Ordinal)),
                u => Assert.Equal(all.Count(f => f.UnitCode == u.Key), u.Errors + u.Warnings + u.Infos));

            foreach (var sort in new string?[] { null, ReviewList.BySeverity, ReviewList.ByRule, ReviewList.ByProject })
            {
                var groups = sort is ReviewList.BySeverity or ReviewList.ByRule ? await app.Factory.QueryAsync(db => ReviewList.GroupsAsync(db, filter, sort)) : null;
                Assert.Equal(all.Count, groups?.Total ?? all.Count);
                // Pages of 7: page boundaries fall inside groups, runs and units.
                var walked = new List<FindingRow>();
                for (var skip = 0; ; skip += 7)
                {
                    var page = await app.Factory.QueryAsync(db => ReviewList.PageAsync(db, filter, summary, sort, skip, 7, groups));
                    walked.AddRange(page);
                    if (page.Count < 7)
                    {
                        break;
                    }
                }

                var label = $"{sort ?? "unit"} {filter}";
                Assert.Equal(all.Count, walked.Count);
                Assert.Equal(all.Select(f => f.Id).Order(), walked.Select(f => f.Id).Order()); // each once
                var keys = walked.Select(f => sort switch
                {
                    ReviewList.BySeverity => $"{SeverityRank(f.Severity)}|{(f.UnitId is null ? 0 : 1)}|{f.UnitCode}|{f.ProjectCode}",
                    ReviewList.ByRule => $"{f.RuleId}|{(f.UnitId is null ? 0 : 1)}|{f.UnitCode}|{f.ProjectCode}",
                    _ => string.Empty,
                }).ToList();
                Assert.True(keys.SequenceEqual(keys.Order(StringComparer.Ordinal)), label);
                if (sort is null)
                {
                    Assert.Equal(all.Select(f => f.Id), walked.Select(f => f.Id)); // the list's own order
                }

                if (sort == ReviewList.ByProject)
                {
                    // One block per project name (the database's collation orders the names), rules in order within it.
                    var blocks = walked.Select(f => f.ProjectName).Aggregate(new List<string>(), (b, n) => { if (b.Count == 0 || b[^1] != n) { b.Add(n); } return b; });
                    Assert.Equal(blocks.Distinct().Count(), blocks.Count);
                    Assert.All(walked.GroupBy(f => f.ProjectName), g => Assert.Equal(g.Select(f => f.RuleId).Order(StringComparer.Ordinal), g.Select(f => f.RuleId)));
                }
            }
        }

        // The page in each order shows what the application's page holds.
        var wholeTotal = (await app.Factory.QueryAsync(db => ReviewList.SummarizeAsync(db, filters[0]))).Total;
        foreach (var sort in new[] { "severity", "rule", "project" })
        {
            var last = await admin.GetOkAsync($"/Review?region=139102&year=2023&sort={sort}&p={(wholeTotal + 99) / 100}");
            Assert.Equal(wholeTotal - (((wholeTotal + 99) / 100) - 1) * 100, Regex.Count(Section(last, "finding-list"), "<tr class=\"finding\""));
        }

        // An unknown unit, by code or by id: no list, and what to do.
        foreach (var url in new[] { "/Review?region=139102&year=2023&unitCode=999999", "/Review?region=139102&year=2023&unit=987654" })
        {
            var unknown = await admin.GetOkAsync(url);
            Assert.Contains("id=\"unit-not-found\"", unknown, StringComparison.Ordinal);
            Assert.Contains("请核对单位代码", unknown, StringComparison.Ordinal);
            Assert.Contains("共 0 条", unknown, StringComparison.Ordinal);
            Assert.Contains("<option value=\"VAL-11\"", unknown, StringComparison.Ordinal); // the rule filter still lists the rules
        }

        // The API: pages of 40 through the cursor until no next page; every finding once, by id.
        var expected = await app.Factory.QueryAsync(db => ReviewQueries.ListAsync(db, filters[0], int.MaxValue));
        var ids = new List<long>();
        string? next = "/api/v1/findings?region=139102&year=2023&limit=40";
        var answers = 0;
        while (next is not null)
        {
            using var answer = await admin.Client.GetAsync(next);
            Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
            var page = await answer.Content.ReadFromJsonAsync<JsonElement>();
            ids.AddRange(page.EnumerateArray().Select(f => f.GetProperty("id").GetInt64()));
            Assert.InRange(page.GetArrayLength(), 0, 40);
            next = answer.Headers.TryGetValues("Link", out var links) ? Regex.Match(links.Single(), "<([^>]+)>; rel=\"next\"").Groups[1].Value : null;
            if (next is not null)
            {
                Assert.Equal(ids[^1].ToString(System.Globalization.CultureInfo.InvariantCulture), answer.Headers.GetValues("X-Next-After").Single());
                Assert.Contains("limit=40", next, StringComparison.Ordinal);
            }

            answers++;
        }

        Assert.Equal((expected.Count / 40) + 1, answers);
        Assert.Equal(expected.Select(f => f.Id).Order(), ids);
        // A cursor that is no finding of the list: 400 with what to do.
        using var stale = await admin.Client.GetAsync("/api/v1/findings?region=139102&year=2023&after=999999999");
        Assert.Equal(HttpStatusCode.BadRequest, stale.StatusCode);
        Assert.Contains("请从第一页重新读取", await stale.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var warnings = await admin.Client.GetFromJsonAsync<JsonElement>("/api/v1/findings?region=139102&year=2023&severity=Warning&limit=5000");
        Assert.Equal(expected.Count(f => f.Severity == Severity.Warning), warnings.GetArrayLength());
    }

    private static int SeverityRank(Severity severity) => severity switch { Severity.Error => 0, Severity.Warning => 1, _ => 2 };
}
