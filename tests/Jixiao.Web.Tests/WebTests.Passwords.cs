using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Jixiao.Application.Users;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Web.Tests;

/// <summary>
/// Common passwords are refused wherever a password is set, in Chinese; an account whose password an administrator set
/// must choose its own at its first sign-in (pages lead to 修改密码, the API answers 403) and works normally after.
/// </summary>
public abstract partial class WebTests
{
    [SkippableFact]
    public async Task CommonPasswords_AreRefused_AndAnAdministratorsPassword_MustBeChangedAtFirstSignIn()
    {
        await using var app = await StartAsync();
        var admin = await Browser.SignedInAsync(app.Factory, Admin, JixiaoAppFactory.AdminPassword);
        var form = await admin.GetOkAsync("/Users/Create");
        foreach (var common in new[] { "Password12", "Qwerty1234", "P@ssw0rd2024", "Woaini1314!", "Aaaaaaaaaa1", "Zhou-2024-zhou" })
        {
            var refused = await (await admin.SubmitAsync("/Users/Create", form, "user-form", new Dictionary<string, string>
            {
                ["Form.UserName"] = "zhou", ["Form.DisplayName"] = "周审核", ["Form.Role"] = Roles.Reviewer, ["Form.Password"] = common,
            })).Content.ReadAsStringAsync();
            Assert.True(refused.Contains("密码过于常见或有规律", StringComparison.Ordinal), common);
        }

        Assert.False(await app.Factory.QueryAsync(db => db.Users.AnyAsync(u => u.UserName == "zhou")));
        var created = await admin.SubmitAsync("/Users/Create", form, "user-form", new Dictionary<string, string>
        {
            ["Form.UserName"] = "zhou", ["Form.DisplayName"] = "周审核", ["Form.Role"] = Roles.Reviewer, ["Form.Password"] = "Lanse-Hudie-7392",
        });
        Assert.Equal(HttpStatusCode.OK, created.StatusCode);

        var zhou = await Browser.SignedInAsync(app.Factory, "zhou", "Lanse-Hudie-7392");
        foreach (var url in new[] { "/", "/Review", "/Documents" })
        {
            var page = await zhou.Client.GetAsync(url);
            Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
            Assert.Equal("/Users/Password?first=1", page.Headers.Location!.OriginalString);
        }

        var api = await zhou.Client.GetAsync("/api/v1/documents");
        Assert.Equal(HttpStatusCode.Forbidden, api.StatusCode);
        Assert.Contains("修改密码", (await api.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString()!, StringComparison.Ordinal);
        Assert.Contains("请先设定自己的密码", await zhou.GetOkAsync("/Users/Password?first=1"), StringComparison.Ordinal);

        // Its own password may not be a common one either; a good one opens the system.
        var page2 = await zhou.GetOkAsync("/Users/Password");
        var weak = await zhou.Client.PostAsync("/Users/Password", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.Current"] = "Lanse-Hudie-7392", ["Input.New"] = "Qwerty1234", ["Input.Confirm"] = "Qwerty1234", ["__RequestVerificationToken"] = Browser.Token(page2),
        }));
        Assert.Contains("密码过于常见或有规律", await weak.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        await zhou.ChangePasswordAsync("Lanse-Hudie-7392", "Lanting-Xuzhi-5716");
        await zhou.GetOkAsync("/");
        Assert.Equal(HttpStatusCode.OK, (await zhou.Client.GetAsync("/api/v1/documents")).StatusCode);
        var again = await Browser.SignedInAsync(app.Factory, "zhou", "Lanting-Xuzhi-5716");
        await again.GetOkAsync("/");
    }
}
