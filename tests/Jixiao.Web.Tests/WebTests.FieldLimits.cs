using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Web.Tests;

/// <summary>Per-field length limits (FieldLimits) at every entry: the project API, an indicator row's basis in an
/// imported file, review comments and the monitoring form — a Chinese message naming the field and the limit,
/// nothing written.</summary>
public abstract partial class WebTests
{
    [SkippableFact]
    public async Task HugeProjectName_ThroughTheProjectApi_Is400NamingTheFieldAndLimit_NothingSaved()
    {
        await using var app = await StartAsync();
        var admin = await Browser.SignedInAsync(app.Factory, Admin, JixiaoAppFactory.AdminPassword);
        var id = await app.Factory.ProjectIdAsync(BudgetProjectName);
        var body = ProjectBody(await admin.Client.GetFromJsonAsync<JsonElement>($"/api/v1/projects/{id}"));
        body["projectName"] = new string('校', 100_000);

        var response = await PutAsync(admin, id, body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var text = await response.Content.ReadAsStringAsync();
        Assert.Contains("项目名称有 100000 个字符，超过 100 个字符的上限", text, StringComparison.Ordinal);
        Assert.True(text.Length < 3000, "the answer does not repeat the overlong name");
        Assert.Equal(1, await app.Factory.QueryAsync(db => db.Projects.Where(p => p.Id == id).Select(p => p.CurrentVersion).SingleAsync()));
    }

    [SkippableFact]
    public async Task OverlongBasisInAnImportedFile_NamesTableRowFieldAndLimit_NothingWritten()
    {
        await using var app = await StartAsync();
        var admin = await Browser.SignedInAsync(app.Factory, Admin, JixiaoAppFactory.AdminPassword);
        var versions = await app.Factory.QueryAsync(db => db.ProjectVersions.CountAsync());
        // The cell after the target value "=32所" is that row's 指标值设定依据.
        var text = DemoFile("02-").Replace("\t=32所\n\t", "\t=32所\n\t" + new string('依', 3000), StringComparison.Ordinal);

        var response = await admin.Client.PostAsync("/api/v1/import?fileName=basis.txt", Upload(text));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("basis.txt", problem.GetProperty("file").GetString());
        Assert.Contains("第 1 张项目表第 1 行指标的指标值设定依据有 30", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Contains("个字符，超过 2000 个字符的上限", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal("指标值设定依据", problem.GetProperty("cell").GetString());
        Assert.Equal(versions, await app.Factory.QueryAsync(db => db.ProjectVersions.CountAsync()));
    }

    [SkippableFact]
    public async Task OverlongMonitoringText_IsRefusedPerField_OnTheApi()
    {
        await using var app = await StartAsync();
        var admin = await Browser.SignedInAsync(app.Factory, Admin, JixiaoAppFactory.AdminPassword);
        var id = await app.Factory.ProjectIdAsync(BudgetProjectName);

        var api = await admin.Client.PutAsJsonAsync($"/api/v1/projects/{id}/monitoring/6",
            new { initialBudget = "36.50", spent = "14.60", goalProgress = new string('进', 6000), indicators = new[] { new { row = 1, actual = "20个", remark = new string('备', 2001) } } });

        Assert.Equal(HttpStatusCode.BadRequest, api.StatusCode);
        var text = await api.Content.ReadAsStringAsync();
        Assert.Contains("绩效目标完成情况有 6000 个字符，超过 5000 个字符的上限", text, StringComparison.Ordinal);
        Assert.Contains("第 1 行指标的备注有 2001 个字符，超过 2000 个字符的上限", text, StringComparison.Ordinal);
        Assert.Equal(0, await app.Factory.QueryAsync(db => db.MonitoringRecords.CountAsync(m => m.ProjectId == id)));
    }
}
