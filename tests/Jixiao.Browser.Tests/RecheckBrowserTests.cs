using Jixiao.Tests;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Jixiao.Browser.Tests;

/// <summary>
/// 复核 of a published 自评表 in a real browser: from 执行与评价 to the 复核 page, upload the Yongde 2022 table (.xlsx,
/// amounts in 元), see the money unit and where it was read, every row recomputed against the printed score and the
/// total 99.80 against the published 96.00; switch to 打分 without uploading again. Screenshot:
/// TestResults/screenshots/recheck.png.
/// </summary>
public sealed class RecheckBrowserTests
{
    [SkippableFact]
    public async Task Reviewer_UploadsAPublishedTable_SeesRecomputedAgainstPublished_AndSwitchesMode()
    {
        Chromium.EnsureAvailable();
        await using var database = await DemoDatabase.SqliteAsync();
        await using var factory = new JixiaoAppFactory(database.Connection);
        factory.UseKestrel(0);
        factory.StartServer();
        var baseUrl = factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First().TrimEnd('/');

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await Chromium.LaunchAsync(playwright);
        var page = await (await browser.NewContextAsync(new() { ViewportSize = new() { Width = 1400, Height = 1000 }, Locale = "zh-CN" })).NewPageAsync();
        await page.GotoAsync(baseUrl + "/");
        await page.FillAsync("#Input_UserName", "admin");
        await page.FillAsync("#Input_Password", JixiaoAppFactory.AdminPassword);
        await page.ClickAsync("button[type=submit]");
        await page.WaitForSelectorAsync("#units");

        await page.GotoAsync(baseUrl + "/Execution");
        await page.ClickAsync("#recheck-link");
        await page.WaitForSelectorAsync("#recheck-form");
        await page.SetInputFilesAsync("input[name=Upload]", TestFiles.Fixture(Path.Combine("EvaluationCorpus", "se01-yunnan-yongde-2022.xlsx")));
        await page.ClickAsync("#recheck-button");
        await page.WaitForSelectorAsync("section.rechecked");

        Assert.StartsWith("金额单位：元（取自“项目资金 (元)”", (await page.InnerTextAsync("[data-field=money-unit]")).Trim(), StringComparison.Ordinal);
        Assert.Equal("99.80", (await page.InnerTextAsync("[data-field=total]")).Trim());
        Assert.Equal("96.00", (await page.InnerTextAsync("[data-field=declared-total]")).Trim());
        Assert.Equal("3.00", (await page.InnerTextAsync("tr[data-row='3'] [data-field=difference]")).Trim());
        Assert.Contains("不可复核", await page.InnerTextAsync("tr[data-row='5']"), StringComparison.Ordinal);
        await page.ScreenshotAsync(new() { Path = Screenshots.PathFor("recheck.png"), FullPage = true });

        await page.SelectOptionAsync("#recheck-mode", "score");
        await page.ClickAsync("#recheck-button");
        await page.WaitForSelectorAsync("section.rechecked");
        Assert.Contains("打分模式", await page.InnerTextAsync("section.rechecked"), StringComparison.Ordinal);
        Assert.Equal(0, await page.Locator("[data-field=declared-total]").CountAsync());
    }
}
