using System.Net;
using System.Text.RegularExpressions;
using Jixiao.Application.Users;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace Jixiao.Web.Tests;

/// <summary>"No English left in the UI": every page reachable from the navigation, and every error page.</summary>
public abstract partial class WebTests
{
    /// <summary>English words a framework default or a forgotten label would show; matched as whole words.</summary>
    private static readonly string[] EnglishUiWords =
    [
        "Home", "Login", "Log in", "Logout", "Log out", "Sign in", "Sign out", "Register", "Password", "Username", "Email",
        "Save", "Cancel", "Delete", "Remove", "Edit", "Update", "Create", "Add", "Submit", "Search", "Filter", "Back", "Next",
        "Previous", "Page", "Close", "Confirm", "Upload", "Download", "Export", "Import", "Dashboard", "Settings", "Users", "Roles",
        "Project", "Projects", "Unit", "Units", "Review", "Findings", "Budget", "Total", "Version", "Details", "Status", "Error",
        "Errors", "Warning", "Warnings", "Not Found", "Forbidden", "Access denied", "Unauthorized", "required", "invalid",
        "must be", "is not valid", "An error occurred", "Loading", "Welcome", "Yes", "No", "None", "Name", "Code", "Year", "Region",
    ];

    private static readonly Regex EnglishWord = new(@"(?<![A-Za-z\-])(" + string.Join('|', EnglishUiWords.Select(Regex.Escape)) + @")(?![A-Za-z\-])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    [SkippableFact]
    public async Task EveryPageReachableFromTheNavigation_HasNoEnglishUiText()
    {
        await using var app = await StartAsync();
        var admin = await Browser.SignedInAsync(app.Factory, Admin, JixiaoAppFactory.AdminPassword);
        var queue = new Queue<string>(["/"]);
        var seen = new HashSet<string>(StringComparer.Ordinal) { "/" };
        var pages = 0;
        while (queue.Count > 0 && pages < 150)
        {
            var url = queue.Dequeue();
            var response = await admin.Client.GetAsync(url);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url} → {(int)response.StatusCode}");
            if (response.Content.Headers.ContentType?.MediaType != "text/html")
            {
                continue;
            }

            pages++;
            var html = await response.Content.ReadAsStringAsync();
            AssertNoEnglish(url, html);
            AssertUniqueIds(url, html);
            foreach (Match link in Regex.Matches(html, "href=\"(/[^\"#]*)\""))
            {
                var target = WebUtility.HtmlDecode(link.Groups[1].Value);
                if (IsCrawlable(target) && seen.Add(target))
                {
                    queue.Enqueue(target);
                }
            }
        }

        Assert.True(pages >= 10, $"只爬到 {pages} 个页面");
        Assert.Contains(seen, u => u.StartsWith("/Projects/", StringComparison.Ordinal));
        Assert.Contains(seen, u => u.StartsWith("/Units/", StringComparison.Ordinal));
        Assert.Contains(seen, u => u.StartsWith("/Review", StringComparison.Ordinal));
        Assert.Contains(seen, u => u.StartsWith("/Import", StringComparison.Ordinal));
    }

    [SkippableFact]
    public async Task ErrorPages_404_403_And500_AreChineseWithALinkBack()
    {
        await using var app = await StartAsync();
        // A request that fails inside the app, behind the app's own error handling (added after its pipeline).
        await using var failing = app.Factory.WithWebHostBuilder(b => b.ConfigureServices(s => s.AddSingleton<IStartupFilter, FailingEndpoint>()));
        var admin = await Browser.SignedInAsync(failing, Admin, JixiaoAppFactory.AdminPassword);
        await app.Factory.CreateUserAsync("reviewer", Roles.Reviewer);
        var reviewer = await Browser.SignedInAsync(failing, "reviewer", JixiaoAppFactory.UserPassword);
        var project = await app.Factory.ProjectIdAsync(BudgetProjectName);

        var cases = new (Browser Who, string Url, HttpStatusCode Status, string Title)[]
        {
            (admin, "/no/such/page", HttpStatusCode.NotFound, "找不到页面"),
            (admin, "/Projects/999999", HttpStatusCode.NotFound, "找不到页面"),
            (reviewer, "/Account/AccessDenied", HttpStatusCode.Forbidden, "无权访问"),
            (admin, FailingEndpoint.Path, HttpStatusCode.InternalServerError, "出错了"),
        };
        foreach (var (who, url, status, title) in cases)
        {
            var response = await who.Client.GetAsync(url);
            Assert.Equal(status, response.StatusCode);
            var html = await response.Content.ReadAsStringAsync();
            Assert.Contains("<html lang=\"zh-CN\">", html, StringComparison.Ordinal);
            Assert.Contains($"<h1>{title}</h1>", html, StringComparison.Ordinal);
            Assert.Contains("<a href=\"/\">返回首页</a>", html, StringComparison.Ordinal);
            AssertNoEnglish(url, html);
        }

        // The reviewer reaches the 403 page by following the redirect from a page it may not open.
        var edit = await reviewer.Client.GetAsync($"/Projects/{project}/Edit");
        Assert.StartsWith("/Account/AccessDenied", edit.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    private static bool IsCrawlable(string url) =>
        !url.StartsWith("/api/", StringComparison.Ordinal) && !url.StartsWith("/Account/Logout", StringComparison.Ordinal)
        && !url.StartsWith("/css/", StringComparison.Ordinal) && !url.StartsWith("/lib/", StringComparison.Ordinal)
        && !url.Contains("handler=Csv", StringComparison.Ordinal);

    /// <summary>Checks the text a user sees: element text (scripts and styles removed) and the labels in attributes.
    /// Textareas hold the user's own data (e.g. a region's 监控方案 JSON, whose keys are the file format), not UI text;
    /// so do values set in code type (class "code": a hash such as the audit log's 校验值, whose hex digits may spell
    /// "add" or "bad").</summary>
    private static void AssertNoEnglish(string url, string html)
    {
        var visible = Regex.Replace(html, "<(script|style|textarea)[^>]*>.*?</\\1>", " ", RegexOptions.Singleline | RegexOptions.IgnoreCase);
        visible = Regex.Replace(visible, "<(span|code)[^>]*class=\"code\"[^>]*>[^<]*</\\1>", " ", RegexOptions.IgnoreCase);
        var attributes = Regex.Matches(visible, "(?:title|placeholder|alt|aria-label)=\"([^\"]*)\"").Select(m => m.Groups[1].Value)
            .Concat(Regex.Matches(visible, "<input[^>]*type=\"(?:submit|button)\"[^>]*value=\"([^\"]*)\"").Select(m => m.Groups[1].Value));
        var text = WebUtility.HtmlDecode(Regex.Replace(visible, "<[^>]+>", " ") + " " + string.Join(' ', attributes));
        var found = EnglishWord.Matches(text).Select(m => m.Value).Distinct().ToList();
        Assert.True(found.Count == 0, $"{url} 中有英文界面文字：{string.Join("、", found)}");
    }

    /// <summary>Every element id occurs once in the page (scripts, styles and links by id depend on it).</summary>
    private static void AssertUniqueIds(string url, string html)
    {
        var repeated = Regex.Matches(html, "\\sid=\"([^\"]+)\"").GroupBy(m => m.Groups[1].Value).Where(g => g.Count() > 1).Select(g => $"{g.Key}×{g.Count()}").ToList();
        Assert.True(repeated.Count == 0, $"{url} 中有重复的 id：{string.Join("、", repeated)}");
    }

    /// <summary>Adds <see cref="Path"/>, which throws, after the app's pipeline.</summary>
    private sealed class FailingEndpoint : IStartupFilter
    {
        public const string Path = "/test-only/fails";

        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            next(app);
            app.Map(Path, b => b.Run(_ => throw new InvalidOperationException("测试用的故障")));
        };
    }
}
