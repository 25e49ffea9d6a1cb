using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Jixiao.Application.Documents;
using Jixiao.Application.Users;
using Jixiao.Data;
using Jixiao.Documents;
using Jixiao.Documents.Json;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Jixiao.Web.Tests;

/// <summary>
/// An import may only add, change, remove or take over projects of units the user may edit. The clerk here has 401002
/// (教师发展中心) only; the 教育 document also holds two projects of 401001 (教育局本级), a sibling unit. Its file with
/// only its own table leaves the sibling's projects as they are (not removed, not named); writing its own unit code
/// into the sibling's table is refused, naming the project code and the unit it belongs to, and nothing is written —
/// on the API, on the import page (preview and a forged confirmation) and in the use case the command line calls.
/// </summary>
public abstract partial class WebTests
{
    private const string SiblingProject = "义务教育学校公用经费";
    private const string SiblingProjectCode = "13010224P000401000021";
    private static readonly string[] SiblingProjects = [SiblingProject, BudgetProjectName];

    [SkippableFact]
    public async Task ClerkImport_LeavesSiblingUnitsProjects_AndCannotTakeOneOver_ByApi()
    {
        await using var app = await StartAsync();
        await app.Factory.CreateClerkAsync("clerk", "401002");
        var clerk = await Browser.SignedInAsync(app.Factory, "clerk", JixiaoAppFactory.UserPassword);

        var own = await clerk.Client.PostAsync("/api/v1/import?fileName=own.txt", Upload(OwnTableOnly("教师全员培训", "教师全员培训（线上）")));
        var body = await own.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
        var outcome = JsonDocument.Parse(body).RootElement;
        Assert.Equal((1, 0), (outcome.GetProperty("changed").GetInt32(), outcome.GetProperty("removed").GetInt32()));
        Assert.All(SiblingProjects, name => Assert.DoesNotContain(name, body, StringComparison.Ordinal));
        Assert.Equal(2, await LiveSiblingProjectsAsync(app));

        var takeover = await clerk.Client.PostAsync("/api/v1/import?fileName=takeover.txt", Upload(Takeover()));
        Assert.Equal(HttpStatusCode.Forbidden, takeover.StatusCode);
        var detail = (await takeover.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString()!;
        Assert.Contains($"项目编码 {SiblingProjectCode} 的项目属于单位 401001 长安区教育局本级", detail, StringComparison.Ordinal);
        Assert.Contains("联系系统管理员", detail, StringComparison.Ordinal);
        await AssertSiblingUntouchedAsync(app);
    }

    [SkippableFact]
    public async Task ClerkImport_PagePreviewAndForgedConfirm_KeepSiblingProjects_AndRefuseTakeover()
    {
        await using var app = await StartAsync();
        await app.Factory.CreateClerkAsync("clerk", "401002");
        var clerk = await Browser.SignedInAsync(app.Factory, "clerk", JixiaoAppFactory.UserPassword);
        var page = await clerk.GetOkAsync("/Import");

        var ownPreview = await PreviewAsync(clerk, page, "own.txt", OwnTableOnly("教师全员培训", "教师全员培训（线上）"));
        Assert.Contains("新增 0 个项目，更新 1 个，未变 0 个，移除 0 个", ownPreview, StringComparison.Ordinal);
        Assert.All(SiblingProjects, name => Assert.DoesNotContain(name, ownPreview, StringComparison.Ordinal));
        Assert.Contains("确认导入 1 个文件", ownPreview, StringComparison.Ordinal);
        // The preview ran the import and rolled it back: nothing of it is stored.
        Assert.Equal(0, await app.Factory.QueryAsync(db => db.ProjectVersions.CountAsync(v => v.Name == "教师全员培训（线上）")));

        var takeoverPreview = await PreviewAsync(clerk, page, "takeover.txt", Takeover());
        Assert.Contains($"不能导入：项目编码 {SiblingProjectCode} 的项目属于单位 401001 长安区教育局本级", takeoverPreview, StringComparison.Ordinal);
        Assert.DoesNotContain("确认导入", takeoverPreview, StringComparison.Ordinal);

        // A confirmation posted without the preview (the JSON written by hand) is refused by the same use case.
        var read = DocumentFiles.Read(Encoding.UTF8.GetBytes(Takeover()), ".txt", new ReadOptions { FileName = "takeover.txt" });
        var confirmed = await clerk.Client.PostAsync("/Import?handler=Confirm", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = Browser.Token(page),
            ["Items[0].FileName"] = "takeover.txt",
            ["Items[0].Json"] = DocumentJson.Write(read.Document),
        }));
        var result = WebUtility.HtmlDecode(await confirmed.Content.ReadAsStringAsync());
        Assert.Contains("takeover.txt：未导入。", result, StringComparison.Ordinal);
        Assert.Contains($"项目编码 {SiblingProjectCode} 的项目属于单位 401001 长安区教育局本级", result, StringComparison.Ordinal);
        await AssertSiblingUntouchedAsync(app);

        // The administrator's preview of the same partial file names the two projects the import would remove.
        var admin = await Browser.SignedInAsync(app.Factory, Admin, JixiaoAppFactory.AdminPassword);
        var adminPreview = await PreviewAsync(admin, await admin.GetOkAsync("/Import"), "own.txt", OwnTableOnly());
        Assert.Contains("以下 2 个项目不在此文件中，确认导入后将从文档中移除", adminPreview, StringComparison.Ordinal);
        Assert.All(SiblingProjects, name => Assert.Contains($"《{name}》", adminPreview, StringComparison.Ordinal));
        Assert.Equal(2, await LiveSiblingProjectsAsync(app));
    }

    /// <summary>The path of <c>jixiao db import</c> and the demo data: the use case itself, given the clerk's rights.</summary>
    [SkippableFact]
    public async Task ClerkImport_TheUseCaseRefusesTakeover_WhateverTheHost()
    {
        await using var app = await StartAsync();
        var account = await app.Factory.CreateClerkAsync("clerk", "401002");
        await using var scope = app.Factory.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var principal = await services.GetRequiredService<SignInManager<JixiaoUser>>().CreateUserPrincipalAsync(account);
        var user = await UserAccess.LoadAsync(services.GetRequiredService<JixiaoDbContext>(), principal);
        var imports = services.GetRequiredService<DocumentImport>();
        var read = DocumentFiles.Read(Encoding.UTF8.GetBytes(Takeover()), ".txt", new ReadOptions { FileName = "takeover.txt" });

        var refused = await Assert.ThrowsAsync<ImportException>(() => imports.ImportAsync(read, user, new ImportRequest("clerk", "takeover.txt")));
        Assert.True(refused.IsRefused);
        Assert.Equal("takeover.txt", refused.FileName);
        Assert.Equal("单位代码", refused.Cell);
        await AssertSiblingUntouchedAsync(app);

        var kept = await imports.ImportAsync(DocumentFiles.Read(Encoding.UTF8.GetBytes(OwnTableOnly()), ".txt", new ReadOptions { FileName = "own.txt" }),
            user, new ImportRequest("clerk", "own.txt"));
        Assert.Equal(0, kept.Result!.Removed);
        Assert.Equal(2, await LiveSiblingProjectsAsync(app));
    }

    /// <summary>The 教育 document with only the clerk's table (3, 401002), optionally with a change in it.</summary>
    private static string OwnTableOnly(string? find = null, string? replace = null)
    {
        var text = DemoFile("02-");
        var first = text.IndexOf("1." + SiblingProject, StringComparison.Ordinal);
        var own = text.IndexOf("3.教师全员培训", StringComparison.Ordinal);
        var result = text[..first] + text[own..];
        return find is null ? result : result.Replace(find, replace, StringComparison.Ordinal);
    }

    /// <summary>The clerk's file with the sibling's first table added back under the clerk's own unit code.</summary>
    private static string Takeover()
    {
        var text = DemoFile("02-");
        var first = text.IndexOf("1." + SiblingProject, StringComparison.Ordinal);
        var second = text.IndexOf("2." + BudgetProjectName, StringComparison.Ordinal);
        var sibling = text[first..second].Replace("401001长安区教育局本级", "401002长安区教师发展中心", StringComparison.Ordinal);
        var own = OwnTableOnly();
        var at = own.IndexOf("3.教师全员培训", StringComparison.Ordinal);
        return own[..at] + sibling + own[at..];
    }

    private static async Task<string> PreviewAsync(Browser browser, string page, string fileName, string text)
    {
        var upload = new MultipartFormDataContent
        {
            { new StringContent(Browser.Token(page)), "__RequestVerificationToken" },
            { new ByteArrayContent(Encoding.UTF8.GetBytes(text)), "Files", fileName },
        };
        var response = await browser.Client.PostAsync("/Import?handler=Preview", upload);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
    }

    private static Task<int> LiveSiblingProjectsAsync(TestApp app) =>
        app.Factory.QueryAsync(db => db.Projects.CountAsync(p => p.Unit!.Code == "401001" && p.RemovedAt == null));

    private static async Task AssertSiblingUntouchedAsync(TestApp app)
    {
        var stored = await app.Factory.QueryAsync(db => db.Projects.Where(p => p.Code == SiblingProjectCode)
            .Select(p => new { Unit = p.Unit!.Code, p.CurrentVersion, p.RemovedAt }).SingleAsync());
        Assert.Equal(("401001", 1, (DateTime?)null), (stored.Unit, stored.CurrentVersion, stored.RemovedAt));
        Assert.Equal(2, await LiveSiblingProjectsAsync(app));
    }
}
