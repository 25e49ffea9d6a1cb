using Jixiao.Application.Users;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Jixiao.Browser.Tests;

/// <summary>
/// The review loop in a real browser (issue 8): a clerk submits, a reviewer returns with a comment on a cell, the
/// clerk answers, fixes the value and resubmits, the reviewer resolves the comment, approves and publishes, and an
/// anonymous visitor reads the document at /gongkai. Screenshots go to TestResults/screenshots.
/// </summary>
public sealed class ReviewWorkflowTests
{
    [SkippableFact]
    public async Task Clerk_Submits_ReviewerReturnsWithCellComment_ClerkFixes_ReviewerApprovesAndPublishes_VisitorReadsGongkai()
    {
        Chromium.EnsureAvailable();
        await using var database = await DemoDatabase.SqliteAsync();
        await using var factory = new JixiaoAppFactory(database.Connection);
        var baseUrl = LiveApp.Start(factory);

        // A demo document without blocking errors, its first project and that project's unit.
        var (documentId, projectId, projectCode, unitCode) = await factory.QueryAsync(async db =>
        {
            var id = await Jixiao.Application.Review.ReviewQueries.LatestRuns(db).Where(r => r.ErrorCount == 0).OrderBy(r => r.DocumentId).Select(r => r.DocumentId).FirstAsync();
            var p = await db.Projects.Where(x => x.DocumentId == id).OrderBy(x => x.Id).Select(x => new { x.Id, x.Code, Unit = x.Unit!.Code }).FirstAsync();
            return (id, p.Id, p.Code, p.Unit);
        });
        await factory.CreateUserAsync("clerk", Roles.UnitEditor, unitCode);
        await factory.CreateUserAsync("checker", Roles.Reviewer);

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await Chromium.LaunchAsync(playwright);
        var clerk = await SignIn.AsAsync(browser, baseUrl, "clerk", JixiaoAppFactory.UserPassword);
        var checker = await SignIn.AsAsync(browser, baseUrl, "checker", JixiaoAppFactory.UserPassword);
        var workflowUrl = $"{baseUrl}/Documents/{documentId}/Workflow";

        // Clerk submits.
        await clerk.GotoAsync(workflowUrl);
        await clerk.ClickAsync("#action-Submit button[type=submit]");
        await ConfirmAsync(clerk);
        await StateIsAsync(clerk, "已提交");

        // Reviewer comments on the 指标值 cell of row 1 and returns with grade 中.
        await checker.GotoAsync(workflowUrl);
        await checker.SelectOptionAsync("#comment-form select[name=projectCode]", projectCode);
        await checker.FillAsync("#comment-form input[name=indicatorRow]", "1");
        await checker.SelectOptionAsync("#comment-form select[name=field]", "指标值");
        await checker.FillAsync("#comment-form textarea[name=text]", "指标值应为可衡量的比例，请按上年实际填写");
        await checker.ClickAsync("#comment-form button[type=submit]");
        await checker.WaitForSelectorAsync("#done");
        await checker.SelectOptionAsync("#action-Return select[name=grade]", "Fair");
        await checker.FillAsync("#action-Return textarea[name=comment]", "请按单元格意见修改后重新报送");
        await checker.ClickAsync("#action-Return button[type=submit]");
        await StateIsAsync(checker, "已退回");
        Assert.Contains("修改绩效目标并重新报送", await checker.InnerTextAsync("#decision"), StringComparison.Ordinal);

        // Clerk sees the comment on the cell, answers it, fixes the value and resubmits.
        await clerk.GotoAsync($"{baseUrl}/Projects/{projectId}");
        var cell = clerk.Locator("tr[data-row='1'] td[data-field='指标值']");
        Assert.Equal(1, await cell.Locator("a.comment-marker").CountAsync());
        Assert.Contains("请按上年实际填写", await clerk.InnerTextAsync("#comments"), StringComparison.Ordinal);
        await clerk.ScreenshotAsync(new() { Path = Screenshots.PathFor("workflow-returned-comment.png"), FullPage = true });
        await clerk.FillAsync("#comments .reply-form input[name=Text]", "已按上年实际改为≥95%");
        await clerk.ClickAsync("#comments .reply-form button[type=submit]");
        await clerk.WaitForSelectorAsync("#done");
        await clerk.GotoAsync($"{baseUrl}/Projects/{projectId}/Edit");
        await clerk.FillAsync("input[name='Form.Indicators[0].Target']", "≥95%");
        await clerk.ClickAsync("#save");
        await clerk.WaitForSelectorAsync("text=已保存为第 2 版");
        await clerk.GotoAsync(workflowUrl);
        await clerk.ClickAsync("#action-Submit button[type=submit]");
        await ConfirmAsync(clerk);
        await StateIsAsync(clerk, "已提交");

        // Reviewer confirms the answer, approves with 良 and publishes.
        await checker.GotoAsync(workflowUrl);
        Assert.Contains("已按上年实际改为≥95%", await checker.InnerTextAsync("#comments"), StringComparison.Ordinal);
        await checker.ClickAsync("#comments button:has-text('确认已解决')");
        await checker.WaitForSelectorAsync("#done");
        await checker.SelectOptionAsync("#action-Approve select[name=grade]", "Good");
        await checker.ClickAsync("#action-Approve button[type=submit]");
        await ConfirmAsync(checker);
        await StateIsAsync(checker, "已批复");
        await checker.ClickAsync("#action-Publish button[type=submit]");
        await ConfirmAsync(checker);
        await StateIsAsync(checker, "已公开");
        await checker.ScreenshotAsync(new() { Path = Screenshots.PathFor("workflow-published.png"), FullPage = true });

        // An anonymous visitor finds it at /gongkai and reads the corrected table; no internal comment is shown.
        var visitorContext = await browser.NewContextAsync(new() { Locale = "zh-CN", ViewportSize = new() { Width = 1400, Height = 1000 } });
        var visitor = await visitorContext.NewPageAsync();
        await visitor.GotoAsync($"{baseUrl}/gongkai");
        await visitor.ClickAsync($"a[href='/gongkai/{documentId}']");
        await visitor.WaitForSelectorAsync("#public-document");
        var text = await visitor.InnerTextAsync("#public-document");
        Assert.Contains(projectCode, text, StringComparison.Ordinal);
        Assert.Contains("≥95%", text, StringComparison.Ordinal);
        Assert.DoesNotContain("请按上年实际填写", await visitor.ContentAsync(), StringComparison.Ordinal);
        await visitor.ScreenshotAsync(new() { Path = Screenshots.PathFor("gongkai.png"), FullPage = true });
    }

    /// <summary>The workflow page after an action shows <paramref name="state"/>. The page before it may already show a
    /// notice (#done, e.g. of a comment marked resolved), so waiting for the notice could read the old page's state
    /// while the form is still posting: the state itself is awaited, up to the tests' time limit.</summary>
    private static async Task StateIsAsync(IPage page, string state)
    {
        await Expect(page.Locator("#state")).ToHaveTextAsync(state, new() { Timeout = 30_000 });
        Assert.Equal(state, await page.InnerTextAsync("#state"));
        Assert.True(await page.Locator("#done").IsVisibleAsync(), "the action's notice is shown");
    }

    /// <summary>提交, 批复 and 公开 ask first; the test confirms as a user would.</summary>
    private static async Task ConfirmAsync(IPage page)
    {
        await page.Locator("#confirm-dialog").WaitForAsync(new() { State = WaitForSelectorState.Visible });
        await page.ClickAsync("#confirm-ok");
    }
}
