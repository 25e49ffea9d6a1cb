using Jixiao.Application.Users;
using Microsoft.Playwright;

namespace Jixiao.Browser.Tests;

/// <summary>
/// The rest of the daily screens (issue 18) in a real browser: who must act next on the dashboard (column and filter)
/// and the unit page, which also shows the workflow state and the document-level findings; the edit form asks before
/// unsaved changes are lost and keeps its columns; the review list is grouped; the audit log names its objects; the
/// public page keeps the official structure and fits a 390 px phone.
/// </summary>
public sealed class ScreensFollowUpBrowserTests
{
    private const int Width = 1366;

    [SkippableFact]
    public async Task WhoActsNext_UnitPage_EditForm_ReviewGroups_AuditNames_AndThePublicPageOnAPhone()
    {
        Chromium.EnsureAvailable();
        await using var database = await DemoDatabase.SqliteAsync();
        await using var factory = new JixiaoAppFactory(database.Connection);
        var baseUrl = LiveApp.Start(factory);
        var (documentId, projectId, unitId, unitCode) = await DailyScreensBrowserTests.DemoDocumentAsync(factory);
        await factory.CreateUserAsync("clerk", Roles.UnitEditor, unitCode);
        await factory.CreateUserAsync("checker", Roles.Reviewer);
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await Chromium.LaunchAsync(playwright);
        var errors = new List<string>();

        // The clerk's dashboard: each unit's workflow state and who acts next; the state filter keeps to it.
        var clerk = await SignIn.AsAsync(browser, baseUrl, "clerk", JixiaoAppFactory.UserPassword, Width, 900);
        clerk.Console += (_, m) => { if (m.Type == "error") { errors.Add(m.Text); } };
        Assert.Contains("待 单位填报人员 提交", await clerk.InnerTextAsync("#units td[data-next-step]"), StringComparison.Ordinal);
        await clerk.SelectOptionAsync("#state-filter", "Submitted");
        await clerk.WaitForURLAsync(u => u.Contains("state=Submitted", StringComparison.Ordinal));
        Assert.Equal(0, await clerk.Locator("#units tbody tr").CountAsync());
        await clerk.ScreenshotAsync(new() { Path = Screenshots.PathFor("followup-dashboard-state-filter.png"), FullPage = true });

        // The unit page: state, next step, link to the workflow, breadcrumbs as links.
        await clerk.GotoAsync($"{baseUrl}/Units/{unitId}");
        var status = await clerk.InnerTextAsync("#workflow-status");
        Assert.Contains("草稿", status, StringComparison.Ordinal);
        Assert.Contains("下一步：待 单位填报人员 提交", status, StringComparison.Ordinal);
        Assert.True(await clerk.Locator("nav.breadcrumb a").CountAsync() >= 2);
        await clerk.ScreenshotAsync(new() { Path = Screenshots.PathFor("followup-unit-page.png"), FullPage = true });

        // The edit form: the 一级指标 choice shows its name, and leaving with a change asks first.
        await clerk.GotoAsync($"{baseUrl}/Projects/{projectId}/Edit");
        var cut = await clerk.EvalOnSelectorAllAsync<string[]>("#indicator-rows select[name$='.Level1']",
            "ss => ss.filter(s => { const c = document.createElement('canvas').getContext('2d'); c.font = getComputedStyle(s).font; return c.measureText(s.options[s.selectedIndex].text).width + 24 > s.getBoundingClientRect().width; }).map(s => s.value)");
        Assert.True(cut.Length == 0, "一级指标下拉框显示不全：" + string.Join("、", cut));
        var widths = await clerk.EvalOnSelectorAllAsync<double[]>("#indicator-rows thead th", "ths => ths.map(t => t.getBoundingClientRect().width)");
        await clerk.FillAsync("input[name='Form.Indicators[0].Target']", "≥");
        var asked = new TaskCompletionSource<string>();
        clerk.Dialog += async (_, d) => { asked.TrySetResult(d.Type); await d.DismissAsync(); };
        await clerk.EvaluateAsync("() => { setTimeout(() => { location.href = '/'; }, 0); }");
        Assert.Equal("beforeunload", await asked.Task.WaitAsync(TimeSpan.FromSeconds(10)));
        Assert.EndsWith($"/Projects/{projectId}/Edit", clerk.Url, StringComparison.Ordinal);
        // A wrong value is refused beside its field without moving the columns.
        await clerk.ClickAsync("#save");
        await clerk.WaitForSelectorAsync("#indicator-rows .field-error:not(:empty)");
        var after = await clerk.EvalOnSelectorAllAsync<double[]>("#indicator-rows thead th", "ths => ths.map(t => t.getBoundingClientRect().width)");
        Assert.Equal(widths.Select(w => Math.Round(w)), after.Select(w => Math.Round(w)));
        await clerk.ScreenshotAsync(new() { Path = Screenshots.PathFor("followup-edit-form-error.png"), FullPage = true });

        // Submitted by the clerk, approved and published by the reviewer (each asked first).
        await Act(clerk, $"{baseUrl}/Documents/{documentId}/Workflow", "Submit");
        var checker = await SignIn.AsAsync(browser, baseUrl, "checker", JixiaoAppFactory.UserPassword, Width, 900);
        checker.Console += (_, m) => { if (m.Type == "error") { errors.Add(m.Text); } };
        Assert.Contains("待 审核人员 批复或退回", await checker.InnerTextAsync("#units"), StringComparison.Ordinal);
        await checker.GotoAsync($"{baseUrl}/Documents/{documentId}/Workflow");
        await checker.SelectOptionAsync("#action-Approve select[name=grade]", "Good");
        await Act(checker, null, "Approve");
        await Act(checker, null, "Publish");
        await checker.GotoAsync($"{baseUrl}/?state=Published");
        Assert.True(await checker.Locator("#units tbody tr").CountAsync() > 0);

        // The review list groups findings by project and rule.
        await checker.GotoAsync($"{baseUrl}/Review");
        if (await checker.Locator("#finding-list tr.finding").CountAsync() > 0)
        {
            Assert.True(await checker.Locator("#finding-list tr.group-head").CountAsync() > 0);
        }

        await checker.ScreenshotAsync(new() { Path = Screenshots.PathFor("followup-review-groups.png"), FullPage = false });

        // The audit log names the document and shows the role of each sign-in.
        var admin = await SignIn.AsAsync(browser, baseUrl, "admin", JixiaoAppFactory.AdminPassword, Width, 900);
        await admin.GotoAsync($"{baseUrl}/Audit");
        var objects = await admin.EvalOnSelectorAllAsync<string[]>("#audit td.object", "tds => tds.map(t => t.textContent)");
        Assert.Contains(objects, o => o.StartsWith("部门预算绩效文本：", StringComparison.Ordinal) && o.Contains('年', StringComparison.Ordinal) && !o.Contains('/', StringComparison.Ordinal));
        var loginRoles = await admin.EvalOnSelectorAllAsync<string[]>("#audit tbody tr", "trs => trs.filter(tr => tr.cells[5].textContent === '登录').map(tr => tr.cells[3].textContent)");
        Assert.NotEmpty(loginRoles);
        Assert.All(loginRoles, r => Assert.NotEqual(string.Empty, r));
        await admin.ScreenshotAsync(new() { Path = Screenshots.PathFor("followup-audit-names.png"), FullPage = false });

        // The public page on a phone: official structure, publisher and date, no squeezed header, page numbers in print.
        var phone = await (await browser.NewContextAsync(new() { Locale = "zh-CN", ViewportSize = new() { Width = 390, Height = 844 } })).NewPageAsync();
        await phone.GotoAsync($"{baseUrl}/gongkai/{documentId}");
        var headings = await phone.EvalOnSelectorAllAsync<string[]>(".public-doc h2", "hs => hs.map(h => h.textContent)");
        Assert.Equal("第二部分　预算项目绩效目标", headings[^1]);
        Assert.Matches("公开日期：\\d{4}年\\d{1,2}月\\d{1,2}日", await phone.InnerTextAsync("#publisher"));
        var phoneWidths = await phone.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]");
        Assert.True(phoneWidths[0] <= phoneWidths[1], $"390 px 下页面宽 {phoneWidths[0]} px");
        var brand = await phone.Locator("header.top .brand").BoundingBoxAsync();
        Assert.True(brand!.Height < 40, $"页头折行：高 {brand.Height} px");
        var h1 = await phone.EvaluateAsync<double>("() => { const h = document.querySelector('.public-doc h1'); return h.getBoundingClientRect().width; }");
        Assert.True(h1 > 200, $"标题宽只有 {h1} px");
        Assert.True(await phone.EvaluateAsync<bool>("() => [...document.styleSheets].some(s => { try { return [...s.cssRules].some(r => r.cssText.startsWith('@page') && r.cssText.includes('counter(page)')); } catch { return false; } })"),
            "打印样式没有页码");
        await phone.ScreenshotAsync(new() { Path = Screenshots.PathFor("followup-gongkai-390.png"), FullPage = true });

        Assert.True(errors.Count == 0, string.Join('\n', errors));
    }

    /// <summary>Clicks a workflow action, confirms the question it asks, and waits for the result.</summary>
    private static async Task Act(IPage page, string? url, string action)
    {
        if (url is not null)
        {
            await page.GotoAsync(url);
        }

        await page.ClickAsync($"#action-{action} button[type=submit]");
        await page.Locator("#confirm-dialog").WaitForAsync(new() { State = WaitForSelectorState.Visible });
        await page.ClickAsync("#confirm-ok");
        await page.WaitForSelectorAsync("#done");
    }
}
