using System.IO.Compression;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Jixiao.Browser.Tests;

/// <summary>
/// A clerk's year-end self-evaluation in a real browser: log in, open a demo project's 自评 page, enter the actual
/// values and a reason for the shortfall, save, see the score with its formulas and the grade, and download the
/// 自评表 as Word. Screenshot: TestResults/screenshots/self-evaluation.png.
/// </summary>
public sealed class SelfEvaluationBrowserTests
{
    [SkippableFact]
    public async Task Clerk_EntersSelfEvaluation_SeesScoreAndGrade_AndDownloadsTheWordForm()
    {
        Chromium.EnsureAvailable();
        await using var database = await DemoDatabase.SqliteAsync();
        await using var factory = new JixiaoAppFactory(database.Connection);
        factory.UseKestrel(0);
        factory.StartServer();
        var baseUrl = factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First().TrimEnd('/');
        var projectId = await factory.ProjectIdAsync("财政信息化运维经费");

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await Chromium.LaunchAsync(playwright);
        var context = await browser.NewContextAsync(new() { ViewportSize = new() { Width = 1400, Height = 1000 }, Locale = "zh-CN", AcceptDownloads = true });
        var page = await context.NewPageAsync();

        await page.GotoAsync(baseUrl + "/");
        await page.FillAsync("#Input_UserName", "admin");
        await page.FillAsync("#Input_Password", JixiaoAppFactory.AdminPassword);
        await page.ClickAsync("button[type=submit]");
        await page.WaitForSelectorAsync("#units");

        // From the project page to its 自评 page.
        await page.GotoAsync($"{baseUrl}/Projects/{projectId}");
        await page.ClickAsync("#execution-links >> text=自评");
        await page.WaitForSelectorAsync("#selfeval-form");

        // 产出 50 over 4 rows (12.5 each), 效益 30 over 2, 满意度 10; B = A → 10. Row 1: 12.5 × 90 ÷ 120 = 9.38.
        // Total 10 + 9.38 + 37.5 + 30 + 10 = 96.88 → 优.
        string[] actuals = ["90个", "99.8%", "1.5小时", "36.5万元", "1天", "100%", "93%"];
        await page.FillAsync("input[name='Input.Spent']", "36.50");
        for (var i = 0; i < actuals.Length; i++)
        {
            await page.FillAsync($"input[name='Input.Indicators[{i}].Actual']", actuals[i]);
        }

        await page.FillAsync("textarea[name='Input.Indicators[0].DeviationReason']", "部分预算单位下半年才接入，明年扩大覆盖");
        await page.FillAsync("textarea[name='Input.ActualOutcome']", "系统全年稳定运行，等保问题全部整改");
        await page.ClickAsync("#save");
        await page.WaitForSelectorAsync("#saved");
        Assert.Equal("96.88", (await page.InnerTextAsync("#total")).Trim());
        Assert.Equal("优", (await page.InnerTextAsync("#grade")).Trim());
        Assert.Contains("得分 = 分值 12.5 × 实际 90 ÷ 目标 120 = 9.38", await page.InnerTextAsync("#selfeval-indicators"), StringComparison.Ordinal);
        await page.ScreenshotAsync(new() { Path = Screenshots.PathFor("self-evaluation.png"), FullPage = true });

        var download = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("#download-docx"));
        Assert.EndsWith(".docx", download.SuggestedFilename, StringComparison.Ordinal);
        var path = Path.Combine(Jixiao.Tests.TestFiles.TempDirectory(), "自评表.docx");
        await download.SaveAsAsync(path);
        using var zip = ZipFile.OpenRead(path);
        using var reader = new StreamReader(zip.GetEntry("word/document.xml")!.Open());
        var xml = await reader.ReadToEndAsync();
        Assert.Contains("项目支出绩效自评表", xml, StringComparison.Ordinal);
        Assert.Contains("96.88", xml, StringComparison.Ordinal);
        Assert.Contains("9.38", xml, StringComparison.Ordinal);
        Assert.Equal(96.88m, await factory.QueryAsync(db => db.SelfEvaluations.Where(s => s.ProjectId == projectId).Select(s => s.TotalScore).SingleAsync()));

        // The same project's 1–6月 monitoring (the demo's example) and the unit view, for the screenshots.
        await page.ClickAsync("#project-tabs >> text=监控");
        await page.WaitForSelectorAsync("#project-light");
        Assert.Equal("绿灯", (await page.InnerTextAsync("#project-light")).Trim());
        await page.ScreenshotAsync(new() { Path = Screenshots.PathFor("monitoring.png"), FullPage = true });
        await page.ClickAsync("#project-tabs >> text=单位执行与评价");
        await page.WaitForSelectorAsync("#overview");
        Assert.Contains("96.88", await page.InnerTextAsync("#overview"), StringComparison.Ordinal);
        await page.ScreenshotAsync(new() { Path = Screenshots.PathFor("execution-overview.png"), FullPage = true });
    }
}
