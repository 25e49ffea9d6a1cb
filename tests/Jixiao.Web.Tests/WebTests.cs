using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Jixiao.Application.Users;
using Jixiao.Documents;
using Jixiao.Domain;
using Jixiao.Tests;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Web.Tests;

/// <summary>
/// Every page and endpoint over HTTP against the real app. The suite runs unchanged on a SQLite file
/// (<see cref="SqliteWebTests"/>) and on PostgreSQL (<see cref="PostgresWebTests"/>); each test gets a fresh database
/// with the demo region (长安区 130102, 2024).
/// </summary>
public abstract partial class WebTests
{
    private const string Admin = "admin";
    private const string BudgetProjectName = "中小学校舍维修改造";
    private const string OtherUnitProjectName = "基本公共卫生服务补助";

    protected abstract Task<ITestDatabase> CreateDatabaseAsync();

    /// <summary>A copy of the database the app leaves on its first start, with the demo region (<see cref="DemoDatabase"/>).</summary>
    protected abstract Task<ITestDatabase> CreateDemoDatabaseAsync();

    [SkippableFact]
    public async Task Anonymous_IsRedirectedToLogin_AndApiAnswers401()
    {
        await using var app = await StartAsync();
        var browser = Browser.Anonymous(app.Factory);
        foreach (var url in new[] { "/", "/Review", "/Import", "/Units/1", "/Projects/1" })
        {
            var response = await browser.Client.GetAsync(url);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.StartsWith("/Account/Login", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        }

        var api = await browser.Client.GetAsync("/api/v1/documents");
        Assert.Equal(HttpStatusCode.Unauthorized, api.StatusCode);
        Assert.Equal("application/problem+json", api.Content.Headers.ContentType?.MediaType);
        var login = await browser.GetOkAsync("/Account/Login");
        Assert.Contains("<html lang=\"zh-CN\">", login, StringComparison.Ordinal);
        Assert.Contains("用户名", login, StringComparison.Ordinal);

        // Implicitly required fields (the 记住我 checkbox) carry Chinese validation text, not MVC's English default.
        Assert.DoesNotContain("field is required", login, StringComparison.Ordinal);
        Assert.Contains("请填写“记住我”。", login, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task Login_WithoutAntiforgeryToken_IsRejected_AndRepeatedFailuresLockTheAccount()
    {
        await using var app = await StartAsync();
        var browser = Browser.Anonymous(app.Factory);
        var noToken = await browser.Client.PostAsync("/Account/Login", new FormUrlEncodedContent(new Dictionary<string, string> { ["Input.UserName"] = Admin, ["Input.Password"] = JixiaoAppFactory.AdminPassword }));
        Assert.Equal(HttpStatusCode.BadRequest, noToken.StatusCode);

        string page = string.Empty;
        for (var i = 0; i < 5; i++)
        {
            var wrong = await browser.LoginAsync(Admin, "wrong-password");
            page = await wrong.Content.ReadAsStringAsync();
            Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
        }

        Assert.Contains("已被暂时锁定", page, StringComparison.Ordinal);
        var right = await browser.LoginAsync(Admin, JixiaoAppFactory.AdminPassword);
        Assert.Equal(HttpStatusCode.OK, right.StatusCode);
        Assert.Contains("已被暂时锁定", await right.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task Dashboard_ShowsDemoUnitsBudgetGradesChartsAndSearch()
    {
        await using var app = await StartAsync();
        var admin = await Browser.SignedInAsync(app.Factory, Admin, JixiaoAppFactory.AdminPassword);
        var page = await admin.GetOkAsync("/");
        Assert.Contains("2024 年度预算绩效目标", page, StringComparison.Ordinal);
        Assert.Contains("长安区教育局本级", page, StringComparison.Ordinal);
        Assert.Contains("长安区农业技术推广站", page, StringComparison.Ordinal);
        Assert.Contains("各单位预算数（万元）", page, StringComparison.Ordinal);
        Assert.Contains("审核等级分布", page, StringComparison.Ordinal);
        Assert.Contains("<svg", page, StringComparison.Ordinal);
        // 教育局本级: 860.00 + 420.00; 教师发展中心: 96.50 (exact sums of the demo tables).
        Assert.Contains("1280.00", page, StringComparison.Ordinal);
        Assert.Contains("96.50", page, StringComparison.Ordinal);

        var search = await admin.GetOkAsync("/?handler=Search&q=" + Uri.EscapeDataString("校舍"));
        Assert.Contains(BudgetProjectName, search, StringComparison.Ordinal);
        Assert.DoesNotContain("<html", search, StringComparison.Ordinal);
        var byCode = await admin.GetOkAsync("/?q=13010224P000403000041");
        Assert.Contains("高标准农田建设", byCode, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task UnitPage_ShowsPart1AndProjectList_AndExportsTextAndJson()
    {
        await using var app = await StartAsync();
        var admin = await Browser.SignedInAsync(app.Factory, Admin, JixiaoAppFactory.AdminPassword);
        var unitId = await app.Factory.QueryAsync(db => db.Units.Where(u => u.Code == "401001").Select(u => u.Id).SingleAsync());
        var page = await admin.GetOkAsync($"/Units/{unitId}");
        Assert.Contains("总体绩效目标", page, StringComparison.Ordinal);
        Assert.Contains("义务教育保障", page, StringComparison.Ordinal);
        Assert.Contains("完成保障措施", page, StringComparison.Ordinal);
        Assert.Contains("义务教育学校公用经费", page, StringComparison.Ordinal);
        Assert.Contains(BudgetProjectName, page, StringComparison.Ordinal);

        var documentId = await app.Factory.QueryAsync(db => db.Documents.Where(d => d.DepartmentCode == "401").Select(d => d.Id).SingleAsync());
        var text = await admin.Client.GetAsync($"/api/v1/documents/{documentId}/export?format=text");
        Assert.Equal(HttpStatusCode.OK, text.StatusCode);
        var read = DocumentFiles.Read(await text.Content.ReadAsByteArrayAsync(), ".txt", new ReadOptions { FileName = "export.txt" });
        Assert.False(read.HasErrors, string.Join('\n', read.Errors));
        Assert.Equal(3, read.Document.Projects.Count);
        Assert.Equal("1376.50", read.Document.TotalBudget.ToWanYuanString());

        var json = await admin.Client.GetAsync($"/api/v1/documents/{documentId}/export?format=json");
        Assert.Equal(HttpStatusCode.OK, json.StatusCode);
        Assert.Contains("jixiao.document/1", await json.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        foreach (var format in new[] { "docx", "xlsx" })
        {
            var office = await admin.Client.GetAsync($"/api/v1/documents/{documentId}/export?format={format}");
            Assert.Equal(HttpStatusCode.OK, office.StatusCode);
            var bytes = await office.Content.ReadAsByteArrayAsync();
            var back = DocumentFiles.Read(bytes, "." + format, new ReadOptions { FileName = "export." + format });
            Assert.False(back.HasErrors, string.Join('\n', back.Errors));
            Assert.Equal("1376.50", back.Document.TotalBudget.ToWanYuanString());
        }

        var bad = await admin.Client.GetAsync($"/api/v1/documents/{documentId}/export?format=pdf");
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Equal("application/problem+json", bad.Content.Headers.ContentType?.MediaType);
    }

    [SkippableFact]
    public async Task ProjectPage_ShowsFindingsOnTheirCells_AndEditingTheTargetRemovesTheFinding()
    {
        await using var app = await StartAsync();
        var admin = await Browser.SignedInAsync(app.Factory, Admin, JixiaoAppFactory.AdminPassword);
        var id = await app.Factory.ProjectIdAsync(BudgetProjectName);
        var page = await admin.GetOkAsync($"/Projects/{id}");
        Assert.Contains("项目编码", page, StringComparison.Ordinal);
        Assert.Contains("预算规模及资金用途", page, StringComparison.Ordinal);
        // Row 4's 指标值 is the placeholder "无" (VAL-05): its cell is marked and the finding is listed with a fix.
        var target = TargetCell(page, 4);
        Assert.Matches("has-(error|warning)", target);
        Assert.Contains("data-rule=\"VAL-05\"", target, StringComparison.Ordinal);
        Assert.Contains(RuleTitles.Of("VAL-05"), page.Split("id=\"findings\"")[1], StringComparison.Ordinal);
        Assert.Contains("修改建议", page, StringComparison.Ordinal);
        var before = await FindingCountAsync(app, id);

        var edit = await admin.GetOkAsync($"/Projects/{id}/Edit");
        var saved = await admin.SubmitAsync($"/Projects/{id}/Edit", edit, "project-form", new Dictionary<string, string>
        {
            ["Form.Indicators[3].Target"] = "=0处",
            ["Command"] = "save",
        });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var after = await admin.GetOkAsync($"/Projects/{id}");
        Assert.Contains("已保存为第 2 版", after, StringComparison.Ordinal);
        Assert.DoesNotContain("data-rule=\"VAL-05\"", TargetCell(after, 4), StringComparison.Ordinal);
        Assert.True(await FindingCountAsync(app, id) < before);
        Assert.Contains("第 2 版", after, StringComparison.Ordinal);
        Assert.Contains(DocumentStoreSource, after, StringComparison.Ordinal);

        var diff = await admin.GetOkAsync($"/Projects/{id}?from=1&to=2");
        Assert.Contains("id=\"differences\"", diff, StringComparison.Ordinal);
        Assert.Contains("=0处", diff, StringComparison.Ordinal);
        // Said as a reader says it (row and column of the table), never as a code path, and side by side.
        Assert.Matches("<li>第4行 指标值：“[^”]*” → “=0处”</li>", diff);
        Assert.DoesNotContain("指标[", diff[diff.IndexOf("id=\"differences\"", StringComparison.Ordinal)..], StringComparison.Ordinal);
        Assert.Matches("<table class=\"list version-compare\" id=\"version-compare\">.*<th>第 1 版</th><th>第 2 版</th>.*<th scope=\"row\">第4行 指标值</th><td class=\"old\">[^<]*</td><td class=\"new\">=0处</td>",
            diff.ReplaceLineEndings(" "));
        var old = await admin.GetOkAsync($"/Projects/{id}?version=1");
        Assert.Contains("正在查看第 1 版", old, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task EditProject_ShowsChineseMessagesNextToWrongFields_AndRowCommandsWork()
    {
        await using var app = await StartAsync();
        var admin = await Browser.SignedInAsync(app.Factory, Admin, JixiaoAppFactory.AdminPassword);
        var id = await app.Factory.ProjectIdAsync(BudgetProjectName);
        var edit = await admin.GetOkAsync($"/Projects/{id}/Edit");
        Assert.Contains("<optgroup label=\"产出指标\">", edit, StringComparison.Ordinal);

        var invalid = await admin.SubmitAsync($"/Projects/{id}/Edit", edit, "project-form", new Dictionary<string, string>
        {
            ["Form.Budget"] = "四百万",
            ["Form.Indicators[0].Target"] = "≥",
            ["Form.Indicators[1].Level2"] = "经济效益指标",
            ["Form.Plan[1].Percent"] = "5",
            ["Command"] = "save",
        });
        var html = await invalid.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, invalid.StatusCode);
        Assert.Contains("预算数“四百万”不是有效金额", html, StringComparison.Ordinal);
        Assert.Contains("第 1 行：指标值“≥”无法识别", html, StringComparison.Ordinal);
        Assert.Contains("第 2 行：二级指标“经济效益指标”不属于一级指标“产出指标”", html, StringComparison.Ordinal);
        Assert.Contains("累计比例不能减少", html, StringComparison.Ordinal);
        Assert.Equal(1, await app.Factory.QueryAsync(db => db.Projects.Where(p => p.Id == id).Select(p => p.CurrentVersion).SingleAsync()));

        var added = await admin.SubmitAsync($"/Projects/{id}/Edit", edit, "project-form", new Dictionary<string, string> { ["Command"] = "add-row" });
        var withRow = await added.Content.ReadAsStringAsync();
        Assert.Contains("data-row=\"6\"", withRow, StringComparison.Ordinal);
        var moved = await admin.SubmitAsync($"/Projects/{id}/Edit", edit, "project-form", new Dictionary<string, string> { ["Command"] = "down:0" });
        var fields = Browser.FormFields(await moved.Content.ReadAsStringAsync(), "project-form");
        Assert.Equal("工程验收合格率", fields["Form.Indicators[0].Name"]);
        Assert.Equal("维修改造学校数", fields["Form.Indicators[1].Name"]);
        var removed = await admin.SubmitAsync($"/Projects/{id}/Edit", edit, "project-form", new Dictionary<string, string> { ["Command"] = "remove:4" });
        Assert.DoesNotContain("data-row=\"5\"", await removed.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task EditProject_KeepsAnOlderFormsLevelNames_AsTheReviewReadsThem_ButNotANameNoFormUses()
    {
        await using var app = await StartAsync();
        var admin = await Browser.SignedInAsync(app.Factory, Admin, JixiaoAppFactory.AdminPassword);
        var id = await app.Factory.ProjectIdAsync(BudgetProjectName);
        var edit = await admin.GetOkAsync($"/Projects/{id}/Edit");
        var fields = Browser.FormFields(edit, "project-form");
        Assert.Equal("产出指标", fields["Form.Indicators[0].Level1"]);

        // 影响指标 is no level of any form: refused, nothing saved.
        var refused = await admin.SubmitAsync($"/Projects/{id}/Edit", edit, "project-form", new Dictionary<string, string>
        {
            ["Form.Indicators[0].Level1"] = "影响指标",
            ["Command"] = "save",
        });
        Assert.Contains("第 1 行：一级指标“影响指标”不在指标体系", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(1, await app.Factory.QueryAsync(db => db.Projects.Where(p => p.Id == id).Select(p => p.CurrentVersion).SingleAsync()));

        // 项目完成指标 is the older forms' 产出指标: saved as written (version 2), its 二级 checked against 产出指标.
        var saved = await admin.SubmitAsync($"/Projects/{id}/Edit", edit, "project-form", new Dictionary<string, string>
        {
            ["Form.Indicators[0].Level1"] = "项目完成指标",
            ["Command"] = "save",
        });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal(2, await app.Factory.QueryAsync(db => db.Projects.Where(p => p.Id == id).Select(p => p.CurrentVersion).SingleAsync()));
        var stored = await admin.GetOkAsync($"/Projects/{id}/Edit");
        Assert.Equal("项目完成指标", Browser.FormFields(stored, "project-form")["Form.Indicators[0].Level1"]);
    }

    [SkippableFact]
    public async Task EditPart1_SavesTheOverallGoal()
    {
        await using var app = await StartAsync();
        var admin = await Browser.SignedInAsync(app.Factory, Admin, JixiaoAppFactory.AdminPassword);
        var documentId = await app.Factory.QueryAsync(db => db.Documents.Where(d => d.DepartmentCode == "402").Select(d => d.Id).SingleAsync());
        var form = await admin.GetOkAsync($"/Documents/{documentId}/EditPart1");
        var page = form.Replace("<form method=\"post\" class=\"editor\" data-unsaved-warning data-enter-stays>", "<form method=\"post\" class=\"editor\" id=\"part1\">", StringComparison.Ordinal);
        var subGoals = await app.Factory.QueryAsync(db => db.DocumentSubGoals.CountAsync(g => g.DocumentId == documentId));
        Assert.True(subGoals > 0, "the demo document has sub-goals, so a removal would show");
        // Enter in a one-line field sends the form's first button, the hidden 刷新: the page again, nothing removed or saved
        // (before, the first button was 删除此分项目标 of the first sub-goal).
        var enter = await admin.SubmitAsync($"/Documents/{documentId}/EditPart1", page, "part1", new Dictionary<string, string> { ["Form.OverallGoal"] = "未保存的修改", ["Command"] = "stay" });
        Assert.Equal(HttpStatusCode.OK, enter.StatusCode);
        Assert.Contains("未保存的修改", await enter.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(subGoals, await app.Factory.QueryAsync(db => db.DocumentSubGoals.CountAsync(g => g.DocumentId == documentId)));
        Assert.NotEqual("未保存的修改", await app.Factory.QueryAsync(db => db.Documents.Where(d => d.Id == documentId).Select(d => d.OverallGoal).SingleAsync()));
        Assert.Matches("data-enter-stays>\\s*<button type=\"submit\" name=\"Command\" value=\"stay\"", form);
        var empty = await admin.SubmitAsync($"/Documents/{documentId}/EditPart1", page, "part1", new Dictionary<string, string> { ["Form.OverallGoal"] = " ", ["Command"] = "save" });
        Assert.Contains("请填写总体绩效目标", await empty.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var saved = await admin.SubmitAsync($"/Documents/{documentId}/EditPart1", page, "part1", new Dictionary<string, string> { ["Form.OverallGoal"] = "2024年全区居民健康水平持续提高。", ["Command"] = "save" });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal("2024年全区居民健康水平持续提高。", await app.Factory.QueryAsync(db => db.Documents.Where(d => d.Id == documentId).Select(d => d.OverallGoal).SingleAsync()));
    }

    [SkippableFact]
    public async Task Import_PreviewsEveryProblem_ThenImportsTheTextOnConfirm()
    {
        await using var app = await StartAsync();
        var admin = await Browser.SignedInAsync(app.Factory, Admin, JixiaoAppFactory.AdminPassword);
        var page = await admin.GetOkAsync("/Import");
        var upload = new MultipartFormDataContent
        {
            { new StringContent(Browser.Token(page)), "__RequestVerificationToken" },
            { new ByteArrayContent(TestFiles.DepartmentTextBytes), "Files", "text.txt" },
            { new ByteArrayContent(Encoding.UTF8.GetBytes("这不是一份预算绩效文本")), "Files", "broken.txt" },
        };
        var preview = await admin.Client.PostAsync("/Import?handler=Preview", upload);
        var html = await preview.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, preview.StatusCode);
        Assert.Contains("项目绩效目标表 10 张，预算合计 173.67 万元", html, StringComparison.Ordinal);
        Assert.Contains("broken.txt", html, StringComparison.Ordinal);
        Assert.Contains("文件有错误，不能导入", html, StringComparison.Ordinal);
        Assert.Contains("确认导入 1 个文件", html, StringComparison.Ordinal);
        Assert.Equal(0, await app.Factory.QueryAsync(db => db.Documents.CountAsync(d => d.RegionCode == "139102")));

        var confirm = await admin.SubmitAsync("/Import?handler=Confirm", html, "confirm-form", new Dictionary<string, string>());
        var result = await confirm.Content.ReadAsStringAsync();
        Assert.Contains("新增 10 个项目", result, StringComparison.Ordinal);
        var dashboard = await admin.GetOkAsync("/?region=139102");
        Assert.Contains("173.67", dashboard, StringComparison.Ordinal);

        var again = await admin.SubmitAsync("/Import?handler=Confirm", html, "confirm-form", new Dictionary<string, string>());
        Assert.Contains("内容与已导入的完全相同，没有变化。", await again.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task ReviewList_FiltersAndExportsCsv()
    {
        await using var app = await StartAsync();
        var admin = await Browser.SignedInAsync(app.Factory, Admin, JixiaoAppFactory.AdminPassword);
        var all = await admin.GetOkAsync("/Review");
        Assert.Contains("id=\"finding-list\"", all, StringComparison.Ordinal);
        var total = await app.Factory.QueryAsync(db => Application.Review.ReviewQueries.LatestRuns(db).SelectMany(r => r.Findings).CountAsync());
        Assert.True(total > 0);
        Assert.Contains($"共 {total} 条", all, StringComparison.Ordinal);

        var unitId = await app.Factory.QueryAsync(db => db.Units.Where(u => u.Code == "401001").Select(u => u.Id).SingleAsync());
        var filtered = await admin.GetOkAsync($"/Review?unit={unitId}&severity=Error");
        Assert.Contains(BudgetProjectName, filtered, StringComparison.Ordinal);
        Assert.DoesNotContain("长安区农业技术推广站", filtered.Split("id=\"finding-list\"")[1], StringComparison.Ordinal);
        var partial = await admin.Client.SendAsync(new HttpRequestMessage(HttpMethod.Get, $"/Review?unit={unitId}") { Headers = { { "HX-Request", "true" } } });
        Assert.DoesNotContain("<html", await partial.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var csv = await admin.Client.GetAsync("/Review?handler=Csv");
        Assert.Equal("text/csv", csv.Content.Headers.ContentType?.MediaType);
        var text = Encoding.UTF8.GetString(await csv.Content.ReadAsByteArrayAsync()).TrimStart('\uFEFF');
        var lines = text.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("单位代码,单位名称,项目编码,项目名称,规则,严重程度,指标行,字段,问题,修改建议", lines[0].TrimEnd('\r'));
        Assert.True(lines.Length - 1 >= total, $"CSV 行数 {lines.Length - 1}，问题 {total} 条");
    }

    [SkippableFact]
    public async Task Api_DocumentsProjectsFindingsImportOpenApiAndHealth()
    {
        await using var app = await StartAsync();
        var admin = await Browser.SignedInAsync(app.Factory, Admin, JixiaoAppFactory.AdminPassword);
        var client = admin.Client;
        var documents = await client.GetFromJsonAsync<JsonElement>("/api/v1/documents");
        Assert.Equal(4, documents.GetArrayLength());
        Assert.Contains(documents.EnumerateArray(), d => d.GetProperty("departmentCode").GetString() == "403" && d.GetProperty("budgetWanYuan").GetString() == "2318.00");

        var id = await app.Factory.ProjectIdAsync(BudgetProjectName);
        var project = await client.GetFromJsonAsync<JsonElement>($"/api/v1/projects/{id}");
        Assert.Equal("420.00", project.GetProperty("table").GetProperty("budget").GetString());
        Assert.True(project.GetProperty("findings").GetArrayLength() > 0);
        var missing = await client.GetAsync("/api/v1/projects/999999");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal("application/problem+json", missing.Content.Headers.ContentType?.MediaType);

        var search = await client.GetFromJsonAsync<JsonElement>("/api/v1/projects?q=" + Uri.EscapeDataString("农田"));
        Assert.Equal(1, search.GetArrayLength());
        var findings = await client.GetFromJsonAsync<JsonElement>("/api/v1/findings?severity=Error");
        Assert.All(findings.EnumerateArray(), f => Assert.Equal(2, f.GetProperty("severity").GetInt32()));

        var plain = await client.PostAsync("/api/v1/import?fileName=text.txt", new ByteArrayContent(TestFiles.DepartmentTextBytes) { Headers = { ContentType = new MediaTypeHeaderValue("text/plain") } });
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, plain.StatusCode);
        var imported = await client.PostAsync("/api/v1/import?fileName=text.txt", new ByteArrayContent(TestFiles.DepartmentTextBytes) { Headers = { ContentType = new MediaTypeHeaderValue("application/octet-stream") } });
        Assert.Equal(HttpStatusCode.OK, imported.StatusCode);
        Assert.Equal(10, (await imported.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("added").GetInt32());
        var broken = await client.PostAsync("/api/v1/import?fileName=x.txt", new ByteArrayContent(Encoding.UTF8.GetBytes("空文件")) { Headers = { ContentType = new MediaTypeHeaderValue("application/octet-stream") } });
        Assert.Equal(HttpStatusCode.BadRequest, broken.StatusCode);
        Assert.Equal("application/problem+json", broken.Content.Headers.ContentType?.MediaType);

        var anonymous = Browser.Anonymous(app.Factory).Client;
        var openApi = await anonymous.GetStringAsync("/openapi/v1.json");
        Assert.Contains("/api/v1/projects/{id}", openApi, StringComparison.Ordinal);
        Assert.Contains("/api/v1/import", openApi, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync("/health/live")).StatusCode);
        Assert.Equal("Healthy", await anonymous.GetStringAsync("/health/ready"));
    }

    [SkippableFact]
    public async Task UnitEditor_SeesAndEditsOnlyItsOwnUnit_ByPageAndByApi()
    {
        await using var app = await StartAsync();
        await app.Factory.CreateUserAsync("editor", Roles.UnitEditor, "401001");
        var editor = await Browser.SignedInAsync(app.Factory, "editor", JixiaoAppFactory.UserPassword);
        var own = await app.Factory.ProjectIdAsync(BudgetProjectName);
        var other = await app.Factory.ProjectIdAsync(OtherUnitProjectName);
        var otherUnit = await app.Factory.QueryAsync(db => db.Units.Where(u => u.Code == "402001").Select(u => u.Id).SingleAsync());
        var otherDocument = await app.Factory.QueryAsync(db => db.Documents.Where(d => d.DepartmentCode == "402").Select(d => d.Id).SingleAsync());

        Assert.Contains(BudgetProjectName, await editor.GetOkAsync($"/Projects/{own}"), StringComparison.Ordinal);
        await editor.GetOkAsync($"/Projects/{own}/Edit");
        foreach (var url in new[] { $"/Projects/{other}", $"/Projects/{other}/Edit", $"/Units/{otherUnit}", $"/Documents/{otherDocument}/EditPart1" })
        {
            var response = await editor.Client.GetAsync(url);
            Assert.True(response.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.Forbidden or HttpStatusCode.NotFound, $"{url} → {(int)response.StatusCode}");
            if (response.StatusCode == HttpStatusCode.Redirect)
            {
                Assert.StartsWith("/Account/AccessDenied", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
            }
        }

        Assert.Equal(HttpStatusCode.Forbidden, (await editor.Client.GetAsync($"/api/v1/projects/{other}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await editor.Client.GetAsync($"/api/v1/documents/{otherDocument}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await editor.Client.GetAsync($"/api/v1/projects/{own}")).StatusCode);

        var dashboard = await editor.GetOkAsync("/");
        Assert.Contains("长安区教育局本级", dashboard, StringComparison.Ordinal);
        Assert.DoesNotContain("长安区卫生健康局本级", dashboard, StringComparison.Ordinal);
        var findings = await editor.Client.GetFromJsonAsync<JsonElement>("/api/v1/findings");
        // Part 1 findings belong to the department (no unit): the clerk of one of its units must see them to fix Part 1.
        Assert.All(findings.EnumerateArray(), f => Assert.True(
            f.GetProperty("unitCode").GetString() == "401001"
            || (f.GetProperty("projectId").ValueKind == JsonValueKind.Null && f.GetProperty("departmentName").GetString() == "长安区教育局"),
            f.ToString()));
        var search = await editor.Client.GetFromJsonAsync<JsonElement>("/api/v1/projects?q=" + Uri.EscapeDataString("基本公共卫生"));
        Assert.Equal(0, search.GetArrayLength());

        // The department text belongs to another region and unit: refused, nothing stored.
        var import = await editor.Client.PostAsync("/api/v1/import?fileName=text.txt", new ByteArrayContent(TestFiles.DepartmentTextBytes) { Headers = { ContentType = new MediaTypeHeaderValue("application/octet-stream") } });
        Assert.Equal(HttpStatusCode.Forbidden, import.StatusCode);
        Assert.Equal(0, await app.Factory.QueryAsync(db => db.Documents.CountAsync(d => d.RegionCode == "139102")));
    }

    [SkippableFact]
    public async Task Reviewer_ReadsEverythingInItsRegion_AndEditsNothing()
    {
        await using var app = await StartAsync();
        await app.Factory.CreateUserAsync("reviewer", Roles.Reviewer);
        var reviewer = await Browser.SignedInAsync(app.Factory, "reviewer", JixiaoAppFactory.UserPassword);
        var id = await app.Factory.ProjectIdAsync(OtherUnitProjectName);
        var page = await reviewer.GetOkAsync($"/Projects/{id}");
        Assert.DoesNotContain($"/Projects/{id}/Edit", page, StringComparison.Ordinal);
        Assert.Contains("长安区农业农村局本级", await reviewer.GetOkAsync("/"), StringComparison.Ordinal);
        var edit = await reviewer.Client.GetAsync($"/Projects/{id}/Edit");
        Assert.Equal(HttpStatusCode.Redirect, edit.StatusCode);
        Assert.StartsWith("/Account/AccessDenied", edit.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        var denied = await reviewer.Client.GetAsync(edit.Headers.Location!.PathAndQuery);
        Assert.Equal(HttpStatusCode.Forbidden, denied.StatusCode);
        Assert.Contains("返回首页", await denied.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await reviewer.Client.GetAsync("/Import")).StatusCode);
        var import = await reviewer.Client.PostAsync("/api/v1/import?fileName=text.txt", new ByteArrayContent(TestFiles.DepartmentTextBytes) { Headers = { ContentType = new MediaTypeHeaderValue("application/octet-stream") } });
        Assert.Equal(HttpStatusCode.Forbidden, import.StatusCode);
    }

    [SkippableFact]
    public async Task ErrorPages_AreChineseWithAWayBack()
    {
        await using var app = await StartAsync();
        var admin = await Browser.SignedInAsync(app.Factory, Admin, JixiaoAppFactory.AdminPassword);
        var missing = await admin.Client.GetAsync("/Projects/999999");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        var html = await missing.Content.ReadAsStringAsync();
        Assert.Contains("找不到页面", html, StringComparison.Ordinal);
        Assert.Contains("返回首页", html, StringComparison.Ordinal);
        var nowhere = await admin.Client.GetAsync("/no/such/page");
        Assert.Contains("找不到页面", await nowhere.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private const string DocumentStoreSource = Application.Documents.DocumentStore.WebEditSource;

    private static string RowHtml(string page, int row)
    {
        var start = page.IndexOf($"<tr data-row=\"{row}\"", StringComparison.Ordinal);
        Assert.True(start >= 0, $"没有第 {row} 行");
        return page[start..page.IndexOf("</tr>", start, StringComparison.Ordinal)];
    }

    /// <summary>The 指标值 cell of indicator row <paramref name="row"/>, with its class and markers.</summary>
    private static string TargetCell(string page, int row)
    {
        var html = RowHtml(page, row);
        var start = html.LastIndexOf("<td", html.IndexOf("data-field=\"指标值\"", StringComparison.Ordinal), StringComparison.Ordinal);
        return html[start..html.IndexOf("</td>", start, StringComparison.Ordinal)];
    }

    private static Task<int> FindingCountAsync(TestApp app, int projectId) =>
        app.Factory.QueryAsync(db => Application.Review.ReviewQueries.LatestRuns(db).SelectMany(r => r.Findings).CountAsync(f => f.ProjectId == projectId));

    private async Task<TestApp> StartAsync()
    {
        var database = await CreateDemoDatabaseAsync();
        var factory = new JixiaoAppFactory(database.Connection);
        _ = factory.Server;
        return new TestApp(factory, database);
    }
}
