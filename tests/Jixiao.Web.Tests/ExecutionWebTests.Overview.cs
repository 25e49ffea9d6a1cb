using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Jixiao.Application.Execution;
using Jixiao.Application.Users;
using Jixiao.Documents;
using Jixiao.Documents.Json;
using Jixiao.Domain.Goals;
using Jixiao.Tests;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Web.Tests;

/// <summary>
/// The 执行与评价 view over stored per-project lines (docs/adr/0007): the lines stay equal to lines computed afresh
/// after every kind of write, and the paged, filtered, sorted list and the charts show what the project pages
/// (the domain, project by project) show.
/// </summary>
public abstract partial class ExecutionWebTests
{
    /// <summary>The region of the department text (tests/Shared/Fixtures); the test document repeats its ten tables as <see cref="ManyCount"/> projects.</summary>
    private const string ManyRegion = "139102";

    private const int ManyCount = 130;

    /// <summary>More units than get a chart each (20): the region view draws the units furthest behind plan instead.</summary>
    private const int ManyUnits = 26;

    /// <summary>Share of the budget paid by May for project i: cycles through red, yellow, green and blue cases.</summary>
    private static readonly int[] PaidPercents = [0, 10, 25, 35, 45, 70, 120];

    [SkippableFact]
    public async Task ExecutionSummary_StaysEqualToFreshlyComputedLines_AfterEveryKindOfWrite()
    {
        await using var app = await StartAsync();
        var admin = await Browser.SignedInAsync(app.Factory, Admin, JixiaoAppFactory.AdminPassword);
        var id = await app.Factory.ProjectIdAsync(ExampleProject);
        await AssertLinesAreFreshAsync(app, admin, "demo data");

        // Execution form (API): adjusted budget 40.00 → the curve and the report are measured against it.
        var put = await admin.Client.PutAsJsonAsync($"/api/v1/projects/{id}/execution", new { initialBudget = "36.50", adjustedBudget = "40.00", entries = Array.Empty<object>() });
        Assert.Equal(HttpStatusCode.OK, put.StatusCode);
        var line = await LineAsync(app, id);
        Assert.Equal(40_000_000, line.CurveBudgetFen);
        await AssertLinesAreFreshAsync(app, admin, "execution save");

        // Payment import: 20.00 万元 more in June.
        var csv = "项目编码,支付日期,金额（元）,凭证号,行号\n13010224P000102000015,2024-06-20,200000.00,ZF-T1,1\n";
        Assert.Equal(HttpStatusCode.OK, (await admin.Client.PostAsync("/api/v1/payments?fileName=t1.csv", Octets(Encoding.UTF8.GetBytes(csv)))).StatusCode);
        Assert.Equal(34_600_000, (await LineAsync(app, id)).Spent06Fen);
        await AssertLinesAreFreshAsync(app, admin, "payment import");

        // 监控表 at the checkpoint: an indicator far behind turns the project red.
        var monitoring = await admin.Client.PutAsJsonAsync($"/api/v1/projects/{id}/monitoring/6", new { initialBudget = "36.50", spent = "14.60", indicators = new[] { new { row = 1, actual = "20个" } } });
        Assert.Equal(HttpStatusCode.OK, monitoring.StatusCode);
        Assert.Equal(Domain.Monitoring.Light.Red, (await LineAsync(app, id)).ProjectLight);
        await AssertLinesAreFreshAsync(app, admin, "monitoring save");

        // Project edit: budget and the June plan change the line (another project, so its report is not a stored 监控表).
        var late = await app.Factory.ProjectIdAsync(LateProject);
        var edit = await admin.GetOkAsync($"/Projects/{late}/Edit");
        var saved = await admin.SubmitAsync($"/Projects/{late}/Edit", edit, "project-form", new Dictionary<string, string>
        {
            ["Form.Budget"] = "24.00", ["Form.FiscalFunds"] = string.Empty, ["Form.OtherFunds"] = string.Empty, ["Form.Plan[1].Percent"] = "20", ["Command"] = "save",
        });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var edited = await LineAsync(app, late);
        Assert.Equal(24_000_000, edited.CurveBudgetFen);
        Assert.Contains("6:20", edited.PlanKey, StringComparison.Ordinal);
        await AssertLinesAreFreshAsync(app, admin, "project edit");

        // Import of a new document, then the same document without five projects: their lines go.
        Assert.Equal(HttpStatusCode.OK, (await ImportManyAsync(admin, ManyCount)).StatusCode);
        Assert.Equal(ManyCount, await app.Factory.QueryAsync(db => db.ExecutionSummaries.CountAsync(s => s.RegionCode == ManyRegion)));
        await AssertLinesAreFreshAsync(app, admin, "import");
        Assert.Equal(HttpStatusCode.OK, (await ImportManyAsync(admin, ManyCount - 5)).StatusCode);
        Assert.Equal(ManyCount - 5, await app.Factory.QueryAsync(db => db.ExecutionSummaries.CountAsync(s => s.RegionCode == ManyRegion)));
        await AssertLinesAreFreshAsync(app, admin, "re-import without five projects");

        // Region settings: the 中央 profile moves the checkpoint to July; every line of the region follows.
        var url = "/Execution/Settings/130102";
        Assert.Equal(HttpStatusCode.Redirect, (await admin.SubmitAsync(url, await admin.GetOkAsync(url), "settings-form", new Dictionary<string, string> { ["Profile"] = "central" })).StatusCode);
        Assert.Equal(0, await app.Factory.QueryAsync(db => db.ExecutionSummaries.CountAsync(s => s.RegionCode == "130102" && s.Month != 7)));
        await AssertLinesAreFreshAsync(app, admin, "region settings");

        // A line made stale behind the app's back (as after an upgrade of the formulas) is put right on start-up.
        await app.Factory.QueryAsync(db => db.ExecutionSummaries.Where(s => s.ProjectId == id).ExecuteUpdateAsync(u => u.SetProperty(s => s.ProfileStamp, "old")));
        Assert.Equal(["130102"], await app.Factory.QueryAsync(db => ExecutionSummaries.EnsureCurrentAsync(db)));
        await AssertLinesAreFreshAsync(app, admin, "start-up check");
    }

    [SkippableFact]
    public async Task Overview_PagesFiltersAndSorts_AndShowsTheFiguresOfTheProjectPages()
    {
        await using var app = await StartAsync();
        var admin = await Browser.SignedInAsync(app.Factory, Admin, JixiaoAppFactory.AdminPassword);
        Assert.Equal(HttpStatusCode.OK, (await ImportManyAsync(admin, ManyCount)).StatusCode);
        var document = ManyProjects(ManyCount);
        var payments = new StringBuilder("项目编码,支付日期,金额（元）,凭证号,行号\n");
        long paid = 0, budget = 0;
        var units = new Dictionary<string, (long Paid, long Budget)>();
        foreach (var (project, i) in document.Projects.Select((p, i) => (p, i)))
        {
            var fen = project.Budget.Fen * PaidPercents[i % PaidPercents.Length] / 100;
            paid += fen;
            budget += project.Budget.Fen;
            var unit = units.GetValueOrDefault(project.UnitCode);
            units[project.UnitCode] = (unit.Paid + fen, unit.Budget + project.Budget.Fen);
            if (fen > 0)
            {
                payments.Append(CultureInfo.InvariantCulture, $"{project.ProjectCode},2023-05-20,{fen / 100}.{fen % 100:D2},ZF-{i},1\n");
            }
        }

        Assert.Equal(HttpStatusCode.OK, (await admin.Client.PostAsync("/api/v1/payments?fileName=many.csv", Octets(Encoding.UTF8.GetBytes(payments.ToString())))).StatusCode);

        // Two pages of 100 and 30, no project twice, in the default order (worst light, then lowest rate).
        var region = $"/Execution?region={ManyRegion}&year=2023";
        var first = await admin.GetOkAsync(region);
        var second = await admin.GetOkAsync(region + "&page=2");
        Assert.Contains("data-matching=\"130\" data-page=\"1\" data-page-count=\"2\"", first, StringComparison.Ordinal);
        Assert.Contains("第 1 / 2 页（每页 100 个项目）", first, StringComparison.Ordinal);
        var rows = OverviewRows(first).Concat(OverviewRows(second)).ToList();
        Assert.Equal(100, OverviewRows(first).Count);
        Assert.Equal(ManyCount, rows.Select(r => r.Id).Distinct().Count());
        AssertOrdered(rows, r => (-(int)r.ProjectLight, r.Rate ?? decimal.MaxValue));

        // Every row shows what the project's own 监控 page computes now (the domain, one project at a time).
        var lights = new Dictionary<Domain.Monitoring.Light, int>();
        foreach (var row in rows)
        {
            var api = (await admin.Client.GetFromJsonAsync<JsonElement>($"/api/v1/projects/{row.Id}/monitoring/6")).GetProperty("assessment");
            Assert.Equal(api.GetProperty("projectLight").GetString(), row.ProjectLight.ToString().ToLowerInvariant());
            Assert.Equal(api.GetProperty("budgetLight").GetString(), row.BudgetLight.ToString().ToLowerInvariant());
            Assert.Equal(api.GetProperty("planLight").GetString(), row.PlanLight.ToString().ToLowerInvariant());
            Assert.Equal(api.GetProperty("budget").GetString(), row.Budget);
            Assert.Equal(api.GetProperty("spent").GetString(), row.Spent);
            Assert.Equal(api.GetProperty("executionRatePercent").GetDecimal(), row.Rate);
            lights[row.ProjectLight] = lights.GetValueOrDefault(row.ProjectLight) + 1;
        }

        Assert.True(lights.Count >= 3, "测试数据应覆盖至少三种预警灯");
        foreach (var (light, count) in lights)
        {
            var name = light.ToString().ToLowerInvariant();
            Assert.Contains($"data-count-light=\"{name}\">{IndexLightName(light)} {count}</a>", first, StringComparison.Ordinal);
            // The light filter lists exactly those projects.
            var filtered = await admin.GetOkAsync($"{region}&light={name}");
            Assert.Contains($"data-matching=\"{count}\"", filtered, StringComparison.Ordinal);
            Assert.All(OverviewRows(filtered), r => Assert.Equal(light, r.ProjectLight));
        }

        // The region's curve: Σ paid ÷ Σ budget by May, the plan 25/50/75/100 interpolated (May: 25 + 25 × 2/3).
        var curve = Section(first, "chart-execution-total");
        Assert.Contains(string.Create(CultureInfo.InvariantCulture, $"实际执行率 5月：{paid * 100m / budget:0.##}%"), curve, StringComparison.Ordinal);
        Assert.Contains("支出计划 5月：41.67%", curve, StringComparison.Ordinal);
        Assert.DoesNotContain("实际执行率 6月", curve, StringComparison.Ordinal);
        // 26 units: the 20 furthest behind plan, gap = 50 (June's plan) − 执行率 × 100, budget-weighted, worst first.
        var gaps = units.Select(u => (Code: u.Key, Gap: 50m - (u.Value.Paid * 100m / u.Value.Budget))).OrderByDescending(u => u.Gap).ThenBy(u => u.Code, StringComparer.Ordinal).ToList();
        var behind = Section(first, "chart-units-behind");
        Assert.Contains("落后支出计划最多的 20 个单位", behind, StringComparison.Ordinal);
        var expected = gaps.Take(20).Select(g => $"第{int.Parse(g.Code[3..], CultureInfo.InvariantCulture)}单位：{Domain.Evaluation.ScoreRounding.Format(g.Gap)}");
        Assert.Equal(expected, Regex.Matches(behind, "<title>([^<]*)</title>").Select(m => m.Groups[1].Value));

        // Lowest rate first; the unit filter (by code) shows that unit's view only.
        var byRate = OverviewRows(await admin.GetOkAsync(region + "&sort=rate")).Concat(OverviewRows(await admin.GetOkAsync(region + "&sort=rate&page=2"))).ToList();
        AssertOrdered(byRate, r => (0, r.Rate ?? decimal.MaxValue));
        Assert.Equal(ManyCount, byRate.Select(r => r.Id).Distinct().Count());
        var unitPage = await admin.GetOkAsync(region + "&unitCode=317002");
        var unitId = await app.Factory.QueryAsync(db => db.Units.Where(u => u.RegionCode == ManyRegion && u.Code == "317002").Select(u => u.Id).SingleAsync());
        var unitRows = OverviewRows(unitPage);
        Assert.Equal(ManyCount / ManyUnits, unitRows.Count);
        var unitProjects = await app.Factory.QueryAsync(db => db.Projects.Where(p => p.UnitId == unitId).Select(p => p.Id).ToListAsync());
        Assert.All(unitRows, r => Assert.Contains(r.Id, unitProjects));
        Assert.Contains($"chart-project-{unitRows[0].Id}", unitPage, StringComparison.Ordinal);
        Assert.Contains("没有单位代码为“999999”的单位", await admin.GetOkAsync(region + "&unitCode=999999"), StringComparison.Ordinal);

        // Permissions: a clerk sees its own unit only, whatever it asks for; a reviewer its own region only.
        await app.Factory.CreateUserAsync("clerk2", Roles.UnitEditor, "317002", ManyRegion);
        await app.Factory.CreateUserAsync("reviewer", Roles.Reviewer);
        var clerk = await Browser.SignedInAsync(app.Factory, "clerk2", JixiaoAppFactory.UserPassword);
        var reviewer = await Browser.SignedInAsync(app.Factory, "reviewer", JixiaoAppFactory.UserPassword);
        var own = await clerk.GetOkAsync($"{region}&unitCode=317001");
        Assert.Equal(unitRows.Select(r => r.Id).Order(), OverviewRows(own).Select(r => r.Id).Order());
        var otherUnit = await app.Factory.QueryAsync(db => db.Units.Where(u => u.RegionCode == ManyRegion && u.Code == "317001").Select(u => u.Id).SingleAsync());
        foreach (var denied in new[] { await clerk.Client.GetAsync($"/Execution?unit={otherUnit}"), await reviewer.Client.GetAsync($"/Execution?unit={otherUnit}") })
        {
            Assert.Equal(HttpStatusCode.Redirect, denied.StatusCode);
            Assert.StartsWith("/Account/AccessDenied", denied.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        }

        var reviewerView = await reviewer.GetOkAsync(region);
        Assert.Contains("长安区 2024 年执行监控与绩效自评", reviewerView, StringComparison.Ordinal);
        Assert.DoesNotContain(OverviewRows(reviewerView), r => rows.Any(x => x.Id == r.Id));
        Assert.Contains("没有单位代码为“317002”的单位", await reviewer.GetOkAsync($"/Execution?unitCode=317002"), StringComparison.Ordinal);
    }

    private static string IndexLightName(Domain.Monitoring.Light light) => Features.Execution.IndexModel.LightName(light);

    private static void AssertOrdered(IReadOnlyList<OverviewRowText> rows, Func<OverviewRowText, (int, decimal)> key)
    {
        for (var i = 1; i < rows.Count; i++)
        {
            Assert.True(key(rows[i - 1]).CompareTo(key(rows[i])) <= 0, $"第 {i} 行与第 {i + 1} 行顺序不对：{rows[i - 1]} / {rows[i]}");
        }
    }

    /// <summary>Stored lines equal lines computed now for every current project (and none for removed ones), and the
    /// lights equal those of the project's own 监控 API for a sample of projects.</summary>
    private static async Task AssertLinesAreFreshAsync(TestApp app, Browser admin, string after)
    {
        var stored = await app.Factory.QueryAsync(db => db.ExecutionSummaries.AsNoTracking().OrderBy(s => s.ProjectId).ToListAsync());
        var ids = await app.Factory.QueryAsync(db => db.Projects.Where(p => p.RemovedAt == null).Select(p => p.Id).ToListAsync());
        var fresh = await app.Factory.QueryAsync(db => ExecutionSummaries.ComputeAsync(db, ids));
        Assert.True(ids.Order().SequenceEqual(stored.Select(s => s.ProjectId)), $"{after}：汇总行与现有项目不一致");
        foreach (var line in stored)
        {
            Assert.True(JsonSerializer.Serialize(fresh[line.ProjectId]) == JsonSerializer.Serialize(line), $"{after}：项目 {line.ProjectId} 的汇总行与重新计算的不同");
        }

        foreach (var line in stored.Where((_, i) => i % 7 == 0))
        {
            var api = (await admin.Client.GetFromJsonAsync<JsonElement>($"/api/v1/projects/{line.ProjectId}/monitoring/{line.Month}")).GetProperty("assessment");
            Assert.Equal(api.GetProperty("projectLight").GetString(), line.ProjectLight.ToString().ToLowerInvariant());
            Assert.Equal(api.GetProperty("spent").GetString(), new Money(line.SpentFen).ToWanYuanString());
        }
    }

    private static Task<Data.Entities.ExecutionSummary> LineAsync(TestApp app, int projectId) =>
        app.Factory.QueryAsync(db => db.ExecutionSummaries.AsNoTracking().SingleAsync(s => s.ProjectId == projectId));

    private static async Task<HttpResponseMessage> ImportManyAsync(Browser admin, int count) =>
        await admin.Client.PostAsync("/api/v1/import?fileName=many.json&allowRemoval=true",
            new StringContent(DocumentJson.Write(ManyProjects(count)), new MediaTypeHeaderValue("application/json")));

    /// <summary>The department text's ten tables (plan 25/50/75/100) repeated as <paramref name="count"/> projects of
    /// <see cref="ManyUnits"/> units (317001–317026).</summary>
    private static PerformanceDocument ManyProjects(int count)
    {
        var text = DocumentFiles.Read(TestFiles.DepartmentTextPath).Document;
        return text with
        {
            Projects = [.. Enumerable.Range(1, count).Select(i =>
            {
                var p = text.Projects[(i - 1) % text.Projects.Count];
                var unit = 1 + ((i - 1) % ManyUnits);
                return p with
                {
                    Sequence = i, UnitCode = $"317{unit:D3}", UnitName = $"第{unit}单位", ProjectCode = $"13910223P{i:D11}L", ProjectName = $"{p.ProjectName}{i}",
                };
            })],
        };
    }

    private static List<OverviewRowText> OverviewRows(string page) =>
        [.. RowPattern().Matches(page).Select(m =>
        {
            var lights = LightPattern().Matches(m.Groups[2].Value).Select(l => Enum.Parse<Domain.Monitoring.Light>(l.Groups[1].Value, ignoreCase: true)).ToList();
            var numbers = NumberPattern().Matches(m.Groups[2].Value).Select(n => n.Groups[1].Value).ToList();
            var rate = numbers[2].EndsWith('%') ? decimal.Parse(numbers[2].TrimEnd('%'), CultureInfo.InvariantCulture) : (decimal?)null;
            return new OverviewRowText(int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture), numbers[0], numbers[1], rate, lights[0], lights[1], lights[2]);
        })];

    [GeneratedRegex("<tr data-project=\"(\\d+)\">(.*?)</tr>", RegexOptions.Singleline)]
    private static partial Regex RowPattern();

    [GeneratedRegex("data-light=\"(\\w+)\"")]
    private static partial Regex LightPattern();

    [GeneratedRegex("<td class=\"num\">([^<]*)</td>")]
    private static partial Regex NumberPattern();

    private sealed record OverviewRowText(int Id, string Budget, string Spent, decimal? Rate, Domain.Monitoring.Light BudgetLight, Domain.Monitoring.Light PlanLight, Domain.Monitoring.Light ProjectLight);
}
