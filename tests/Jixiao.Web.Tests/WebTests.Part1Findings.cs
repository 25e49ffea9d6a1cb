using System.Net;
using System.Net.Http.Headers;
using Jixiao.Documents;
using Jixiao.Documents.Json;
using Jixiao.Domain.Goals;
using Jixiao.Tests;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Web.Tests;

/// <summary>The clerk who must fix Part 1 sees the findings about it (issue 18): the review list shows the document's
/// own findings to the clerk of its units, and the unit page shows the workflow state, who acts next and those findings.</summary>
public abstract partial class WebTests
{
    [SkippableFact]
    public async Task Part1Findings_ReachTheClerk_OnTheReviewListAndTheUnitPage_WithTheWorkflowState()
    {
        await using var app = await StartAsync();
        var admin = await Browser.SignedInAsync(app.Factory, Admin, JixiaoAppFactory.AdminPassword);
        // Without Part 1 the document-level rules have something to say.
        var document = DocumentFiles.Read(TestFiles.DepartmentTextPath).Document with { DepartmentGoals = new DepartmentGoals() };
        var imported = await admin.Client.PostAsync("/api/v1/import?fileName=no-part1.json",
            new StringContent(DocumentJson.Write(document), new MediaTypeHeaderValue("application/json")));
        Assert.Equal(HttpStatusCode.OK, imported.StatusCode);
        var unitCode = document.Projects[0].UnitCode;
        var (documentId, unitId) = await app.Factory.QueryAsync(async db => (
            await db.Documents.Where(d => d.RegionCode == "139102" && d.FiscalYear == 2023).Select(d => d.Id).SingleAsync(),
            await db.Units.Where(u => u.RegionCode == "139102" && u.Code == unitCode).Select(u => u.Id).SingleAsync()));
        var documentFindings = await app.Factory.QueryAsync(db => Jixiao.Application.Review.ReviewQueries.LatestRuns(db).Where(r => r.DocumentId == documentId)
            .SelectMany(r => db.ReviewFindings.Where(f => f.ReviewRunId == r.Id && f.ProjectId == null)).Select(f => f.Message).ToListAsync());
        Assert.NotEmpty(documentFindings);

        await app.Factory.CreateUserAsync("part1clerk", JixiaoAppFactory.EditorRole, unitCode, "139102");
        var clerk = await Browser.SignedInAsync(app.Factory, "part1clerk", JixiaoAppFactory.UserPassword);
        var review = WebUtility.HtmlDecode(await clerk.GetOkAsync("/Review?region=139102&year=2023"));
        Assert.All(documentFindings, m => Assert.Contains(m, review, StringComparison.Ordinal));
        Assert.Contains("（文档）", review, StringComparison.Ordinal);

        var unit = WebUtility.HtmlDecode(await clerk.GetOkAsync($"/Units/{unitId}?year=2023"));
        Assert.Matches("id=\"workflow-status\">流程状态：<span class=\"state state-Draft\">草稿</span>　下一步：<strong>待 单位填报人员 提交</strong>", unit);
        Assert.Contains($"href=\"/Documents/{documentId}/Workflow\"", unit, StringComparison.Ordinal);
        var part1 = unit[unit.IndexOf("id=\"part1-findings\"", StringComparison.Ordinal)..];
        Assert.All(documentFindings, m => Assert.Contains(m, part1, StringComparison.Ordinal));
        Assert.DoesNotContain("@(", unit, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task Dashboard_SaysWhoActsNext_AndFiltersUnitsByWorkflowState()
    {
        await using var app = await StartAsync();
        var admin = await Browser.SignedInAsync(app.Factory, Admin, JixiaoAppFactory.AdminPassword);
        var all = await admin.GetOkAsync("/");
        var rows = Rows(all, "units");
        Assert.True(rows > 0);
        Assert.Contains("待 单位填报人员 提交", Section(all, "units"), StringComparison.Ordinal);
        // Every unit is in exactly one state: the filtered lists add up to the whole list.
        var byState = new List<int>();
        foreach (var state in Enum.GetValues<Jixiao.Domain.Workflow.DocumentState>())
        {
            byState.Add(Rows(await admin.GetOkAsync($"/?state={state}"), "units"));
        }

        Assert.Equal(rows, byState.Sum());
        Assert.Contains("<option value=\"Submitted\" selected=\"selected\">已提交</option>", await admin.GetOkAsync("/?state=Submitted"), StringComparison.Ordinal);
    }
}
