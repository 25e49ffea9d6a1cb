using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Jixiao.Application.Users;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Web.Tests;

/// <summary>
/// Control characters, bidirectional overrides and (in names) zero-width characters are refused at every entry — a
/// form, an API body, an imported file — with a Chinese message naming the field, and nothing is written; a JSON body
/// nested deeper than any form of ours is refused in Chinese, without naming a .NET type.
/// </summary>
public abstract partial class WebTests
{
    [SkippableFact]
    public async Task UnsafeCharacters_AreRefused_NamingTheField_ByFormApiAndImport()
    {
        await using var app = await StartAsync();
        var admin = await Browser.SignedInAsync(app.Factory, Admin, JixiaoAppFactory.AdminPassword);
        var audit = await app.Factory.QueryAsync(db => db.AuditEntries.CountAsync());

        // A form: the new account's display name with U+0001.
        var create = await admin.GetOkAsync("/Users/Create");
        var fields = Browser.FormFields(create, "user-form");
        fields["Form.UserName"] = "clean";
        fields["Form.DisplayName"] = "入\u0001侵者";
        fields["Form.Role"] = Roles.Reviewer;
        var form = await admin.Client.PostAsync("/Users/Create", new FormUrlEncodedContent(fields));
        Assert.Equal(HttpStatusCode.BadRequest, form.StatusCode);
        Assert.Contains("DisplayName", await form.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("U+0001（控制字符）", await form.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.False(await app.Factory.QueryAsync(db => db.Users.AnyAsync(u => u.UserName == "clean")));

        // An API body: the project name with a right-to-left override, then a zero-width space.
        var id = await app.Factory.ProjectIdAsync(BudgetProjectName);
        var body = ProjectBody(await admin.Client.GetFromJsonAsync<JsonElement>($"/api/v1/projects/{id}"));
        foreach (var (name, shown) in new[] { ("中小学\u202E校舍", "U+202E（文字方向控制符）"), ("中小学\u200B校舍", "U+200B（零宽字符）") })
        {
            body["projectName"] = name;
            var put = await PutAsync(admin, id, body);
            Assert.Equal(HttpStatusCode.BadRequest, put.StatusCode);
            var detail = (await put.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString()!;
            Assert.Contains("“projectName”", detail, StringComparison.Ordinal);
            Assert.Contains(shown, detail, StringComparison.Ordinal);
        }

        // Nesting: 200 arrays deep is refused in Chinese, naming no .NET type.
        var deep = await admin.Client.PutAsync($"/api/v1/projects/{id}", new StringContent(new string('[', 200) + new string(']', 200), Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, deep.StatusCode);
        var deepText = await deep.Content.ReadAsStringAsync();
        Assert.Contains("嵌套超过 32 层", deepText, StringComparison.Ordinal);
        Assert.DoesNotContain("System.", deepText, StringComparison.Ordinal);

        // An imported file: a project name with U+0007 in the second table.
        var text = DemoFile("02-").Replace(BudgetProjectName, "中小学\u0007校舍维修改造", StringComparison.Ordinal);
        var import = await admin.Client.PostAsync("/api/v1/import?fileName=bell.txt", Upload(text));
        Assert.Equal(HttpStatusCode.BadRequest, import.StatusCode);
        var importDetail = (await import.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString()!;
        Assert.Contains("第 2 张项目表", importDetail, StringComparison.Ordinal);
        Assert.Contains("U+0007（控制字符）", importDetail, StringComparison.Ordinal);

        Assert.Equal(1, await LiveProjectsNamedAsync(app, BudgetProjectName));
        Assert.Equal(audit, await app.Factory.QueryAsync(db => db.AuditEntries.CountAsync()));
    }
}
