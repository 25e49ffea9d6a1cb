using Jixiao.Tests;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace Jixiao.Browser.Tests;

/// <summary>
/// A published goal table of another province's layout imported in a real browser: the preview shows how each
/// column was read with a drop-down per column, a correction is applied and saved as the region's layout, and the
/// project page shows the table's 分值 column. Screenshots under TestResults/screenshots (import-mapping.png).
/// </summary>
public sealed class ImportMappingBrowserTests
{
    [SkippableFact]
    public async Task ProvincialTable_PreviewShowsTheMapping_AUserCorrectsAColumn_AndImports()
    {
        Chromium.EnsureAvailable();
        await using var database = await DemoDatabase.SqliteAsync();
        await using var factory = new JixiaoAppFactory(database.Connection);
        var baseUrl = LiveApp.Start(factory);

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await Chromium.LaunchAsync(playwright);
        var page = await browser.NewPageAsync(new() { ViewportSize = new() { Width = 1400, Height = 1000 }, Locale = "zh-CN" });
        await page.GotoAsync(baseUrl + "/Account/Login");
        await page.FillAsync("#Input_UserName", "admin");
        await page.FillAsync("#Input_Password", JixiaoAppFactory.AdminPassword);
        await page.ClickAsync("button[type=submit]");
        await page.WaitForSelectorAsync("#units");

        await page.GotoAsync(baseUrl + "/Import");
        await page.SetInputFilesAsync("input[type=file]", TestFiles.Fixture(Path.Combine("corpus", "neimenggu-wuhai-2021-zaisheng.xlsx")));
        await page.FillAsync("input[name=Region]", "150300");
        await page.ClickAsync("#preview-button");
        await page.WaitForSelectorAsync("#remap-form");

        var mapping = page.Locator("table.mapping-columns");
        var direction = mapping.Locator("tr", new() { HasText = "指标方向" });
        Assert.Equal("Comparator", await direction.Locator("select").InputValueAsync());
        Assert.Contains("内容不是计算符号", await mapping.Locator("tr", new() { HasText = "指标性质" }).InnerTextAsync(), StringComparison.Ordinal);
        Assert.Contains("没有项目编码", await page.InnerTextAsync("#preview"), StringComparison.Ordinal);

        // The user says 备注 is not to be kept, and saves that as the region's layout.
        await mapping.Locator("tr", new() { HasText = "备注" }).Locator("select").SelectOptionAsync("Ignore");
        await page.FillAsync("input[name=SaveAs]", "乌海申报表");
        await page.ClickAsync("#save-layout");
        await page.WaitForSelectorAsync("text=已保存版式方案“乌海申报表”");
        var remark = page.Locator("table.mapping-columns tr", new() { HasText = "备注" });
        Assert.Equal("Ignore", await remark.Locator("select").InputValueAsync());
        Assert.Contains("用户指定", await remark.InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal(1, await factory.QueryAsync(db => db.LayoutProfiles.CountAsync(p => p.RegionCode == "150300" && p.Name == "乌海申报表")));
        await page.ScreenshotAsync(new() { Path = Screenshots.PathFor("import-mapping.png"), FullPage = true });

        await page.ClickAsync("#confirm");
        await page.WaitForSelectorAsync("#import-results");
        Assert.Contains("新增 1 个项目", await page.InnerTextAsync("#import-results"), StringComparison.Ordinal);

        var projectId = await factory.QueryAsync(db => db.Projects.Where(p => p.FiscalYear == 2021 && p.Code == "").Select(p => p.Id).SingleAsync());
        await page.GotoAsync($"{baseUrl}/Projects/{projectId}");
        Assert.Contains("未填写", await page.InnerTextAsync("td[data-field='项目编码']"), StringComparison.Ordinal);
        Assert.Equal("4", await page.Locator("tr[data-row='1'] td[data-field='分值']").InnerTextAsync());
        Assert.Contains("指标性质：正向", await page.InnerTextAsync("tr[data-row='1'] td[data-field='其他']"), StringComparison.Ordinal);
        await page.ScreenshotAsync(new() { Path = Screenshots.PathFor("import-mapping-project.png"), FullPage = true });

        // Every page of a project without a code opens.
        foreach (var tab in new[] { "Execution", "Monitoring", "SelfEvaluation", "Edit" })
        {
            var response = await page.GotoAsync($"{baseUrl}/Projects/{projectId}/{tab}");
            Assert.True(response!.Ok, $"{tab}: HTTP {response.Status}");
        }

        Assert.Equal(string.Empty, await page.InputValueAsync("input[name='Form.Code']"));
    }
}
