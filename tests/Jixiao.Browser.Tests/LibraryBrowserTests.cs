using Jixiao.Application.Library;
using Jixiao.Application.Users;
using Jixiao.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace Jixiao.Browser.Tests;

/// <summary>
/// The indicator library in a real browser: on the demo data, with the region's other documents approved and the
/// library built, a clerk types in a 三级指标 cell of the edit form, the suggestions appear under it, ↓ and Enter pick
/// the first and fill the row (name, 一级/二级); the 指标库 page lists the region's indicators with their box plots.
/// Screenshots go to TestResults/screenshots.
/// </summary>
public sealed class LibraryBrowserTests
{
    [SkippableFact]
    public async Task EditForm_SuggestsLibraryIndicators_AndAPickFillsTheRow_ByKeyboard()
    {
        Chromium.EnsureAvailable();
        await using var database = await DemoDatabase.SqliteAsync();
        await using var factory = new JixiaoAppFactory(database.Connection);
        var baseUrl = LiveApp.Start(factory);
        var (projectId, unitCode, region) = await factory.QueryAsync(async db =>
        {
            var documents = await db.Documents.Include(d => d.Workflow).OrderBy(d => d.Id).ToListAsync();
            var draft = documents.First(d => d.Workflow is null or { Status: WorkflowStatus.Draft });
            // Every other document of the region counts as approved: the library learns from them.
            foreach (var other in documents.Where(d => d.RegionCode == draft.RegionCode && d.Id != draft.Id))
            {
                other.Workflow ??= new WorkflowState { DocumentId = other.Id, ChangedBy = "测试", ChangedAt = DateTime.UtcNow };
                other.Workflow.Status = WorkflowStatus.Approved;
            }

            await db.SaveChangesAsync();
            await LibraryBuild.BuildAllAsync(db, DateTime.UtcNow);
            var p = await db.Projects.Where(x => x.DocumentId == draft.Id).OrderBy(x => x.Id).Select(x => new { x.Id, Unit = x.Unit!.Code }).FirstAsync();
            return (p.Id, p.Unit, draft.RegionCode);
        });
        await factory.CreateUserAsync("clerk", Roles.UnitEditor, unitCode, region);

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await Chromium.LaunchAsync(playwright);
        var clerk = await SignIn.AsAsync(browser, baseUrl, "clerk", JixiaoAppFactory.UserPassword, 1366, 900);
        var errors = new List<string>();
        clerk.Console += (_, m) => { if (m.Type == "error") { errors.Add(m.Text); } };
        await clerk.GotoAsync($"{baseUrl}/Projects/{projectId}/Edit");

        var name = clerk.Locator("#indicator-rows input[data-suggest]").First;
        await name.FillAsync(string.Empty);
        await name.PressSequentiallyAsync("满意", new() { Delay = 60 });
        // The list of the typed text (library.js marks the list with the text it answers and drops older answers).
        var options = clerk.Locator("#suggest-0[data-query='满意'] [role=option]");
        await options.First.WaitForAsync();
        Assert.True(await options.CountAsync() > 0);
        Assert.Equal("true", await name.GetAttributeAsync("aria-expanded"));
        var first = await options.First.GetAttributeAsync("data-name");
        var level2 = await options.First.GetAttributeAsync("data-level2");
        Assert.Contains("满意", first, StringComparison.Ordinal);
        Assert.Contains("常见", await options.First.InnerTextAsync(), StringComparison.Ordinal);
        // The list opens under the cell: bring the row to the top so the screenshot shows it.
        await name.EvaluateAsync("e => e.scrollIntoView({ block: 'start' })");
        await clerk.ScreenshotAsync(new() { Path = Screenshots.PathFor("library-suggestions.png") });

        await name.PressAsync("ArrowDown");
        Assert.Equal("true", await options.First.GetAttributeAsync("aria-selected"));
        await name.PressAsync("Enter");

        Assert.Equal(first, await name.InputValueAsync());
        Assert.Equal(level2, await clerk.Locator("#indicator-rows tbody tr").First.Locator("select[name$='.Level2']").InputValueAsync());
        Assert.Equal(0, await clerk.Locator("#suggest-0 [role=option]").CountAsync());
        Assert.Equal("/Projects/" + projectId + "/Edit", new Uri(clerk.Url).AbsolutePath);
        await clerk.ScreenshotAsync(new() { Path = Screenshots.PathFor("library-suggestion-picked.png") });

        var admin = await SignIn.AsAsync(browser, baseUrl, "admin", JixiaoAppFactory.AdminPassword, 1366, 900);
        await admin.GotoAsync($"{baseUrl}/Library?Region={region}&Q=满意");
        Assert.True(await admin.Locator("#library-list tbody tr").CountAsync() > 0);
        Assert.True(await admin.Locator("#library-list svg.boxplot").CountAsync() > 0);
        await admin.Locator("#library-list tbody tr a").First.ClickAsync();
        await admin.Locator("#library-details").WaitForAsync();
        Assert.True(await admin.Locator("#curation-form").IsVisibleAsync());
        await admin.ScreenshotAsync(new() { Path = Screenshots.PathFor("library-page.png"), FullPage = true });
        Assert.Empty(errors);
    }
}
