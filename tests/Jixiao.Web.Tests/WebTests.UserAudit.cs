using System.Net;
using System.Text.RegularExpressions;
using Jixiao.Application.Users;
using Jixiao.Data.Audit;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Web.Tests;

/// <summary>User administration is audited (entity 用户, keyed by the user name): creation, role/unit/region change
/// old → new, password reset and own change (never the password), lock and unlock; shown to 管理员 at /Audit.</summary>
public abstract partial class WebTests
{
    [SkippableFact]
    public async Task UserAdministration_IsAudited_RoleChangeOldToNew_PasswordsNeverWritten_ChainVerifies()
    {
        await using var app = await StartAsync();
        var admin = await Browser.SignedInAsync(app.Factory, Admin, JixiaoAppFactory.AdminPassword);
        var start = await AuditRows.LastSequenceAsync(app.Factory);
        var form = await admin.GetOkAsync("/Users/Create");
        var created = await (await admin.SubmitAsync("/Users/Create", form, "user-form", new Dictionary<string, string>
        {
            ["Form.UserName"] = "wang", ["Form.DisplayName"] = "王会计", ["Form.Role"] = Roles.UnitEditor, ["Form.UnitCodes"] = "401001",
        })).Content.ReadAsStringAsync();
        var password = WebUtility.HtmlDecode(Regex.Match(created, "<code id=\"initial-password\">([^<]+)</code>").Groups[1].Value);
        Assert.Equal(
            [
                AuditRows.Line("admin", "管理员", "新增", "用户", "wang", "姓名", string.Empty, "王会计"),
                AuditRows.Line("admin", "管理员", "新增", "用户", "wang", "角色", string.Empty, "单位填报"),
                AuditRows.Line("admin", "管理员", "新增", "用户", "wang", "单位", string.Empty, "401001 长安区教育局本级"),
                AuditRows.Line("admin", "管理员", "新增", "用户", "wang", "区划", string.Empty, "130102"),
                AuditRows.Line("admin", "管理员", "新增", "用户", "wang", "密码", string.Empty, "已设定（系统生成）"),
            ],
            await AuditRows.AfterAsync(app.Factory, start));

        // Role change 单位填报 → 审核: role and unit old → new; the region stays, so it has no entry.
        start = await AuditRows.LastSequenceAsync(app.Factory);
        var id = await app.Factory.QueryAsync(db => db.Users.Where(u => u.UserName == "wang").Select(u => u.Id).SingleAsync());
        var edit = await admin.GetOkAsync($"/Users/{id}/Edit");
        Assert.Equal(HttpStatusCode.Redirect, (await admin.SubmitAsync($"/Users/{id}/Edit?handler=Save", edit, "user-form", new Dictionary<string, string>
        {
            ["Form.Role"] = Roles.Reviewer, ["Form.UnitCodes"] = "", ["Form.RegionCode"] = "130102",
        })).StatusCode);
        Assert.Equal(
            [
                AuditRows.Line("admin", "管理员", "修改", "用户", "wang", "角色", "单位填报", "审核"),
                AuditRows.Line("admin", "管理员", "修改", "用户", "wang", "单位", "401001 长安区教育局本级", string.Empty),
            ],
            await AuditRows.AfterAsync(app.Factory, start));

        // A refused change (the administrator demoting themselves) writes nothing.
        start = await AuditRows.LastSequenceAsync(app.Factory);
        var adminId = await app.Factory.QueryAsync(db => db.Users.Where(u => u.UserName == Admin).Select(u => u.Id).SingleAsync());
        await admin.SubmitAsync($"/Users/{adminId}/Edit?handler=Save", await admin.GetOkAsync($"/Users/{adminId}/Edit"), "user-form", new Dictionary<string, string> { ["Form.Role"] = Roles.Reviewer });
        Assert.Empty(await AuditRows.AfterAsync(app.Factory, start));

        // Lock, unlock, reset (generated), and the user's own change: the action, never a password.
        Assert.Equal(HttpStatusCode.Redirect, (await admin.SubmitAsync($"/Users/{id}/Edit?handler=Lock", edit, "lock-form", new Dictionary<string, string>())).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await admin.SubmitAsync($"/Users/{id}/Edit?handler=Unlock", await admin.GetOkAsync($"/Users/{id}/Edit"), "unlock-form", new Dictionary<string, string>())).StatusCode);
        var reset = await (await admin.SubmitAsync($"/Users/{id}/Edit?handler=ResetPassword", edit, "reset-form", new Dictionary<string, string>())).Content.ReadAsStringAsync();
        var fresh = WebUtility.HtmlDecode(Regex.Match(reset, "<code id=\"new-password\">([^<]+)</code>").Groups[1].Value);
        var wang = await Browser.SignedInAsync(app.Factory, "wang", fresh);
        var own = await wang.GetOkAsync("/Users/Password");
        Assert.Contains("密码已修改", await (await wang.SubmitAsync("/Users/Password", own, "password-form", new Dictionary<string, string>
        {
            ["Input.Current"] = fresh, ["Input.New"] = "Neues-Passwort-2024", ["Input.Confirm"] = "Neues-Passwort-2024",
        })).Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(
            [
                AuditRows.Line("admin", "管理员", "锁定", "用户", "wang", "账号状态", "正常", "已锁定"),
                AuditRows.Line("admin", "管理员", "解锁", "用户", "wang", "账号状态", "已锁定", "正常"),
                AuditRows.Line("admin", "管理员", "重置密码", "用户", "wang", "密码", string.Empty, "已重置（系统生成）"),
                AuditRows.Line("wang", "审核", "登录", "用户", "wang", string.Empty, string.Empty, string.Empty),
                AuditRows.Line("wang", "审核", "修改密码", "用户", "wang", "密码", string.Empty, "已修改（本人）"),
            ],
            await AuditRows.AfterAsync(app.Factory, start));
        var everything = string.Join('\n', await AuditRows.AfterAsync(app.Factory, 0));
        foreach (var secret in new[] { password, fresh, "Neues-Passwort-2024" })
        {
            Assert.DoesNotContain(secret, everything, StringComparison.Ordinal);
        }

        // 管理员 read them at /Audit (filtered to users); others may not.
        var page = WebUtility.HtmlDecode(await admin.GetOkAsync("/Audit?type=" + Uri.EscapeDataString("用户")));
        Assert.Contains("<td class=\"old\">单位填报</td><td class=\"new\">审核</td>", page, StringComparison.Ordinal);
        Assert.Contains("已修改（本人）", page, StringComparison.Ordinal);
        // The 对象 column names the user (the key stays in the title and in the CSV).
        Assert.Contains("title=\"用户 wang\">用户：王会计（wang）</td>", page, StringComparison.Ordinal);
        Assert.Contains("<td>wang</td><td>审核</td>", page, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/Audit\">审计日志</a>", await admin.GetOkAsync("/"), StringComparison.Ordinal);
        Assert.NotEqual(HttpStatusCode.OK, (await wang.Client.GetAsync("/Audit")).StatusCode);
        Assert.True((await app.Factory.QueryAsync(db => AuditLog.VerifyAsync(db))).IsIntact);
    }
}
