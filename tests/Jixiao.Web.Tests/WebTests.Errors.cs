using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Jixiao.Application.Documents;
using Jixiao.Documents;
using Jixiao.Tests;
using Jixiao.Web.Startup;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Jixiao.Web.Tests;

/// <summary>Errors that used to come out empty, in English or as a 500: import exceptions escaping an endpoint, bad
/// query values and bodies, oversize uploads, a failing POST page. Each must say in Chinese what and where, and what to
/// do next.</summary>
public abstract partial class WebTests
{
    [SkippableFact]
    public async Task Api_ImportException_IsChineseProblemDetails_NamingFileTableAndCell_WhateverTheClientAccepts()
    {
        await using var app = await StartAsync();
        var admin = await Browser.SignedInAsync(app.Factory, Admin, JixiaoAppFactory.AdminPassword);
        // Tables 1 and 2 of the department text with the same project code: the reader accepts it, storing refuses it.
        var text = Encoding.UTF8.GetString(TestFiles.DepartmentTextBytes);
        var codes = DocumentFiles.Read(TestFiles.DepartmentTextBytes, ".txt", new ReadOptions { FileName = "text.txt" }).Document.Projects.Select(p => p.ProjectCode).ToList();
        var duplicate = Encoding.UTF8.GetBytes(text.Replace(codes[1], codes[0], StringComparison.Ordinal));
        foreach (var accept in new[] { "text/plain", "application/json", null })
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/import?fileName=" + Uri.EscapeDataString("重复编码.txt")) { Content = Octets(duplicate) };
            if (accept is not null)
            {
                request.Headers.Accept.ParseAdd(accept);
            }

            var response = await admin.Client.SendAsync(request);
            var problem = await ProblemAsync(response, HttpStatusCode.BadRequest);
            Assert.Equal("无法导入", problem.GetProperty("title").GetString());
            var detail = problem.GetProperty("detail").GetString()!;
            Assert.Contains($"项目编码 {codes[0]} 在第 1 张和第 2 张项目表中重复出现", detail, StringComparison.Ordinal);
            Assert.Contains("位置：文件“重复编码.txt”，第 2 张项目表", detail, StringComparison.Ordinal);
            Assert.Contains("请改正其中一张表的项目编码", detail, StringComparison.Ordinal);
            Assert.Equal("重复编码.txt", problem.GetProperty("file").GetString());
            Assert.Equal(2, problem.GetProperty("table").GetInt32());
            Assert.Equal("项目编码", problem.GetProperty("cell").GetString());
        }

        Assert.Equal(0, await app.Factory.QueryAsync(db => db.Documents.CountAsync(d => d.RegionCode == "139102")));

        // A document under review: 403 with the state and what to do, not an empty answer.
        var (documentId, _, _) = await WorkflowDocumentAsync(app);
        var users = await WorkflowUsersAsync(app, documentId);
        var exported = await (await admin.Client.GetAsync($"/api/v1/documents/{documentId}/export?format=text")).Content.ReadAsByteArrayAsync();
        Assert.Equal(HttpStatusCode.OK, (await ActAsync(users[Clerk], documentId, "Submit", null, null)).StatusCode);
        using var locked = new HttpRequestMessage(HttpMethod.Post, "/api/v1/import?fileName=locked.txt") { Content = Octets(exported), Headers = { Accept = { new MediaTypeWithQualityHeaderValue("text/html") } } };
        var lockedProblem = await ProblemAsync(await admin.Client.SendAsync(locked), HttpStatusCode.Forbidden);
        Assert.Equal("文档已锁定（审核流程中）", lockedProblem.GetProperty("title").GetString());
        Assert.Contains("文件当前状态为“已提交”，不能修改。", lockedProblem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Contains("locked.txt", lockedProblem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task Api_ExceptionsFromAnyEndpoint_AreAnsweredByTheHandler_WithStatusTitleAndNextStep()
    {
        await using var app = await StartAsync();
        await using var throwing = app.Factory.WithWebHostBuilder(b => b.ConfigureServices(s => s.AddSingleton<IStartupFilter, ThrowingApi>()));
        var admin = await Browser.SignedInAsync(throwing, Admin, JixiaoAppFactory.AdminPassword);
        var cases = new (string Kind, HttpStatusCode Status, string Title, string Detail)[]
        {
            ("import", HttpStatusCode.BadRequest, "无法导入", "位置：文件“a.xlsx”，第 3 张项目表《培训经费》，第 4 行指标，“指标值”。未导入任何内容。"),
            ("concurrency", HttpStatusCode.Conflict, "项目已被他人修改", "请重新读取项目（GET /api/v1/projects/7）"),
            ("json", HttpStatusCode.BadRequest, "请求无效", "请求正文不是有效的 JSON（第 3 行附近）"),
            ("bug", HttpStatusCode.InternalServerError, "服务器内部错误", "请稍后重试"),
        };
        foreach (var (kind, status, title, detail) in cases)
        {
            foreach (var method in new[] { HttpMethod.Get, HttpMethod.Post })
            {
                using var request = new HttpRequestMessage(method, $"{ThrowingApi.Path}/{kind}") { Headers = { Accept = { new MediaTypeWithQualityHeaderValue("text/plain") } } };
                var problem = await ProblemAsync(await admin.Client.SendAsync(request), status);
                Assert.Equal(title, problem.GetProperty("title").GetString());
                Assert.Contains(detail, problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
            }
        }
    }

    [SkippableFact]
    public async Task Api_MalformedParametersAndBodies_NameTheParameter_AndFrameworkAnswersAreChinese()
    {
        await using var app = await StartAsync();
        var admin = await Browser.SignedInAsync(app.Factory, Admin, JixiaoAppFactory.AdminPassword);
        var id = await app.Factory.ProjectIdAsync(BudgetProjectName);
        var cases = new (HttpRequestMessage Request, HttpStatusCode Status, string Detail)[]
        {
            (new(HttpMethod.Get, "/api/v1/projects?q=x&year=abc"), HttpStatusCode.BadRequest, "参数 year 的值“abc”无效：应为整数。"),
            (new(HttpMethod.Get, "/api/v1/findings?severity=Fatal"), HttpStatusCode.BadRequest, "参数 severity 的值“Fatal”无效：应为 Info、Warning、Error 之一。"),
            (new(HttpMethod.Get, $"/api/v1/projects/{id}?version=first"), HttpStatusCode.BadRequest, "参数 version 的值“first”无效：应为整数。"),
            (new(HttpMethod.Get, "/api/v1/projects"), HttpStatusCode.BadRequest, "缺少参数 q"),
            (new(HttpMethod.Put, $"/api/v1/projects/{id}/execution") { Content = new StringContent("{\"initialBudget\":", Encoding.UTF8, "application/json") },
                HttpStatusCode.BadRequest, "请求正文无法读取为参数 input 所需的 JSON"),
            (new(HttpMethod.Get, "/api/v1/projects/999999"), HttpStatusCode.NotFound, "请检查地址中的编号"),
            (new(HttpMethod.Delete, $"/api/v1/projects/{id}"), HttpStatusCode.MethodNotAllowed, "请按接口说明"),
        };
        foreach (var (request, status, detail) in cases)
        {
            var problem = await ProblemAsync(await admin.Client.SendAsync(request), status);
            Assert.True(HasChinese(problem.GetProperty("title").GetString()), problem.ToString());
            Assert.Contains(detail, problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        }

        // The pages keep working with values that do not parse (the filter is ignored, never a 500).
        foreach (var url in new[] { "/?year=abc&page=x", "/Review?severity=Fatal&unit=abc", $"/Projects/{id}?version=abc&from=x&to=y", "/gongkai?year=abc" })
        {
            await admin.GetOkAsync(url);
        }
    }

    [SkippableFact]
    public async Task OversizeUploads_Answer413WithTheLimitAndWhatToDo_OnPagesAndApi_AndAFailingPostShowsTheChineseErrorPage()
    {
        await using var app = await StartAsync();
        await using var small = app.Factory.WithWebHostBuilder(b =>
        {
            b.UseSetting(UploadLimit.Setting, "100000");
            b.ConfigureServices(s => s.AddSingleton<IStartupFilter, FailingPost>());
        });
        var admin = await Browser.SignedInAsync(small, Admin, JixiaoAppFactory.AdminPassword);
        var big = new byte[150_000];
        var api = await ProblemAsync(await admin.Client.PostAsync("/api/v1/import?fileName=big.txt", Octets(big)), HttpStatusCode.RequestEntityTooLarge);
        Assert.Equal("请求过大", api.GetProperty("title").GetString());
        Assert.Contains("超过了允许的大小（0.1 MB）", api.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Contains("请把文件拆分成较小的文件后分批导入", api.GetProperty("detail").GetString(), StringComparison.Ordinal);

        foreach (var (url, field) in new[] { ("/Import?handler=Preview", "Files"), ("/Payments/Import?handler=Preview", "Upload") })
        {
            var page = await admin.GetOkAsync(url.Split('?')[0]);
            using var form = new MultipartFormDataContent
            {
                { new StringContent(Browser.Token(page)), "__RequestVerificationToken" },
                { new ByteArrayContent(big), field, "big.csv" },
            };
            var response = await admin.Client.PostAsync(url, form);
            var html = await response.Content.ReadAsStringAsync();
            Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
            Assert.Contains("<h1>文件过大</h1>", html, StringComparison.Ordinal);
            Assert.Contains("请把文件拆分成较小的文件后分批导入", html, StringComparison.Ordinal);
            Assert.Contains("<a href=\"/\">返回首页</a>", html, StringComparison.Ordinal);
        }

        // A POST that fails inside the app: the Chinese error page, not an empty 400 from the error page's own form check.
        var failed = await admin.Client.PostAsync(FailingPost.Path, new FormUrlEncodedContent(new Dictionary<string, string> { ["x"] = "1" }));
        Assert.Equal(HttpStatusCode.InternalServerError, failed.StatusCode);
        Assert.Contains("<h1>出错了</h1>", await failed.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task FormPostedToAnUnknownPageHandler_IsA400ChinesePage_NotAServerError()
    {
        await using var app = await StartAsync();
        var admin = await Browser.SignedInAsync(app.Factory, Admin, JixiaoAppFactory.AdminPassword);
        var documentId = await app.Factory.QueryAsync(db => db.Documents.OrderBy(d => d.Id).Select(d => d.Id).FirstAsync());
        var before = await SnapshotAsync(app, documentId);
        foreach (var url in new[] { $"/Documents/{documentId}/Workflow", $"/Documents/{documentId}/Workflow?handler=Approve", "/Payments/Import?handler=Nope" })
        {
            var page = await admin.GetOkAsync(url.Split('?')[0]);
            var response = await admin.Client.PostAsync(url, new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = Browser.Token(page) }));
            var html = await response.Content.ReadAsStringAsync();
            Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{url} → {(int)response.StatusCode}");
            Assert.Contains("<h1>请求无效</h1>", html, StringComparison.Ordinal);
            Assert.Contains("请返回上一页，刷新后重试", html, StringComparison.Ordinal);
        }

        Assert.Equal(before, await SnapshotAsync(app, documentId));
    }

    private static ByteArrayContent Octets(byte[] bytes) => new(bytes) { Headers = { ContentType = new MediaTypeHeaderValue("application/octet-stream") } };

    private static bool HasChinese(string? text) => text is not null && text.Any(c => c is >= '\u4e00' and <= '\u9fff');

    /// <summary>The ProblemDetails body of <paramref name="response"/>, after checking its status and media type.</summary>
    private static async Task<JsonElement> ProblemAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == status, $"{(int)response.StatusCode} ≠ {(int)status}：{body}");
        Assert.True(response.Content.Headers.ContentType?.MediaType == "application/problem+json", $"{response.Content.Headers.ContentType}：{body}");
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    /// <summary>Test-only API endpoints (GET and POST) that throw what real endpoints may throw.</summary>
    private sealed class ThrowingApi : IStartupFilter
    {
        public const string Path = "/api/v1/test-only/throws";

        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            next(app);
            app.Map(Path, b => b.Run(context => throw (context.Request.Path.Value?.Trim('/') switch
            {
                "import" => new ImportException("指标值“≥”无法识别。") { FileName = "a.xlsx", Table = 3, TableName = "培训经费", Row = 4, Cell = "指标值", Advice = "请填写比较符和数值。" },
                "concurrency" => new ProjectConcurrencyException(7, 2, 3),
                "json" => new JsonException("'}' is invalid after a property name.", "$.a", lineNumber: 2, bytePositionInLine: 0),
                _ => new InvalidOperationException("测试用的故障"),
            })));
        };
    }

    /// <summary>A form POST that fails inside the app.</summary>
    private sealed class FailingPost : IStartupFilter
    {
        public const string Path = "/test-only/post-fails";

        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            next(app);
            app.Map(Path, b => b.Run(_ => throw new InvalidOperationException("测试用的故障")));
        };
    }
}
