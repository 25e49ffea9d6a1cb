using Jixiao.Application.Users;
using Jixiao.Tests;
using Microsoft.Playwright;

namespace Jixiao.Browser.Tests;

/// <summary>
/// A clerk writes the department's 部门整体支出绩效目标表 in a real browser by keyboard: types a task row cell by cell
/// with Tab, presses Enter in an amount (nothing is sent), adds a second row from the 添加任务行 button by keyboard (the
/// cursor lands in the new row), saves, and sees the table on the unit page. Screenshots of the form and the unit
/// page are saved under TestResults/screenshots.
/// </summary>
public sealed class DepartmentTableBrowserTests
{
    [SkippableFact]
    public async Task Clerk_WritesATaskRowByKeyboard_Saves_AndSeesTheTableOnTheUnitPage()
    {
        Chromium.EnsureAvailable();
        await using var database = await DemoDatabase.SqliteAsync();
        await using var factory = new JixiaoAppFactory(database.Connection);
        var baseUrl = LiveApp.Start(factory);
        var (documentId, _, unitId, unitCode) = await DailyScreensBrowserTests.DemoDocumentAsync(factory);
        await factory.CreateUserAsync("clerk", Roles.UnitEditor, unitCode);

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await Chromium.LaunchAsync(playwright);
        var page = await SignIn.AsAsync(browser, baseUrl, "clerk", JixiaoAppFactory.UserPassword);

        await page.GotoAsync($"{baseUrl}/Units/{unitId}");
        await page.ClickAsync("#edit-department-table");
        await page.WaitForURLAsync($"{baseUrl}/Documents/{documentId}/EditDepartmentTable");
        Assert.Contains("填写部门整体支出绩效目标表", await page.InnerTextAsync("h1"), StringComparison.Ordinal);

        await page.FocusAsync("#Form_Tasks_0__Name");
        foreach (var cell in new[] { "疾病预防控制", "开展传染病监测", "120.5", "100", "20.5" })
        {
            await page.Keyboard.TypeAsync(cell);
            if (cell != "20.5")
            {
                await page.Keyboard.PressAsync("Tab");
            }
        }

        // Enter in an amount sends nothing: same page, what was typed still there.
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForTimeoutAsync(300);
        Assert.Equal($"{baseUrl}/Documents/{documentId}/EditDepartmentTable", page.Url);
        Assert.Equal("20.5", await page.InputValueAsync("#Form_Tasks_0__OtherFunds"));

        // Tab past 删除此行 to 添加任务行, Enter: a new row, the cursor in its 任务名称.
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.PressAsync("Tab");
        Assert.Equal("add-task", await page.EvaluateAsync<string>("document.activeElement.id"));
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForSelectorAsync("#Form_Tasks_1__Name");
        Assert.Equal("Form_Tasks_1__Name", await page.EvaluateAsync<string>("document.activeElement.id"));
        Assert.Equal("120.5", await page.InputValueAsync("#Form_Tasks_0__Budget"));
        await page.Keyboard.TypeAsync("卫生监督执法");
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.TypeAsync("30");

        await page.FillAsync("#Form_OverallGoal", "全区传染病报告及时率达到95%以上。");
        await page.FillAsync("#Form_Indicators_0__Level1", "产出指标");
        await page.FillAsync("#Form_Indicators_0__Level2", "数量指标");
        await page.FillAsync("#Form_Indicators_0__Name", "监测报告份数");
        await page.FillAsync("#Form_Indicators_0__Target", "≥12份");
        await page.ClickAsync("#check-sums");
        await page.WaitForSelectorAsync("#department-task-sums");
        Assert.Equal(["150.5", "100", "20.5"], (await page.Locator("#department-task-sums td.num").AllInnerTextsAsync()).Select(t => t.Trim()));
        await page.ScreenshotAsync(new() { Path = Screenshots.PathFor("department-table-form.png"), FullPage = true });

        await page.FocusAsync("#save-department-table");
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync(new System.Text.RegularExpressions.Regex("/Units/"));
        await page.WaitForSelectorAsync("#department-table");
        Assert.Equal(
            ["疾病预防控制\t开展传染病监测\t120.50\t100.00\t20.50", "卫生监督执法\t\t30.00\t\t"],
            (await page.Locator("#department-table tr.department-task").AllInnerTextsAsync()).Select(t => t.Trim('\n')));
        Assert.Contains("全区传染病报告及时率达到95%以上。", await page.InnerTextAsync("#department-overall-goal"), StringComparison.Ordinal);
        await page.Locator("#department-table").ScrollIntoViewIfNeededAsync();
        await page.ScreenshotAsync(new() { Path = Screenshots.PathFor("department-table-unit.png"), FullPage = true });
    }
}
