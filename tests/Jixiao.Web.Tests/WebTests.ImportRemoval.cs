using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Web.Tests;

/// <summary>
/// /api/v1/import removes projects missing from the uploaded file only on the caller's explicit allowRemoval=true (as
/// the command line's --allow-removal); without it the answer is 409 naming what would be removed, and nothing is
/// written.
/// </summary>
public abstract partial class WebTests
{
    [SkippableFact]
    public async Task ApiImport_ThatWouldRemoveAProject_Is409NamingIt_UntilAllowRemovalIsGiven()
    {
        await using var app = await StartAsync();
        var admin = await Browser.SignedInAsync(app.Factory, Admin, JixiaoAppFactory.AdminPassword);
        var text = DemoFile("02-");
        var second = text.IndexOf("2." + BudgetProjectName, StringComparison.Ordinal);
        var third = text.IndexOf("3.教师全员培训", StringComparison.Ordinal);
        var withoutSecond = text[..second] + text[third..];
        var audit = await app.Factory.QueryAsync(db => db.AuditEntries.CountAsync());

        var refused = await admin.Client.PostAsync("/api/v1/import?fileName=partial.txt", Upload(withoutSecond));
        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        var detail = (await refused.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString()!;
        Assert.Contains($"移除 1 个项目", detail, StringComparison.Ordinal);
        Assert.Contains($"《{BudgetProjectName}》", detail, StringComparison.Ordinal);
        Assert.Contains("allowRemoval=true", detail, StringComparison.Ordinal);
        Assert.Equal(1, await LiveProjectsNamedAsync(app, BudgetProjectName));
        Assert.Equal(audit, await app.Factory.QueryAsync(db => db.AuditEntries.CountAsync()));

        var allowed = await admin.Client.PostAsync("/api/v1/import?fileName=partial.txt&allowRemoval=true", Upload(withoutSecond));
        Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
        Assert.Equal(1, (await allowed.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("removed").GetInt32());
        Assert.Equal(0, await LiveProjectsNamedAsync(app, BudgetProjectName));
    }

    private static Task<int> LiveProjectsNamedAsync(TestApp app, string name) =>
        app.Factory.QueryAsync(db => db.ProjectVersions.CountAsync(v => v.Name == name && v.Number == v.Project!.CurrentVersion && v.Project.RemovedAt == null));
}
