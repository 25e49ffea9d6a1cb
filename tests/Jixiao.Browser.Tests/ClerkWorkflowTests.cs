using Jixiao.Domain;
using Jixiao.Tests;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace Jixiao.Browser.Tests;

/// <summary>
/// A clerk's session in a real browser: log in, import a department text, open a project, see the finding on the
/// 指标值 cell, fix the value in the form, save, and see the finding gone. Screenshots of the dashboard and the
/// project page are saved under TestResults/screenshots.
/// </summary>
public sealed class ClerkWorkflowTests
{
    [SkippableFact]
    public async Task Clerk_ImportsADepartmentText_FixesTheFlaggedTarget_AndTheFindingDisappears()
    {
        Chromium.EnsureAvailable();
        await using var database = await DemoDatabase.SqliteAsync();
        await using var factory = new JixiaoAppFactory(database.Connection);
        var baseUrl = LiveApp.Start(factory);

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await Chromium.LaunchAsync(playwright);
        var page = await browser.NewPageAsync(new() { ViewportSize = new() { Width = 1400, Height = 1000 }, Locale = "zh-CN" });

        await page.GotoAsync(baseUrl + "/");
        Assert.Contains("/Account/Login", page.Url, StringComparison.Ordinal);
        await page.FillAsync("#Input_UserName", "admin");
        await page.FillAsync("#Input_Password", JixiaoAppFactory.AdminPassword);
        await page.ClickAsync("button[type=submit]");
        await page.WaitForSelectorAsync("#units");
        Assert.Contains("长安区教育局本级", await page.ContentAsync(), StringComparison.Ordinal);
        await page.ScreenshotAsync(new() { Path = Screenshots.PathFor("dashboard.png"), FullPage = true });

        await page.GotoAsync(baseUrl + "/Import");
        await page.SetInputFilesAsync("input[type=file]", TestFiles.DepartmentTextPath);
        await page.ClickAsync("#preview-button");
        await page.WaitForSelectorAsync("#confirm");
        Assert.Contains("173.67", await page.InnerTextAsync("#preview"), StringComparison.Ordinal);
        await page.ClickAsync("#confirm");
        await page.WaitForSelectorAsync("#import-results");
        Assert.Contains("新增 10 个项目", await page.InnerTextAsync("#import-results"), StringComparison.Ordinal);

        // Table 1 (文物安全巡查经费), row 9 (群众满意率 "100百分比"): the review flags a 100% satisfaction target (VAL-11).
        var projectId = await factory.QueryAsync(db => db.Projects.Where(p => p.FiscalYear == 2023 && p.Versions.Any(v => v.Sequence == 1)).Select(p => p.Id).SingleAsync());
        await page.GotoAsync($"{baseUrl}/Projects/{projectId}");
        var cell = page.Locator("tr[data-row='9'] td[data-field='指标值']");
        Assert.Contains("100百分比", await cell.InnerTextAsync(), StringComparison.Ordinal);
        Assert.Matches("has-(error|warning)", await cell.GetAttributeAsync("class") ?? string.Empty);
        Assert.Equal(1, await cell.Locator("a.marker[data-rule='VAL-11']").CountAsync());
        Assert.Contains(RuleTitles.Of("VAL-11"), await page.InnerTextAsync("#findings"), StringComparison.Ordinal);
        Assert.DoesNotContain("VAL-11", await page.InnerTextAsync("main"), StringComparison.Ordinal); // users read the title, not our id
        await page.ScreenshotAsync(new() { Path = Screenshots.PathFor("project.png"), FullPage = true });

        await page.ClickAsync("text=编辑");
        await page.FillAsync("input[name='Form.Indicators[8].Target']", "≥90%");
        await page.ClickAsync("#save");
        await page.WaitForSelectorAsync("text=已保存为第 2 版");
        cell = page.Locator("tr[data-row='9'] td[data-field='指标值']");
        Assert.Contains("≥90%", await cell.InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal(0, await cell.Locator("a.marker[data-rule='VAL-11']").CountAsync());
        Assert.DoesNotContain(RuleTitles.Of("VAL-11"), await page.InnerTextAsync("main"), StringComparison.Ordinal);
        await page.ScreenshotAsync(new() { Path = Screenshots.PathFor("project-fixed.png"), FullPage = true });
    }
}
