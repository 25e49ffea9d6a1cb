using System.Net;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Web.Tests;

/// <summary>
/// The login against guessing: the same answers for names that exist and names that do not (a lockout included),
/// capped field lengths, repeated failures collapsed in the audit trail, and a rate limit per address.
/// </summary>
public abstract partial class WebTests
{
    [SkippableFact]
    public async Task Login_UnknownAndExistingNames_GetTheSameAnswers_IncludingTheLockout()
    {
        await using var app = await StartAsync();
        var browser = Browser.Anonymous(app.Factory);
        foreach (var name in new[] { Admin, "nobody-here" })
        {
            var answers = new List<string>();
            for (var i = 0; i < 6; i++)
            {
                var page = WebUtility.HtmlDecode(await (await browser.LoginAsync(name, "wrong-password")).Content.ReadAsStringAsync());
                answers.Add(page.Contains("已被暂时锁定", StringComparison.Ordinal) ? "locked" : page.Contains("用户名或密码不正确。", StringComparison.Ordinal) ? "wrong" : "other");
            }

            Assert.Equal(["wrong", "wrong", "wrong", "wrong", "locked", "locked"], answers);
        }
    }

    [SkippableFact]
    public async Task Login_OverlongFields_AreRefusedInChinese_AndNotAudited()
    {
        await using var app = await StartAsync();
        var browser = Browser.Anonymous(app.Factory);
        var before = await app.Factory.QueryAsync(db => db.AuditEntries.CountAsync());

        var response = await browser.LoginAsync(new string('x', 20_000), "wrong-password");
        var page = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("用户名最多 64 个字符", page, StringComparison.Ordinal);
        var longPassword = WebUtility.HtmlDecode(await (await browser.LoginAsync(Admin, new string('p', 1000))).Content.ReadAsStringAsync());
        Assert.Contains("密码最多 128 个字符", longPassword, StringComparison.Ordinal);
        Assert.Equal(before, await app.Factory.QueryAsync(db => db.AuditEntries.CountAsync()));
    }

    [SkippableFact]
    public async Task Login_RepeatedFailures_AreCollapsedInTheAudit_AndTooManyPostsAreAnswered429InChinese()
    {
        await using var app = await StartAsync();
        var browser = Browser.Anonymous(app.Factory);
        for (var i = 0; i < 12; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await browser.LoginAsync("guess", "wrong-" + i)).StatusCode);
        }

        var rows = await app.Factory.QueryAsync(db => db.AuditEntries.Where(a => a.Action == "登录失败" && a.User == "guess")
            .OrderBy(a => a.Sequence).Select(a => a.NewValue).ToListAsync());
        Assert.Equal([string.Empty, "15 分钟内第 5 次失败（其间的失败未逐条记录）", "15 分钟内第 10 次失败（其间的失败未逐条记录）"], rows);

        HttpResponseMessage last;
        var posts = 12;
        do
        {
            last = await browser.LoginAsync("guess", "wrong");
            posts++;
        }
        while (last.StatusCode != HttpStatusCode.TooManyRequests && posts < 100);

        Assert.Equal(Auth.LoginRateLimit.PostsPerMinute + 1, posts);
        var refused = await last.Content.ReadAsStringAsync();
        Assert.Contains("尝试过于频繁", refused, StringComparison.Ordinal);
        Assert.Contains("请等 1 分钟后再试", refused, StringComparison.Ordinal);
    }
}
