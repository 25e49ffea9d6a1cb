using System.Net;
using System.Net.Http.Json;
using Jixiao.Application.Users;
using Jixiao.Web.Auth;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Jixiao.Web.Tests;

/// <summary>
/// The one access policy: every route declares one of <see cref="Policies"/> (or is one of the few public ones), and
/// each role — administrator, reviewer, clerk of the unit (教育 401001), clerk of another department (农业农村 403001),
/// anonymous — gets exactly the operations the policy gives it, by page and API.
/// </summary>
public abstract partial class WebTests
{
    /// <summary>The routes anyone may open: login and logout, error and status pages, 公开, health, the OpenAPI document.</summary>
    private static readonly string[] AnonymousRoutes = ["Account/", "Error", "Status", "gongkai", "health/", "openapi/"];

    [SkippableFact]
    public async Task EveryRoute_DeclaresAPolicy_OrIsInTheAnonymousList()
    {
        await using var app = await StartAsync();
        var undeclared = new List<string>();
        foreach (var endpoint in app.Factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
                     .Where(e => e.RoutePattern.RawText is { Length: > 0 }))
        {
            var pattern = endpoint.RoutePattern.RawText!.TrimStart('/');
            var anonymousListed = AnonymousRoutes.Any(p => pattern.StartsWith(p, StringComparison.OrdinalIgnoreCase));
            if (endpoint.Metadata.GetMetadata<IAllowAnonymous>() is not null)
            {
                if (!anonymousListed)
                {
                    undeclared.Add($"{pattern}：允许匿名访问，但不在公开路由清单中");
                }

                continue;
            }

            var policies = endpoint.Metadata.GetOrderedMetadata<IAuthorizeData>().Select(a => a.Policy).OfType<string>().ToList();
            if (policies.Count == 0 || policies.Any(p => !Policies.All.Contains(p)))
            {
                undeclared.Add($"{pattern}：未声明访问策略（{string.Join("、", policies)}）");
            }
        }

        Assert.True(undeclared.Count == 0, string.Join('\n', undeclared));
    }

    [SkippableFact]
    public async Task EachRole_GetsExactlyTheOperationsOfTheAccessPolicy()
    {
        await using var app = await StartAsync();
        await app.Factory.CreateUserAsync("reviewer", Roles.Reviewer);
        await app.Factory.CreateClerkAsync("teacher", "401001");
        await app.Factory.CreateClerkAsync("farmer", "403001");
        var ids = await RouteIdsAsync(app);
        var (project, document) = (ids["project"], ids["document"]);
        var browsers = new Dictionary<string, Browser>(StringComparer.Ordinal)
        {
            ["管理员"] = await Browser.SignedInAsync(app.Factory, Admin, JixiaoAppFactory.AdminPassword),
            ["审核"] = await Browser.SignedInAsync(app.Factory, "reviewer", JixiaoAppFactory.UserPassword),
            ["本单位填报"] = await Browser.SignedInAsync(app.Factory, "teacher", JixiaoAppFactory.UserPassword),
            ["他单位填报"] = await Browser.SignedInAsync(app.Factory, "farmer", JixiaoAppFactory.UserPassword),
            ["匿名"] = Browser.Anonymous(app.Factory),
        };

        // Each operation: the request, then who is allowed (A admin, R reviewer, C clerk of the unit, O clerk of another
        // department). Refusals run before the allowed requests, so a refused write changes nothing the next row reads.
        var matrix = new (string Operation, Func<HttpRequestMessage> Request, string Allowed)[]
        {
            ("读取项目 API", () => new(HttpMethod.Get, $"/api/v1/projects/{project}"), "ARC"),
            ("读取项目页面", () => new(HttpMethod.Get, $"/Projects/{project}"), "ARC"),
            ("读取文本 API", () => new(HttpMethod.Get, $"/api/v1/documents/{document}"), "ARC"),
            ("文本审计日志", () => new(HttpMethod.Get, $"/Documents/{document}/Audit"), "ARC"),
            ("编辑项目页面", () => new(HttpMethod.Get, $"/Projects/{project}/Edit"), "AC"),
            ("编辑第一部分", () => new(HttpMethod.Get, $"/Documents/{document}/EditPart1"), "AC"),
            ("编辑部门整体支出绩效目标表", () => new(HttpMethod.Get, $"/Documents/{document}/EditDepartmentTable"), "AC"),
            ("执行监控", () => new(HttpMethod.Get, $"/api/v1/projects/{project}/execution"), "ARC"),
            ("导入页面", () => new(HttpMethod.Get, "/Import"), "ACO"),
            ("导入支付记录页面", () => new(HttpMethod.Get, "/Payments/Import"), "ACO"),
            ("用户管理", () => new(HttpMethod.Get, "/Users"), "A"),
            ("审计日志", () => new(HttpMethod.Get, "/Audit"), "A"),
            ("完整性校验", () => new(HttpMethod.Get, "/Audit/Integrity"), "A"),
            ("区划设置", () => new(HttpMethod.Get, "/Execution/Settings/130102"), "A"),
            ("提交", () => Transition(document, "Submit"), "C"),
            ("退回", () => Transition(document, "Return"), "R"),
        };

        var wrong = new List<string>();
        foreach (var (operation, request, allowed) in matrix)
        {
            var order = new[] { ("匿名", false), ("他单位填报", allowed.Contains('O')), ("本单位填报", allowed.Contains('C')), ("审核", allowed.Contains('R')), ("管理员", allowed.Contains('A')) }
                .OrderBy(r => r.Item2);
            foreach (var (role, expected) in order)
            {
                var response = await browsers[role].Client.SendAsync(request());
                var outcome = Outcome(response);
                var ok = role == "匿名" ? outcome == "login" : expected ? outcome == "allowed" : outcome == "denied";
                if (!ok)
                {
                    wrong.Add($"{operation}：{role} → {(int)response.StatusCode} {response.Headers.Location}（应为{(role == "匿名" ? "要求登录" : expected ? "允许" : "拒绝")}）");
                }
            }
        }

        Assert.True(wrong.Count == 0, string.Join('\n', wrong));
    }

    /// <summary>A workflow action through the API (the comment and grade a 退回 needs).</summary>
    private static HttpRequestMessage Transition(string document, string action) =>
        new(HttpMethod.Post, $"/api/v1/documents/{document}/workflow") { Content = JsonContent.Create(new { action, comment = "请补充说明。", grade = "中" }) };

    /// <summary>What the app answered: "login" (401 or the login page), "denied" (403 or the 无权访问 page), else
    /// "allowed" — the request passed the policy (the workflow may still refuse it by state, with 409 or 400).</summary>
    private static string Outcome(HttpResponseMessage response) => response.StatusCode switch
    {
        HttpStatusCode.Unauthorized => "login",
        HttpStatusCode.Forbidden => "denied",
        HttpStatusCode.Redirect when response.Headers.Location!.OriginalString.Contains("/Account/Login", StringComparison.Ordinal) => "login",
        HttpStatusCode.Redirect when response.Headers.Location!.OriginalString.Contains("/Account/AccessDenied", StringComparison.Ordinal) => "denied",
        _ => "allowed",
    };
}
