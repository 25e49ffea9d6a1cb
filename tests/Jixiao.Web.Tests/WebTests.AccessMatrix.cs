using System.Net;
using System.Net.Http.Json;
using Jixiao.Application.Users;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Jixiao.Web.Tests;

/// <summary>
/// Generated from the app's route table, so a new page or endpoint is covered the day it is added: every route but
/// the public ones (login, error pages, 公开, health, OpenAPI) answers an anonymous request with 401 (API) or the
/// login page, whatever the method; and a clerk of another department (农业农村 403001) and a reviewer of another
/// region, given the ids of 教育's unit, document and project, read none of them and change nothing, by page or API
/// (403, 404, or the 无权访问 page; a write to a page without that handler 400), nor reach an administrator's page.
/// </summary>
public abstract partial class WebTests
{
    private static readonly string[] PublicRoutes = ["Account/", "Error", "Status", "gongkai", "health/", "openapi/"];

    /// <summary>Pages of administrators only (修改密码 under Users/ is every user's own).</summary>
    private static readonly string[] AdministratorRoutes = ["Users/Index", "Users/Create", "Users/{id}", "Audit", "Execution/Settings/"];

    [SkippableFact]
    public async Task EveryRoute_RefusesAnonymousRequests_AndUsersOfAnotherUnitOrRegion_FromTheRouteTable()
    {
        await using var app = await StartAsync();
        await app.Factory.CreateClerkAsync("farmer", "403001");
        await app.Factory.CreateUserAsync("elsewhere", Roles.Reviewer, region: "139999");
        var ids = await RouteIdsAsync(app);
        var routes = Routes(app);
        Assert.Contains(routes, r => r.Pattern == "api/v1/projects/{id:int}/monitoring/{month:int}");
        Assert.Contains(routes, r => r.Pattern == "Documents/{id:int}/Audit");

        var anonymous = Browser.Anonymous(app.Factory);
        var open = new List<string>();
        foreach (var (pattern, methods) in routes.Where(r => !PublicRoutes.Any(p => r.Pattern.StartsWith(p, StringComparison.OrdinalIgnoreCase))))
        {
            var url = Url(pattern, ids);
            foreach (var method in methods)
            {
                var response = await anonymous.Client.SendAsync(Request(method, url, token: null));
                var refused = pattern.StartsWith("api/", StringComparison.Ordinal)
                    ? response.StatusCode == HttpStatusCode.Unauthorized
                    : response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location!.OriginalString.Contains("/Account/Login", StringComparison.Ordinal);
                if (!refused)
                {
                    open.Add($"{method} {url} → {(int)response.StatusCode}");
                }
            }
        }

        Assert.True(open.Count == 0, "匿名可访问：\n" + string.Join('\n', open));

        var outsiders = new List<(string Name, Browser Browser, string Token)>();
        foreach (var name in new[] { "farmer", "elsewhere" })
        {
            var browser = await Browser.SignedInAsync(app.Factory, name, JixiaoAppFactory.UserPassword);
            outsiders.Add((name, browser, Browser.Token(await browser.GetOkAsync("/"))));
        }

        var audit = await app.Factory.QueryAsync(db => db.AuditEntries.CountAsync());
        var leaks = new List<string>();
        foreach (var (outsider, user, token) in outsiders)
        {
            foreach (var (pattern, methods) in routes.Where(r => r.Pattern.Contains("{id", StringComparison.Ordinal) && !PublicRoutes.Any(p => r.Pattern.StartsWith(p, StringComparison.OrdinalIgnoreCase))
                || AdministratorRoutes.Any(p => r.Pattern.StartsWith(p, StringComparison.Ordinal))))
            {
                var url = Url(pattern, ids);
                foreach (var method in methods)
                {
                    var response = await user.Client.SendAsync(Request(method, url, token));
                    var denied = response.StatusCode == HttpStatusCode.Redirect
                        && response.Headers.Location!.AbsolutePath == "/Account/AccessDenied";
                    if (!denied && response.StatusCode is not (HttpStatusCode.Forbidden or HttpStatusCode.NotFound or HttpStatusCode.BadRequest
                        or HttpStatusCode.MethodNotAllowed or HttpStatusCode.UnsupportedMediaType))
                    {
                        leaks.Add($"{outsider} {method} {url} → {(int)response.StatusCode} {response.Headers.Location}");
                    }
                }
            }
        }

        Assert.True(leaks.Count == 0, "其他单位或其他区划的用户可访问：\n" + string.Join('\n', leaks));
        Assert.Equal(audit, await app.Factory.QueryAsync(db => db.AuditEntries.CountAsync()));
    }

    /// <summary>Every routed endpoint (pages and API) with the methods it answers; pages answer GET and POST.</summary>
    private static List<(string Pattern, string[] Methods)> Routes(TestApp app) =>
        [.. app.Factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText is { Length: > 0 })
            .Select(e => (Pattern: e.RoutePattern.RawText!.TrimStart('/'), Methods: e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods.ToArray() ?? ["GET", "POST"]))
            .GroupBy(r => r.Pattern, StringComparer.Ordinal)
            .Select(g => (g.Key, g.SelectMany(r => r.Methods).Distinct(StringComparer.Ordinal).ToArray()))];

    private static async Task<Dictionary<string, string>> RouteIdsAsync(TestApp app)
    {
        var admin = await app.Factory.QueryAsync(db => db.Users.Where(u => u.UserName == Admin).Select(u => u.Id).SingleAsync());
        return new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["project"] = (await app.Factory.ProjectIdAsync(BudgetProjectName)).ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["document"] = (await app.Factory.QueryAsync(db => db.Documents.Where(d => d.DepartmentCode == "401").Select(d => d.Id).SingleAsync())).ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["unit"] = (await app.Factory.QueryAsync(db => db.Units.Where(u => u.Code == "401001").Select(u => u.Id).SingleAsync())).ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["user"] = admin,
        };
    }

    /// <summary>The route with its parameters filled: {id} by what the route is about (education's project, document,
    /// unit; the administrator's account), a comment 1, month 6, region 130102; optional ones left out.</summary>
    private static string Url(string pattern, Dictionary<string, string> ids)
    {
        var url = "/" + pattern;
        url = System.Text.RegularExpressions.Regex.Replace(url, @"\{id(:int)?\}", ids[RouteKind(pattern)]);
        url = System.Text.RegularExpressions.Regex.Replace(url, @"\{commentId(:int)?\}", "1");
        url = System.Text.RegularExpressions.Regex.Replace(url, @"\{month(:int)?\}", "6");
        url = url.Replace("{region}", "130102", StringComparison.Ordinal);
        url = System.Text.RegularExpressions.Regex.Replace(url, @"/\{[^}]+\?\}", string.Empty);
        return url + (url.Contains("/api/", StringComparison.Ordinal) ? "?fileName=x.json&year=2024&region=130102" : string.Empty);
    }

    /// <summary>What a route's {id} names: a project, unit, account or (otherwise) department document.</summary>
    private static string RouteKind(string pattern) =>
        pattern.StartsWith("api/v1/projects", StringComparison.OrdinalIgnoreCase) || pattern.StartsWith("Projects", StringComparison.Ordinal) ? "project"
            : pattern.StartsWith("Units", StringComparison.Ordinal) ? "unit"
            : pattern.StartsWith("Users", StringComparison.Ordinal) ? "user"
            : "document";

    /// <summary>A write carries an empty JSON object (API) or the anti-forgery token (pages), so what answers is the
    /// access check, not a missing body or token.</summary>
    private static HttpRequestMessage Request(string method, string url, string? token)
    {
        var request = new HttpRequestMessage(new HttpMethod(method), url);
        if (method != "GET")
        {
            request.Content = url.StartsWith("/api/", StringComparison.Ordinal)
                ? JsonContent.Create(new { })
                : new FormUrlEncodedContent(token is null ? [] : new Dictionary<string, string> { ["__RequestVerificationToken"] = token });
        }

        return request;
    }
}
