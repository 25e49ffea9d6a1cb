using Microsoft.Playwright;

namespace Jixiao.Browser.Tests;

/// <summary>
/// Under the Content-Security-Policy (script only from the site's files) the pages' behaviours still work in a real
/// browser — a picker submits its form, the unit filter narrows the list, htmx previews an upload — and the browser
/// reports no blocked script.
/// </summary>
public sealed class SiteScriptBrowserTests
{
    [SkippableFact]
    public async Task PagesWork_UnderTheContentSecurityPolicy_WithNoViolation()
    {
        Chromium.EnsureAvailable();
        await using var database = new SqliteTestDatabase();
        await using var factory = new JixiaoAppFactory(database.Connection);
        var baseUrl = LiveApp.Start(factory);

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await Chromium.LaunchAsync(playwright);
        var page = await browser.NewPageAsync(new() { Locale = "zh-CN" });
        var violations = new List<string>();
        page.Console += (_, m) =>
        {
            if (m.Text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase))
            {
                violations.Add(m.Text);
            }
        };
        page.PageError += (_, e) => violations.Add(e);

        await page.GotoAsync(baseUrl + "/Account/Login");
        await page.FillAsync("#Input_UserName", "admin");
        await page.FillAsync("#Input_Password", JixiaoAppFactory.AdminPassword);
        await page.ClickAsync("button[type=submit]");
        await page.WaitForSelectorAsync("#units");

        var projectId = await factory.ProjectIdAsync("中小学校舍维修改造");
        await page.GotoAsync($"{baseUrl}/Projects/{projectId}/Monitoring");
        await page.SelectOptionAsync("select[data-autosubmit][name=month]", "3");
        await page.WaitForURLAsync(url => url.Contains("month=3", StringComparison.Ordinal));

        await page.GotoAsync(baseUrl + "/Users/Create");
        var all = await page.Locator("#unit-picker [data-unit]").CountAsync();
        await page.FillAsync("#unit-filter", "401001");
        await page.WaitForFunctionAsync("() => document.querySelectorAll('#unit-picker [data-unit]:not([hidden])').length === 1");
        Assert.True(all > 1);

        await page.GotoAsync(baseUrl + "/Import");
        await page.SetInputFilesAsync("input[type=file]", new FilePayload
        {
            Name = "demo.txt", MimeType = "text/plain",
            Buffer = await File.ReadAllBytesAsync(Path.Combine(Jixiao.Tests.TestFiles.RepositoryRoot, "samples", "示例-区财政局2024年部门预算绩效文本.txt")),
        });
        await page.ClickAsync("#preview-button");
        await page.WaitForSelectorAsync("#confirm");
        Assert.Contains("导入后：", await page.InnerTextAsync("#preview"), StringComparison.Ordinal);

        Assert.Empty(violations);
    }
}
