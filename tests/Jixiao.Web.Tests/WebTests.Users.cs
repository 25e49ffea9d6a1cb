using System.Net;
using System.Text.RegularExpressions;
using Jixiao.Application.Users;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Web.Tests;

/// <summary>用户管理 (管理员 only) and 修改密码 (everyone).</summary>
public abstract partial class WebTests
{
    [SkippableFact]
    public async Task UserAdministration_IsForAdminsOnly_OthersAreRefused()
    {
        await using var app = await StartAsync();
        await app.Factory.CreateUserAsync("reviewer", Roles.Reviewer);
        await app.Factory.CreateUserAsync("editor", Roles.UnitEditor, "401001");
        var adminId = await app.Factory.QueryAsync(db => db.Users.Where(u => u.UserName == Admin).Select(u => u.Id).SingleAsync());
        var admin = await Browser.SignedInAsync(app.Factory, Admin, JixiaoAppFactory.AdminPassword);
        var list = await admin.GetOkAsync("/Users");
        Assert.Contains("data-user=\"reviewer\"", list, StringComparison.Ordinal);
        Assert.Contains("401001 长安区教育局本级", list, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/Users\">用户</a>", await admin.GetOkAsync("/"), StringComparison.Ordinal);

        foreach (var name in new[] { "reviewer", "editor" })
        {
            var other = await Browser.SignedInAsync(app.Factory, name, JixiaoAppFactory.UserPassword);
            var home = await other.GetOkAsync("/");
            Assert.DoesNotContain("<a href=\"/Users\">用户</a>", home, StringComparison.Ordinal);
            foreach (var url in new[] { "/Users", "/Users/Create", $"/Users/{adminId}/Edit" })
            {
                // Refused by the route's policy (Administer), like every page a user may not open: the 无权访问 page.
                var response = await other.Client.GetAsync(url);
                Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
                Assert.StartsWith("/Account/AccessDenied", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
            }

            var post = await other.Client.PostAsync($"/Users/{adminId}/Edit?handler=Lock", new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = Browser.Token(home) }));
            Assert.StartsWith("/Account/AccessDenied", post.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
            var create = await other.Client.PostAsync("/Users/Create", new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["__RequestVerificationToken"] = Browser.Token(home), ["Form.UserName"] = "intruder", ["Form.DisplayName"] = "x", ["Form.Role"] = Roles.Admin,
            }));
            Assert.StartsWith("/Account/AccessDenied", create.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        }

        Assert.False(await app.Factory.QueryAsync(db => db.Users.AnyAsync(u => u.UserName == "intruder")));
        Assert.False(await app.Factory.QueryAsync(db => db.Users.Where(u => u.UserName == Admin).Select(u => u.LockoutEnd != null).SingleAsync()));

        // Anti-forgery: the admin's own post without the token is refused.
        var noToken = await admin.Client.PostAsync("/Users/Create", new FormUrlEncodedContent(new Dictionary<string, string> { ["Form.UserName"] = "x" }));
        Assert.Equal(HttpStatusCode.BadRequest, noToken.StatusCode);
    }

    [SkippableFact]
    public async Task Admin_CreatesAClerk_WhoLogsInAndSeesOnlyTheirUnit_ThenChangesRoleLocksAndResets()
    {
        await using var app = await StartAsync();
        var admin = await Browser.SignedInAsync(app.Factory, Admin, JixiaoAppFactory.AdminPassword);
        var form = await admin.GetOkAsync("/Users/Create");

        var invalid = await (await admin.SubmitAsync("/Users/Create", form, "user-form", new Dictionary<string, string>
        {
            ["Form.UserName"] = "", ["Form.DisplayName"] = "", ["Form.Role"] = Roles.UnitEditor, ["Form.UnitCodes"] = "999999",
        })).Content.ReadAsStringAsync();
        Assert.Contains("请填写用户名。", invalid, StringComparison.Ordinal);
        Assert.Contains("请填写姓名。", invalid, StringComparison.Ordinal);
        Assert.Contains("没有单位代码为“999999”的单位。", invalid, StringComparison.Ordinal);
        var weak = await (await admin.SubmitAsync("/Users/Create", form, "user-form", new Dictionary<string, string>
        {
            ["Form.UserName"] = "wang", ["Form.DisplayName"] = "王会计", ["Form.Role"] = Roles.UnitEditor, ["Form.UnitCodes"] = "401001", ["Form.Password"] = "abc",
        })).Content.ReadAsStringAsync();
        Assert.Contains("密码至少需要 10 个字符。", weak, StringComparison.Ordinal);

        var created = await (await admin.SubmitAsync("/Users/Create", form, "user-form", new Dictionary<string, string>
        {
            ["Form.UserName"] = "wang", ["Form.DisplayName"] = "王会计", ["Form.Role"] = Roles.UnitEditor, ["Form.UnitCodes"] = "401001",
        })).Content.ReadAsStringAsync();
        Assert.Contains("已创建用户 <strong>wang</strong>", created, StringComparison.Ordinal);
        var password = WebUtility.HtmlDecode(Regex.Match(created, "<code id=\"initial-password\">([^<]+)</code>").Groups[1].Value);
        Assert.True(password.Length >= 10);
        var duplicate = await (await admin.SubmitAsync("/Users/Create", form, "user-form", new Dictionary<string, string>
        {
            ["Form.UserName"] = "wang", ["Form.DisplayName"] = "另一个王", ["Form.Role"] = Roles.Reviewer,
        })).Content.ReadAsStringAsync();
        Assert.Contains("用户名“wang”已被使用。", duplicate, StringComparison.Ordinal);

        // The new clerk signs in with the password shown once and sees only the unit 401001.
        var clerk = await Browser.SignedInAsync(app.Factory, "wang", password);
        // The administrator chose the password: every page leads to 修改密码 until the clerk sets its own.
        var first = await clerk.Client.GetAsync("/");
        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.StartsWith("/Users/Password", first.Headers.Location!.OriginalString, StringComparison.Ordinal);
        password = await clerk.ChangePasswordAsync(password, "Kuaiji-Lanse-4821");
        var dashboard = await clerk.GetOkAsync("/");
        Assert.Contains("王会计（单位填报）", dashboard, StringComparison.Ordinal);
        Assert.Contains("长安区教育局本级", dashboard, StringComparison.Ordinal);
        Assert.DoesNotContain("长安区卫生健康局本级", dashboard, StringComparison.Ordinal);
        var other = await app.Factory.ProjectIdAsync(OtherUnitProjectName);
        Assert.NotEqual(HttpStatusCode.OK, (await clerk.Client.GetAsync($"/Projects/{other}")).StatusCode);

        // Role change: 审核 of region 130102 reads the other unit too.
        var id = await app.Factory.QueryAsync(db => db.Users.Where(u => u.UserName == "wang").Select(u => u.Id).SingleAsync());
        var edit = await admin.GetOkAsync($"/Users/{id}/Edit");
        Assert.Equal("401001", Browser.FormFields(edit, "user-form")["Form.UnitCodes"]);
        var saved = await admin.SubmitAsync($"/Users/{id}/Edit?handler=Save", edit, "user-form", new Dictionary<string, string>
        {
            ["Form.Role"] = Roles.Reviewer, ["Form.UnitCodes"] = "", ["Form.RegionCode"] = "130102",
        });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Contains("审核", await admin.GetOkAsync("/Users"), StringComparison.Ordinal);
        var reviewer = await Browser.SignedInAsync(app.Factory, "wang", password);
        await reviewer.GetOkAsync($"/Projects/{other}");

        // Lock: the password no longer signs in; unlock: it does again.
        Assert.Equal(HttpStatusCode.Redirect, (await admin.SubmitAsync($"/Users/{id}/Edit?handler=Lock", edit, "lock-form", new Dictionary<string, string>())).StatusCode);
        Assert.Contains("已锁定", await admin.GetOkAsync("/Users"), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await Browser.Anonymous(app.Factory).LoginAsync("wang", password)).StatusCode);
        var locked = await admin.GetOkAsync($"/Users/{id}/Edit");
        Assert.Equal(HttpStatusCode.Redirect, (await admin.SubmitAsync($"/Users/{id}/Edit?handler=Unlock", locked, "unlock-form", new Dictionary<string, string>())).StatusCode);
        await Browser.SignedInAsync(app.Factory, "wang", password);

        // Reset: a generated password, shown once, replaces the old one.
        var reset = await (await admin.SubmitAsync($"/Users/{id}/Edit?handler=ResetPassword", edit, "reset-form", new Dictionary<string, string>())).Content.ReadAsStringAsync();
        var fresh = WebUtility.HtmlDecode(Regex.Match(reset, "<code id=\"new-password\">([^<]+)</code>").Groups[1].Value);
        Assert.NotEqual(password, fresh);
        Assert.Equal(HttpStatusCode.OK, (await Browser.Anonymous(app.Factory).LoginAsync("wang", password)).StatusCode);
        await Browser.SignedInAsync(app.Factory, "wang", fresh);

        // The administrator cannot lock or demote their own account.
        var adminId = await app.Factory.QueryAsync(db => db.Users.Where(u => u.UserName == Admin).Select(u => u.Id).SingleAsync());
        var self = await admin.GetOkAsync($"/Users/{adminId}/Edit");
        var selfLock = await (await admin.SubmitAsync($"/Users/{adminId}/Edit?handler=Lock", self, "lock-form", new Dictionary<string, string>())).Content.ReadAsStringAsync();
        Assert.Contains("不能锁定自己的账号。", selfLock, StringComparison.Ordinal);
        var demote = await (await admin.SubmitAsync($"/Users/{adminId}/Edit?handler=Save", self, "user-form", new Dictionary<string, string> { ["Form.Role"] = Roles.Reviewer })).Content.ReadAsStringAsync();
        Assert.Contains("不能取消自己的管理员角色", demote, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task AnyUser_ChangesTheirOwnPassword_WithChineseMessages()
    {
        await using var app = await StartAsync();
        await app.Factory.CreateUserAsync("editor", Roles.UnitEditor, "401001");
        var editor = await Browser.SignedInAsync(app.Factory, "editor", JixiaoAppFactory.UserPassword);
        Assert.Contains("<a href=\"/Users/Password\">修改密码</a>", await editor.GetOkAsync("/"), StringComparison.Ordinal);
        var page = await editor.GetOkAsync("/Users/Password");

        var wrong = await (await editor.SubmitAsync("/Users/Password", page, "password-form", new Dictionary<string, string>
        {
            ["Input.Current"] = "not-my-password", ["Input.New"] = "Neues-Passwort-2024", ["Input.Confirm"] = "Neues-Passwort-2024",
        })).Content.ReadAsStringAsync();
        Assert.Contains("密码不正确。", wrong, StringComparison.Ordinal);
        var mismatch = await (await editor.SubmitAsync("/Users/Password", page, "password-form", new Dictionary<string, string>
        {
            ["Input.Current"] = JixiaoAppFactory.UserPassword, ["Input.New"] = "Neues-Passwort-2024", ["Input.Confirm"] = "Anderes-Passwort-2024",
        })).Content.ReadAsStringAsync();
        Assert.Contains("两次输入的新密码不一致。", mismatch, StringComparison.Ordinal);

        var changed = await (await editor.SubmitAsync("/Users/Password", page, "password-form", new Dictionary<string, string>
        {
            ["Input.Current"] = JixiaoAppFactory.UserPassword, ["Input.New"] = "Neues-Passwort-2024", ["Input.Confirm"] = "Neues-Passwort-2024",
        })).Content.ReadAsStringAsync();
        Assert.Contains("密码已修改", changed, StringComparison.Ordinal);
        await editor.GetOkAsync("/");
        Assert.Equal(HttpStatusCode.OK, (await Browser.Anonymous(app.Factory).LoginAsync("editor", JixiaoAppFactory.UserPassword)).StatusCode);
        await Browser.SignedInAsync(app.Factory, "editor", "Neues-Passwort-2024");
    }
}
