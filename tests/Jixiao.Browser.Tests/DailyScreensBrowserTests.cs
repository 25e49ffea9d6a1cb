using System.Text.RegularExpressions;
using Jixiao.Application.Users;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace Jixiao.Browser.Tests;

/// <summary>
/// The daily screens of a finance bureau (issue 18) in a real browser at 1366 px: every page as administrator,
/// reviewer and clerk without console errors, failed requests (favicon included), template text, internal notes or a
/// horizontal scrollbar, the current page marked in the navigation, and a screenshot of each under
/// TestResults/screenshots; the workflow page asks before 提交/批复/公开, says who acts next and shows refusals red.
/// </summary>
public sealed partial class DailyScreensBrowserTests
{
    private const int Width = 1366;

    [SkippableFact]
    public async Task EveryPage_AsEachRole_HasNoConsoleError_TemplateText_InternalNote_OrHorizontalScroll()
    {
        Chromium.EnsureAvailable();
        await using var database = await DemoDatabase.SqliteAsync();
        await using var factory = new JixiaoAppFactory(database.Connection);
        var baseUrl = LiveApp.Start(factory);
        var (documentId, projectId, unitId, unitCode) = await DemoDocumentAsync(factory);
        await factory.CreateUserAsync("clerk", Roles.UnitEditor, unitCode);
        await factory.CreateUserAsync("checker", Roles.Reviewer);

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await Chromium.LaunchAsync(playwright);
        string[] common =
        [
            "/", "/Review", "/Execution", "/Execution/Recheck", "/Documents", "/gongkai", $"/Documents/{documentId}/Workflow",
            $"/Documents/{documentId}/Audit", $"/Projects/{projectId}", $"/Projects/{projectId}/Monitoring",
            $"/Projects/{projectId}/SelfEvaluation", $"/Projects/{projectId}/Execution", $"/Units/{unitId}", "/Users/Password",
        ];
        var tours = new (string Role, string User, string Password, string[] Pages)[]
        {
            ("admin", "admin", JixiaoAppFactory.AdminPassword, [.. common, "/Import", "/Payments/Import", "/Users", "/Users/Create", "/Audit", "/Audit/Integrity", "/Execution/Settings/130102"]),
            ("reviewer", "checker", JixiaoAppFactory.UserPassword, common),
            ("clerk", "clerk", JixiaoAppFactory.UserPassword, [.. common, "/Import", "/Payments/Import", $"/Projects/{projectId}/Edit", $"/Documents/{documentId}/EditPart1"]),
        };

        var problems = new List<string>();
        var visited = 0;
        foreach (var (role, user, password, pages) in tours)
        {
            var page = await SignIn.AsAsync(browser, baseUrl, user, password, Width, 900);
            var failures = new List<string>();
            page.Console += (_, m) => { if (m.Type == "error") { failures.Add("控制台错误：" + m.Text); } };
            page.Response += (_, r) => { if (r.Status >= 400) { failures.Add($"请求失败 {r.Status}：{r.Url}"); } };
            foreach (var path in pages)
            {
                failures.Clear();
                var response = await page.GotoAsync(baseUrl + path);
                await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
                var slug = Regex.Replace(path.Trim('/'), "[^A-Za-z0-9]+", "-");
                var name = $"tour-{role}-{(slug.Length > 0 ? slug : "home")}.png";
                await page.ScreenshotAsync(new() { Path = Screenshots.PathFor(name), FullPage = true });
                visited++;
                var text = await page.InnerTextAsync("body");
                var where = $"{role} {path}";
                if (response is null || response.Status >= 400) { problems.Add($"{where}：状态 {response?.Status}"); }
                problems.AddRange(failures.Select(f => $"{where}：{f}"));
                if (TemplateText().Match(text) is { Success: true } t) { problems.Add($"{where}：页面显示模板代码“{t.Value}”"); }
                if (InternalNote().Match(text) is { Success: true } i) { problems.Add($"{where}：页面引用内部编号“{i.Value}”"); }
                var widths = await page.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]");
                var (scrollWidth, clientWidth) = (widths[0], widths[1]);
                if (scrollWidth > clientWidth) { problems.Add($"{where}：{Width} px 下出现横向滚动条（内容宽 {scrollWidth} px）"); }
                var marked = await page.EvalOnSelectorAllAsync<string[]>("header nav a[aria-current=page]", "links => links.map(a => a.getAttribute('href'))");
                var expected = ExpectedNavigation(path);
                if (expected is not null && (marked.Length != 1 || marked[0] != expected)) { problems.Add($"{where}：导航应标出 {expected}，实际 [{string.Join(",", marked)}]"); }
            }

            await page.Context.CloseAsync();
        }

        Assert.True(problems.Count == 0, string.Join('\n', problems));
        Assert.True(visited >= 45, $"只访问了 {visited} 个页面");
    }

    [SkippableFact]
    public async Task Charts_ColourByMeaning_AuditAndReviewColumns_DoNotWrapCharacterByCharacter()
    {
        Chromium.EnsureAvailable();
        await using var database = await DemoDatabase.SqliteAsync();
        await using var factory = new JixiaoAppFactory(database.Connection);
        var baseUrl = LiveApp.Start(factory);
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await Chromium.LaunchAsync(playwright);
        var page = await SignIn.AsAsync(browser, baseUrl, "admin", JixiaoAppFactory.AdminPassword, Width, 900);

        await page.GotoAsync(baseUrl + "/Execution");
        var fills = await page.EvalOnSelectorAllAsync<string[]>("#chart-grades rect.chart-bar, #chart-lights rect.chart-bar",
            "bars => bars.map(b => b.getAttribute('class').split(' ')[1] + '=' + getComputedStyle(b).fill)");
        var byTone = fills.Select(f => f.Split('=')).ToDictionary(p => p[0], p => p[1]);
        Assert.Equal("rgb(46, 125, 50)", byTone["chart-grade-Excellent"]);
        Assert.Equal("rgb(198, 40, 40)", byTone["chart-grade-Poor"]);
        Assert.Equal("rgb(67, 160, 71)", byTone["chart-light-green"]);
        Assert.Equal("rgb(251, 192, 45)", byTone["chart-light-yellow"]);
        Assert.Equal("rgb(229, 57, 53)", byTone["chart-light-red"]);
        await page.Locator("#overview-charts").ScreenshotAsync(new() { Path = Screenshots.PathFor("charts-by-meaning.png") });
        Assert.Contains("监控节点 1–6月（设置）", await page.InnerTextAsync("main"), StringComparison.Ordinal);

        // The audit log has long values: short columns keep their words on one line.
        await page.GotoAsync(baseUrl + "/Audit");
        var heights = await page.EvalOnSelectorAllAsync<double[]>("#audit thead th", "ths => ths.map(th => th.getBoundingClientRect().height)");
        var rowHeight = await page.EvalOnSelectorAsync<double>("#audit thead th", "th => parseFloat(getComputedStyle(th).lineHeight) + 14");
        Assert.All(heights, h => Assert.True(h <= rowHeight, $"审计日志表头折行：高 {h} px"));
        await page.ScreenshotAsync(new() { Path = Screenshots.PathFor("audit-columns.png"), FullPage = false });

        await page.GotoAsync(baseUrl + "/Review");
        var severity = page.Locator("#finding-list thead th", new() { HasTextString = "严重程度" });
        var box = await severity.BoundingBoxAsync();
        Assert.NotNull(box);
        Assert.True(box.Height < 40 && box.Width > 56, $"严重程度列 {box.Width}×{box.Height} px");
        await page.ScreenshotAsync(new() { Path = Screenshots.PathFor("review-severity-column.png"), FullPage = false });
    }

    [SkippableFact]
    public async Task WorkflowPage_AsksBeforeSubmitAndApprove_ByKeyboard_SaysWhoActsNext_AndShowsRefusalsAsRedAlerts()
    {
        Chromium.EnsureAvailable();
        await using var database = await DemoDatabase.SqliteAsync();
        await using var factory = new JixiaoAppFactory(database.Connection);
        var baseUrl = LiveApp.Start(factory);
        var (documentId, projectId, unitId, unitCode) = await DemoDocumentAsync(factory);
        await factory.CreateUserAsync("clerk", Roles.UnitEditor, unitCode);
        await factory.CreateUserAsync("checker", Roles.Reviewer);
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await Chromium.LaunchAsync(playwright);
        var clerk = await SignIn.AsAsync(browser, baseUrl, "clerk", JixiaoAppFactory.UserPassword, Width, 900);
        var workflowUrl = $"{baseUrl}/Documents/{documentId}/Workflow";

        await clerk.GotoAsync(workflowUrl);
        Assert.Equal("待 单位填报人员 提交", await clerk.InnerTextAsync("#next-step strong"));
        Assert.Equal($"/Units/{unitId}", new Uri(baseUrl + await clerk.GetAttributeAsync("#document-link", "href")).AbsolutePath);

        // 提交 opens the dialog; Esc cancels and nothing changes.
        await clerk.ClickAsync("#action-Submit button[type=submit]");
        var dialog = clerk.Locator("#confirm-dialog");
        await dialog.WaitForAsync(new() { State = WaitForSelectorState.Visible });
        Assert.Contains("提交后内容锁定", await dialog.InnerTextAsync(), StringComparison.Ordinal);
        await clerk.ScreenshotAsync(new() { Path = Screenshots.PathFor("workflow-confirm-submit.png") });
        await clerk.Keyboard.PressAsync("Escape");
        await dialog.WaitForAsync(new() { State = WaitForSelectorState.Hidden });
        Assert.Equal("草稿", await clerk.InnerTextAsync("#state"));

        // By keyboard: 取消 has the focus, Tab moves to 提交, Enter confirms.
        await clerk.ClickAsync("#action-Submit button[type=submit]");
        await dialog.WaitForAsync(new() { State = WaitForSelectorState.Visible });
        Assert.Equal("取消", await clerk.EvaluateAsync<string>("() => document.activeElement.textContent"));
        await clerk.Keyboard.PressAsync("Tab");
        await clerk.Keyboard.PressAsync("Enter");
        await clerk.WaitForSelectorAsync("#done");
        Assert.Equal("已提交", await clerk.InnerTextAsync("#state"));
        Assert.Equal("待 审核人员 批复或退回", await clerk.InnerTextAsync("#next-step strong"));
        Assert.Contains("北京时间", await clerk.InnerTextAsync("#workflow-panel"), StringComparison.Ordinal);

        // The reviewer leaves a comment open and tries to approve: the refusal is a red alert, not the green box.
        var checker = await SignIn.AsAsync(browser, baseUrl, "checker", JixiaoAppFactory.UserPassword, Width, 900);
        await checker.GotoAsync(workflowUrl);
        await checker.FillAsync("#comment-form textarea[name=text]", "请补充满意度调查方式");
        await checker.ClickAsync("#comment-form button[type=submit]");
        await checker.WaitForSelectorAsync("#done");
        await checker.SelectOptionAsync("#action-Approve select[name=grade]", "Good");
        await checker.ClickAsync("#action-Approve button[type=submit]");
        await checker.Locator("#confirm-dialog").WaitForAsync(new() { State = WaitForSelectorState.Visible });
        Assert.Contains("批复后文本定稿", await checker.InnerTextAsync("#confirm-dialog"), StringComparison.Ordinal);
        await checker.ClickAsync("#confirm-ok");
        var refused = checker.Locator("#refused[role=alert]");
        await refused.WaitForAsync();
        Assert.Contains("条审核意见未解决，不能批复", await refused.InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal("rgb(253, 236, 234)", await refused.EvaluateAsync<string>("e => getComputedStyle(e).backgroundColor"));
        Assert.Equal("已提交", await checker.InnerTextAsync("#state"));
        await checker.ScreenshotAsync(new() { Path = Screenshots.PathFor("workflow-refused-red.png"), FullPage = true });

        // The clerk may no longer edit: 不能编辑 is red too. Version history is in Beijing time.
        await clerk.GotoAsync($"{baseUrl}/Projects/{projectId}/Edit");
        var locked = clerk.Locator("#locked[role=alert]");
        Assert.StartsWith("不能编辑", await locked.InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal("rgb(253, 236, 234)", await locked.EvaluateAsync<string>("e => getComputedStyle(e).backgroundColor"));
        await clerk.GotoAsync($"{baseUrl}/Projects/{projectId}");
        var main = await clerk.InnerTextAsync("main");
        Assert.Contains("时间（北京时间）", main, StringComparison.Ordinal);
        Assert.DoesNotContain("UTC", main, StringComparison.Ordinal);
    }

    /// <summary>The nav link a page belongs to, or null for pages reached from lists (projects, units) and for the
    /// public site, which has its own header.</summary>
    private static string? ExpectedNavigation(string path) => path switch
    {
        "/" => "/",
        "/Execution/Recheck" => "/Execution/Recheck",
        _ when path.StartsWith("/Execution", StringComparison.Ordinal) => "/Execution",
        _ when path.StartsWith("/Documents", StringComparison.Ordinal) => "/Documents",
        "/Users/Password" => null,
        _ when path.StartsWith("/Users", StringComparison.Ordinal) => "/Users",
        _ when path.StartsWith("/Audit", StringComparison.Ordinal) => "/Audit",
        "/Review" or "/Import" or "/Payments/Import" => path,
        _ => null,
    };

    internal static Task<(int DocumentId, int ProjectId, int UnitId, string UnitCode)> DemoDocumentAsync(JixiaoAppFactory factory) =>
        factory.QueryAsync(async db =>
        {
            var id = await Jixiao.Application.Review.ReviewQueries.LatestRuns(db).Where(r => r.ErrorCount == 0).OrderBy(r => r.DocumentId).Select(r => r.DocumentId).FirstAsync();
            var p = await db.Projects.Where(x => x.DocumentId == id).OrderBy(x => x.Id).Select(x => new { x.Id, x.UnitId, Unit = x.Unit!.Code }).FirstAsync();
            return (id, p.Id, p.UnitId, p.Unit);
        });

    [GeneratedRegex(@"@(if|foreach|Model|Html|\(|\{)")]
    private static partial Regex TemplateText();

    [GeneratedRegex(@"DOMAIN\.md|§|(?<![A-Za-z0-9])S\d+[a-z]?(?![\w])|\[V\]|厂商评分")]
    private static partial Regex InternalNote();
}
