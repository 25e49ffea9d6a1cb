using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Jixiao.Documents;
using Jixiao.Documents.Json;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Web.Tests;

/// <summary>A department's 部门整体支出绩效目标表 sent alone after its full text (here as the JSON form, which carries
/// the table and what the form lacks): the preview says the stored project tables stay as they are and warns of no
/// removal; the API imports it without allowRemoval and reports what it kept.</summary>
public abstract partial class WebTests
{
    [SkippableFact]
    public async Task DepartmentTableAlone_PreviewAndApi_KeepTheStoredProjects_WithoutAskingForRemoval()
    {
        await using var app = await StartAsync();
        var admin = await Browser.SignedInAsync(app.Factory, Admin, JixiaoAppFactory.AdminPassword);
        var demo = DocumentFiles.Read(Encoding.UTF8.GetBytes(DemoFile("02-")), ".txt", new ReadOptions { FileName = "demo.txt" }).Document;
        var documentId = await app.Factory.QueryAsync(db => db.Documents
            .Where(d => d.RegionCode == demo.RegionCode && d.FiscalYear == demo.FiscalYear && d.DepartmentCode == demo.DepartmentCode).Select(d => d.Id).SingleAsync());
        var live = await app.Factory.QueryAsync(db => db.Projects.CountAsync(p => p.DocumentId == documentId && p.RemovedAt == null));
        Assert.Equal(demo.Projects.Count, live);
        var path = Path.Combine(Jixiao.Tests.TestFiles.RepositoryRoot, "tests", "Jixiao.Documents.Tests", "Fixtures", "corpus", "department", "hunan-yueyanglou-2023-jiagerenzheng.html");
        var table = DocumentFiles.Read(path, new ReadOptions { RegionCode = demo.RegionCode, FiscalYear = demo.FiscalYear, UnitCode = demo.Projects[0].UnitCode }).Document
            with { DepartmentName = demo.DepartmentName };
        var json = DocumentJson.Write(table);
        var kept = $"文件只含部门整体支出绩效目标表：已保存的 {live} 个项目表保持不变。";

        var preview = await PreviewAsync(admin, await admin.GetOkAsync("/Import"), "table.json", json);
        var response = await admin.Client.PostAsync("/api/v1/import?fileName=table.json", new StringContent(json, Encoding.UTF8, "application/json"));

        Assert.Contains(kept, preview, StringComparison.Ordinal);
        Assert.DoesNotContain("确认导入后将从文档中移除", preview, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var outcome = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(0, outcome.GetProperty("removed").GetInt32());
        Assert.Equal(kept, outcome.GetProperty("kept")[0].GetString());
        Assert.Equal(live, await app.Factory.QueryAsync(db => db.Projects.CountAsync(p => p.DocumentId == documentId && p.RemovedAt == null)));
        Assert.NotEqual(string.Empty, await app.Factory.QueryAsync(db => db.Documents.Where(d => d.Id == documentId).Select(d => d.DepartmentTable).SingleAsync()));
    }
}
