using Microsoft.Playwright;

namespace Jixiao.Browser.Tests;

/// <summary>A signed-in page of its own browser context (its own cookies), as each user of a test needs.</summary>
internal static class SignIn
{
    public static async Task<IPage> AsAsync(IBrowser browser, string baseUrl, string user, string password, int width = 1400, int height = 1000)
    {
        var context = await browser.NewContextAsync(new() { Locale = "zh-CN", ViewportSize = new() { Width = width, Height = height } });
        var page = await context.NewPageAsync();
        await page.GotoAsync(baseUrl + "/Account/Login");
        await page.FillAsync("#Input_UserName", user);
        await page.FillAsync("#Input_Password", password);
        await page.ClickAsync("button[type=submit]");
        // Wait for the redirect to be committed, then for the document: waiting for the "load" state of the URL
        // timed out once in CI although the page had loaded (its log showed network idle), so the two are split.
        await page.WaitForURLAsync(baseUrl + "/", new() { WaitUntil = WaitUntilState.Commit });
        await page.WaitForLoadStateAsync(LoadState.DOMContentLoaded);
        return page;
    }
}
