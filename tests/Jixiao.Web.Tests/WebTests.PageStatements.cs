using System.Net;
using System.Text.RegularExpressions;
using Jixiao.Application.Review;
using Jixiao.Domain;
using Jixiao.Domain.Review;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Web.Tests;

/// <summary>The unit page counts each project's findings and the 流程 panel reads the latest run in the statement that
/// reads the rest (fewer round trips on PostgreSQL): the figures are those of the latest review run, counted here
/// from the findings themselves, before and after a save adds a newer run.</summary>
public abstract partial class WebTests
{
    [SkippableFact]
    public async Task UnitPageCounts_AndWorkflowFirstPass_AreThoseOfTheLatestRun_BeforeAndAfterASave()
    {
        await using var app = await StartAsync();
        var admin = await Browser.SignedInAsync(app.Factory, Admin, JixiaoAppFactory.AdminPassword);
        var id = await app.Factory.ProjectIdAsync(BudgetProjectName);
        var project = await app.Factory.QueryAsync(db => db.Projects.Where(p => p.Id == id).Select(p => new { p.UnitId, p.DocumentId }).SingleAsync());
        var (unitId, documentId) = (project.UnitId, project.DocumentId);

        var before = await CheckUnitAndWorkflowAsync(app, admin, unitId, documentId);
        Assert.Contains(before, c => c.Value.Errors + c.Value.Warnings > 0);

        var edit = await admin.GetOkAsync($"/Projects/{id}/Edit");
        var saved = await admin.SubmitAsync($"/Projects/{id}/Edit", edit, "project-form", new Dictionary<string, string>
        {
            ["Form.Indicators[3].Target"] = "=0处",
            ["Command"] = "save",
        });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.True(await app.Factory.QueryAsync(db => db.ReviewRuns.CountAsync(r => r.DocumentId == documentId)) >= 2);

        var after = await CheckUnitAndWorkflowAsync(app, admin, unitId, documentId);
        // The save removed the project's VAL-05 finding: the page counts the newer run, not the first or both.
        Assert.True(after[id].Errors + after[id].Warnings < before[id].Errors + before[id].Warnings);
        Assert.Equal(before.Keys.Order(), after.Keys.Order());
    }

    /// <summary>Checks the unit page's error and warning columns and the 流程 page's first-pass line against the latest
    /// run; returns the unit page's counts by project id.</summary>
    private static async Task<Dictionary<int, (int Errors, int Warnings)>> CheckUnitAndWorkflowAsync(
        TestApp app, Browser admin, int unitId, int documentId)
    {
        var expected = await app.Factory.QueryAsync(async db =>
        {
            var projects = await db.Projects.Where(p => p.UnitId == unitId && p.RemovedAt == null).Select(p => p.Id).ToListAsync();
            var findings = await ReviewQueries.LatestRuns(db)
                .SelectMany(r => db.ReviewFindings.Where(f => f.ReviewRunId == r.Id && f.ProjectId != null && projects.Contains(f.ProjectId.Value)))
                .Select(f => new { ProjectId = f.ProjectId!.Value, f.Severity }).ToListAsync();
            return projects.ToDictionary(p => p, p => (
                findings.Count(f => f.ProjectId == p && f.Severity == Severity.Error),
                findings.Count(f => f.ProjectId == p && f.Severity == Severity.Warning)));
        });
        var unit = await admin.GetOkAsync($"/Units/{unitId}");
        var shown = Regex.Matches(unit,
                "href=\"/Projects/(\\d+)\">[^<]*</a></td>\\s*<td class=\"num\">[^<]*</td>\\s*<td>[^<]*</td>\\s*<td class=\"num[^\"]*\">(\\d+)</td>\\s*<td class=\"num[^\"]*\">(\\d+)</td>")
            .ToDictionary(m => int.Parse(m.Groups[1].Value), m => (int.Parse(m.Groups[2].Value), int.Parse(m.Groups[3].Value)));
        Assert.Equal(expected.OrderBy(e => e.Key), shown.OrderBy(s => s.Key));
        // The region's years in the year picker, latest first, the shown one selected.
        var years = await app.Factory.QueryAsync(db => db.FiscalYears.Where(y => db.Units.Any(u => u.Id == unitId && u.RegionCode == y.RegionCode))
            .OrderByDescending(y => y.Year).Select(y => y.Year).ToListAsync());
        Assert.NotEmpty(years);
        Assert.Equal(years, Regex.Matches(unit, "<option value=\"(\\d+)\"").Select(m => int.Parse(m.Groups[1].Value)).Take(years.Count));

        var run = await app.Factory.QueryAsync(db => db.ReviewRuns.Where(r => r.DocumentId == documentId).OrderByDescending(r => r.Id)
            .Select(r => new { r.Grade, r.ErrorCount }).FirstAsync());
        var workflow = await admin.GetOkAsync($"/Documents/{documentId}/Workflow");
        Assert.Contains($"自动审核（初审）：建议等级 {run.Grade.ToChinese()}，阻止批复的错误 {run.ErrorCount} 个", workflow, StringComparison.Ordinal);
        return shown;
    }

    [SkippableFact]
    public async Task WorkflowPanel_OfADocumentNeverReviewed_SaysSo_AndAnUnknownDocumentIsNotFound()
    {
        await using var app = await StartAsync();
        var admin = await Browser.SignedInAsync(app.Factory, Admin, JixiaoAppFactory.AdminPassword);
        var documentId = await app.Factory.QueryAsync(db => db.Documents.Select(d => d.Id).FirstAsync());
        await app.Factory.QueryAsync(db => db.ReviewRuns.Where(r => r.DocumentId == documentId).ExecuteDeleteAsync());
        var workflow = await admin.GetOkAsync($"/Documents/{documentId}/Workflow");
        Assert.Contains("自动审核（初审）：尚未审核，阻止批复的错误 0 个", workflow, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.Client.GetAsync("/Documents/987654/Workflow")).StatusCode);
    }
}
