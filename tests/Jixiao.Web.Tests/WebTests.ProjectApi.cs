using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Jixiao.Application.Users;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Web.Tests;

/// <summary>PUT /api/v1/projects/{id}: the edit form's rules and messages, re-review on save, the same permissions.</summary>
public abstract partial class WebTests
{
    [SkippableFact]
    public async Task ApiPut_SavesTheEditedTable_ReviewsAgain_AndRejectsWrongFieldsInChinese()
    {
        await using var app = await StartAsync();
        var admin = await Browser.SignedInAsync(app.Factory, Admin, JixiaoAppFactory.AdminPassword);
        var id = await app.Factory.ProjectIdAsync(BudgetProjectName);
        var before = await admin.Client.GetFromJsonAsync<JsonElement>($"/api/v1/projects/{id}");
        Assert.Contains(before.GetProperty("findings").EnumerateArray(), f => f.GetProperty("ruleId").GetString() == "VAL-05" && f.GetProperty("indicatorRow").GetInt32() == 4);

        var body = ProjectBody(before);
        body["indicators"]![3]!["target"]!["text"] = "=0处";
        var saved = await PutAsync(admin, id, body);
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        var after = await saved.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(2, after.GetProperty("currentVersion").GetInt32());
        Assert.Equal("=0处", after.GetProperty("table").GetProperty("indicators")[3].GetProperty("target").GetString());
        Assert.DoesNotContain(after.GetProperty("findings").EnumerateArray(), f => f.GetProperty("ruleId").GetString() == "VAL-05" && f.GetProperty("indicatorRow").GetInt32() == 4);
        Assert.Equal(HttpStatusCode.OK, (await PutAsync(admin, id, body)).StatusCode);
        Assert.Equal(2, await app.Factory.QueryAsync(db => db.Projects.Where(p => p.Id == id).Select(p => p.CurrentVersion).SingleAsync()));

        // A client that read version 1 (If-Match: "1") and saves after version 2 exists is refused; version 2 stays.
        var stale = ProjectBody(before);
        stale["indicators"]![3]!["target"]!["text"] = "=1处";
        using var staleRequest = new HttpRequestMessage(HttpMethod.Put, $"/api/v1/projects/{id}") { Content = new StringContent(stale.ToJsonString(), Encoding.UTF8, "application/json") };
        staleRequest.Headers.TryAddWithoutValidation("If-Match", "\"1\"");
        var conflict = await admin.Client.SendAsync(staleRequest);
        Assert.Equal(HttpStatusCode.Conflict, conflict.StatusCode);
        Assert.Equal("项目已被他人修改", (await conflict.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("title").GetString());
        Assert.Equal(2, await app.Factory.QueryAsync(db => db.Projects.Where(p => p.Id == id).Select(p => p.CurrentVersion).SingleAsync()));

        var wrong = ProjectBody(before);
        wrong["budget"] = "四百万";
        wrong["indicators"]![0]!["target"]!["text"] = "≥";
        wrong["indicators"]![1]!["level2"] = "经济效益指标";
        wrong["projectCode"] = "13010224P000000000001";
        var rejected = await PutAsync(admin, id, wrong);
        Assert.Equal(HttpStatusCode.BadRequest, rejected.StatusCode);
        Assert.Equal("application/problem+json", rejected.Content.Headers.ContentType?.MediaType);
        var problem = await rejected.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("项目内容有误", problem.GetProperty("title").GetString());
        var errors = problem.GetProperty("errors");
        Assert.Contains("预算数“四百万”不是有效金额", errors.GetProperty("budget")[0].GetString(), StringComparison.Ordinal);
        Assert.Contains("第 1 行：指标值“≥”无法识别", errors.GetProperty("indicators[0].target.text")[0].GetString(), StringComparison.Ordinal);
        Assert.Contains("不属于一级指标“产出指标”", errors.GetProperty("indicators[1].level2")[0].GetString(), StringComparison.Ordinal);
        Assert.Contains("不能修改", errors.GetProperty("projectCode")[0].GetString(), StringComparison.Ordinal);
        Assert.Equal(2, await app.Factory.QueryAsync(db => db.Projects.Where(p => p.Id == id).Select(p => p.CurrentVersion).SingleAsync()));

        var broken = await admin.Client.PutAsync($"/api/v1/projects/{id}", new StringContent("{ 不是 JSON", Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, broken.StatusCode);
        Assert.Contains("不是有效的项目 JSON", (await broken.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString(), StringComparison.Ordinal);
        var form = await admin.Client.PutAsync($"/api/v1/projects/{id}", new StringContent(body.ToJsonString(), Encoding.UTF8, "text/plain"));
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, form.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await PutAsync(admin, 999999, body)).StatusCode);
    }

    [SkippableFact]
    public async Task ApiPut_AcceptsValuesAsPublishedTablesWriteThem_AndReadsThemBackTheSameWay()
    {
        await using var app = await StartAsync();
        var admin = await Browser.SignedInAsync(app.Factory, Admin, JixiaoAppFactory.AdminPassword);
        var id = await app.Factory.ProjectIdAsync(BudgetProjectName);
        var body = ProjectBody(await admin.Client.GetFromJsonAsync<JsonElement>($"/api/v1/projects/{id}"));
        string[] written = ["≧98%", "95%以上。", "≤530元/人*月", "××人", "2024年10月底前", "30-45分钟"];
        var indicators = body["indicators"]!.AsArray();
        for (var i = 0; i < written.Length && i < indicators.Count; i++)
        {
            indicators[i]!["target"]!["text"] = written[i];
        }

        var saved = await PutAsync(admin, id, body);
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        var after = await saved.Content.ReadFromJsonAsync<JsonElement>();
        var rows = after.GetProperty("table").GetProperty("indicators");
        var findings = after.GetProperty("findings").EnumerateArray().ToList();
        for (var i = 0; i < Math.Min(written.Length, indicators.Count); i++)
        {
            Assert.Equal(written[i], rows[i].GetProperty("target").GetString());
            Assert.DoesNotContain(findings, f => f.GetProperty("ruleId").GetString() is "VAL-01" or "VAL-03" && f.GetProperty("indicatorRow").GetInt32() == i + 1);
        }

        // The placeholder with a unit is saved as written and flagged, not rejected.
        Assert.Contains(findings, f => f.GetProperty("ruleId").GetString() == "VAL-05" && f.GetProperty("indicatorRow").GetInt32() == 4);
        var version = await app.Factory.QueryAsync(db => db.ProjectVersions.Where(v => v.ProjectId == id && v.Number == 2).Select(v => v.Id).SingleAsync());
        var stored = await app.Factory.QueryAsync(db => db.ProjectIndicators.Where(r => r.VersionId == version).OrderBy(r => r.Row).ToListAsync());
        Assert.NotEmpty(stored);
        Assert.All(stored, r => Assert.Equal(Domain.Goals.TargetValue.Parse(r.TargetText).Kind, r.TargetKind));
    }

    [SkippableFact]
    public async Task ApiPut_IsRefusedToReviewersAndToOtherUnitsEditors()
    {
        await using var app = await StartAsync();
        await app.Factory.CreateUserAsync("reviewer", Roles.Reviewer);
        await app.Factory.CreateUserAsync("health", Roles.UnitEditor, "402001");
        var id = await app.Factory.ProjectIdAsync(BudgetProjectName);
        var admin = await Browser.SignedInAsync(app.Factory, Admin, JixiaoAppFactory.AdminPassword);
        var body = ProjectBody(await admin.Client.GetFromJsonAsync<JsonElement>($"/api/v1/projects/{id}"));
        body["fundUse"] = "改由他人填写";
        foreach (var name in new[] { "reviewer", "health" })
        {
            var other = await Browser.SignedInAsync(app.Factory, name, JixiaoAppFactory.UserPassword);
            Assert.Equal(HttpStatusCode.Forbidden, (await PutAsync(other, id, body)).StatusCode);
        }

        Assert.Equal(1, await app.Factory.QueryAsync(db => db.Projects.Where(p => p.Id == id).Select(p => p.CurrentVersion).SingleAsync()));
        Assert.Equal(HttpStatusCode.Unauthorized, (await PutAsync(Browser.Anonymous(app.Factory), id, body)).StatusCode);
    }

    /// <summary>The project object of jixiao-document JSON, built from the API's view of the table.</summary>
    private static JsonObject ProjectBody(JsonElement view)
    {
        var table = view.GetProperty("table");
        return new JsonObject
        {
            ["projectCode"] = table.GetProperty("projectCode").GetString(),
            ["projectName"] = table.GetProperty("name").GetString(),
            ["budget"] = table.GetProperty("budget").GetString(),
            ["fiscalFunds"] = table.GetProperty("fiscalFunds").GetString(),
            ["otherFunds"] = table.GetProperty("otherFunds").GetString(),
            ["fundUse"] = table.GetProperty("fundUse").GetString(),
            ["spendingPlan"] = new JsonArray([.. table.GetProperty("spendingPlan").EnumerateArray().Select(c => (JsonNode)new JsonObject
            {
                ["month"] = c.GetProperty("month").GetInt32(), ["cumulativePercent"] = c.GetProperty("cumulativePercent").GetDecimal(),
            })]),
            ["goals"] = new JsonArray([.. table.GetProperty("goals").EnumerateArray().Select(g => (JsonNode)new JsonObject
            {
                ["number"] = g.GetProperty("number").GetInt32(), ["text"] = g.GetProperty("text").GetString(),
            })]),
            ["indicators"] = new JsonArray([.. table.GetProperty("indicators").EnumerateArray().Select(i => (JsonNode)new JsonObject
            {
                ["level1"] = i.GetProperty("level1").GetString(),
                ["level2"] = i.GetProperty("level2").GetString(),
                ["name"] = i.GetProperty("name").GetString(),
                ["description"] = i.GetProperty("description").GetString(),
                ["target"] = new JsonObject { ["text"] = i.GetProperty("target").GetString() },
                ["targetBasis"] = i.GetProperty("targetBasis").GetString(),
            })]),
        };
    }

    private static Task<HttpResponseMessage> PutAsync(Browser browser, int id, JsonObject body) =>
        browser.Client.PutAsync($"/api/v1/projects/{id}", new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json"));
}
