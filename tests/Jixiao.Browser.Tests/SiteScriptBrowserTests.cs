using System.Text;
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
        page.Console += (_, m) =>
        {
            if (m.Type == "error")
            {
                violations.Add(m.Text);
            }
        };

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
        // Narrowed on screen, not only marked: the labels left out are not drawn.
        await page.WaitForFunctionAsync("() => [...document.querySelectorAll('#unit-picker [data-unit]')].filter(l => l.getClientRects().length > 0).length === 1");
        Assert.True(all > 1);
        Assert.True(await page.Locator("#unit-picker [data-unit]").Filter(new() { HasText = "401001" }).IsVisibleAsync());

        // Changing the region loads that region's units (htmx) with no error, and the filter still applies.
        // (With one region, “全部区划” lists that region's units again.)
        await page.RunAndWaitForResponseAsync(() => page.SelectOptionAsync("select[name='Form.RegionCode']", ""), r => r.Url.Contains("handler=Units", StringComparison.Ordinal));
        await page.RunAndWaitForResponseAsync(() => page.SelectOptionAsync("select[name='Form.RegionCode']", "130102"), r => r.Url.Contains("handler=Units", StringComparison.Ordinal));
        await page.WaitForSelectorAsync("#unit-picker [data-unit]", new() { State = WaitForSelectorState.Attached });
        await page.WaitForFunctionAsync("() => [...document.querySelectorAll('#unit-picker [data-unit]')].filter(l => l.getClientRects().length > 0).length === 1");

        // The demo data holds the sample already: one project renamed makes a file that changes something.
        var sample = await File.ReadAllTextAsync(Path.Combine(Jixiao.Tests.TestFiles.RepositoryRoot, "samples", "示例-区财政局2024年部门预算绩效文本.txt"));
        var changedSample = Encoding.UTF8.GetBytes(sample.Replace("财政信息化运维经费", "财政信息化运维服务经费", StringComparison.Ordinal));
        await page.GotoAsync(baseUrl + "/Import");
        await page.SetInputFilesAsync("input[type=file]", new FilePayload
        {
            Name = "demo.txt", MimeType = "text/plain",
            Buffer = changedSample,
        });
        await page.ClickAsync("#preview-button");
        await page.WaitForSelectorAsync("#confirm");
        Assert.Contains("导入后：", await page.InnerTextAsync("#preview"), StringComparison.Ordinal);
        // While htmx sent the file the button was disabled and the busy note shown; both are back to rest.
        Assert.Equal("find button", await page.GetAttributeAsync("#upload-form", "hx-disabled-elt"));
        Assert.True(await page.IsEnabledAsync("#preview-button"));
        Assert.False(await page.IsVisibleAsync("#upload-busy"));

        // Confirmed: links to the imported document and its region and year. The same file again changes nothing.
        await page.ClickAsync("#confirm");
        await page.WaitForSelectorAsync("#import-results");
        Assert.StartsWith("/Documents/", await page.GetAttributeAsync("#import-results a.imported-document", "href"), StringComparison.Ordinal);
        Assert.Matches("^/\\?region=\\d{6}&year=\\d{4}$", await page.GetAttributeAsync("#import-results a.imported-scope", "href") ?? string.Empty);
        await page.SetInputFilesAsync("input[type=file]", new FilePayload
        {
            Name = "demo.txt", MimeType = "text/plain",
            Buffer = changedSample,
        });
        await page.ClickAsync("#preview-button");
        await page.WaitForSelectorAsync("#nothing-changes");
        await page.ScreenshotAsync(new() { Path = Screenshots.PathFor("import-nothing-changes.png"), FullPage = true });

        Assert.Empty(violations);
    }
}
