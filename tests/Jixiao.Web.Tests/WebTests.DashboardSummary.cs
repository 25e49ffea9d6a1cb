using System.Net;
using System.Net.Http.Headers;
using Jixiao.Application.Dashboard;
using Jixiao.Domain.Review;
using Jixiao.Tests;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Web.Tests;

/// <summary>The dashboard's stored summary against the same figures computed from scratch, after every kind of write.</summary>
public abstract partial class WebTests
{
    [SkippableFact]
    public async Task DashboardSummary_StaysEqualToRecomputedFigures_AfterImportEditAndReimport()
    {
        await using var app = await StartAsync();
        var admin = await Browser.SignedInAsync(app.Factory, Admin, JixiaoAppFactory.AdminPassword);
        await AssertSummaryIsRecomputedAsync(app, "130102", 2024);

        var imported = await admin.Client.PostAsync("/api/v1/import?fileName=text.txt", TextUpload());
        Assert.Equal(HttpStatusCode.OK, imported.StatusCode);
        var imported2023 = await AssertSummaryIsRecomputedAsync(app, "139102", 2023);
        var line = Assert.Single(imported2023);
        Assert.Equal(10, line.Summary.ProjectCount);
        Assert.Equal("173.67", line.Summary.BudgetTotal.ToWanYuanString());
        Assert.NotNull(line.Summary.LatestGrade);
        Assert.NotNull(line.LatestScore);
        Assert.True(line.Errors + line.Warnings > 0);

        // Edit one project's budget through the form: the unit's total follows, the re-review's counts too.
        var id = await app.Factory.QueryAsync(db => db.Projects.Where(p => p.FiscalYear == 2023).OrderBy(p => p.Code).Select(p => p.Id).FirstAsync());
        var edit = await admin.GetOkAsync($"/Projects/{id}/Edit");
        var budget = decimal.Parse(Browser.FormFields(edit, "project-form")["Form.Budget"], System.Globalization.CultureInfo.InvariantCulture);
        var saved = await admin.SubmitAsync($"/Projects/{id}/Edit", edit, "project-form", new Dictionary<string, string>
        {
            ["Form.Budget"] = (budget + 100m).ToString("0.00", System.Globalization.CultureInfo.InvariantCulture),
            ["Form.FiscalFunds"] = string.Empty,
            ["Form.OtherFunds"] = string.Empty,
            ["Command"] = "save",
        });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var edited = Assert.Single(await AssertSummaryIsRecomputedAsync(app, "139102", 2023));
        Assert.Equal("273.67", edited.Summary.BudgetTotal.ToWanYuanString());

        // Re-importing the original file brings the total back; the demo region is untouched throughout.
        Assert.Equal(HttpStatusCode.OK, (await admin.Client.PostAsync("/api/v1/import?fileName=text.txt", TextUpload())).StatusCode);
        var back = Assert.Single(await AssertSummaryIsRecomputedAsync(app, "139102", 2023));
        Assert.Equal("173.67", back.Summary.BudgetTotal.ToWanYuanString());
        Assert.Equal(10, back.Summary.ProjectCount);
        await AssertSummaryIsRecomputedAsync(app, "130102", 2024);

        // A rebuild from scratch (what a database stored before the summary gets on start) gives the same lines.
        var before = await app.Factory.QueryAsync(db => DashboardSummaries.ReadAsync(db, "139102", 2023));
        await app.Factory.QueryAsync(db => DashboardSummaries.RebuildAllAsync(db, DateTime.UtcNow));
        Assert.Equal(before, await app.Factory.QueryAsync(db => DashboardSummaries.ReadAsync(db, "139102", 2023)));
    }

    private static ByteArrayContent TextUpload() =>
        new(TestFiles.DepartmentTextBytes) { Headers = { ContentType = new MediaTypeHeaderValue("application/octet-stream") } };

    /// <summary>Asserts the stored lines equal the unit list and the latest runs' finding counts computed now, and
    /// returns them.</summary>
    private static async Task<IReadOnlyList<DashboardLine>> AssertSummaryIsRecomputedAsync(TestApp app, string region, int year)
    {
        var stored = await app.Factory.QueryAsync(db => DashboardSummaries.ReadAsync(db, region, year));
        var units = await app.Factory.QueryAsync(db => UnitQueries.ListAsync(db, region, year));
        var findings = await app.Factory.QueryAsync(db => Application.Review.ReviewQueries.LatestRuns(db)
            .Where(r => r.Document!.RegionCode == region && r.Document.FiscalYear == year)
            .SelectMany(r => r.Findings)
            .Where(f => f.ProjectId != null && f.Severity != Severity.Info)
            .Join(db.Projects, f => f.ProjectId, p => p.Id, (f, p) => new { p.UnitId, f.Severity })
            .ToListAsync());
        var scores = await app.Factory.QueryAsync(db => Application.Review.ReviewQueries.LatestRuns(db)
            .Where(r => r.Document!.RegionCode == region && r.Document.FiscalYear == year)
            .Select(r => new { r.Document!.DepartmentCode, r.Score })
            .ToDictionaryAsync(r => r.DepartmentCode, r => (decimal?)r.Score));

        Assert.NotEmpty(units);
        Assert.Equal(units, stored.Select(s => s.Summary));
        foreach (var line in stored)
        {
            Assert.Equal(findings.Count(f => f.UnitId == line.Summary.UnitId && f.Severity == Severity.Error), line.Errors);
            Assert.Equal(findings.Count(f => f.UnitId == line.Summary.UnitId && f.Severity == Severity.Warning), line.Warnings);
            Assert.Equal(scores.GetValueOrDefault(line.Summary.DepartmentCode), line.LatestScore);
        }

        // The year's totals row (the dashboard's cards) is the sum of the lines.
        var total = await app.Factory.QueryAsync(db => db.DashboardYearTotals.SingleAsync(t => t.RegionCode == region && t.FiscalYear == year));
        Assert.Equal(stored.Count, total.UnitCount);
        Assert.Equal(stored.Sum(s => s.Summary.ProjectCount), total.ProjectCount);
        Assert.Equal(stored.Sum(s => s.Summary.BudgetTotal.Fen), total.BudgetFen);
        Assert.Equal(stored.Sum(s => s.Errors), total.ErrorCount);
        Assert.Equal(stored.Sum(s => s.Warnings), total.WarningCount);
        return stored;
    }
}
