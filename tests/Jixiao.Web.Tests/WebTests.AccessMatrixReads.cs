using System.Net;
using Jixiao.Application.Users;
using Jixiao.Data;
using Jixiao.Data.Entities;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Jixiao.Web.Tests;

/// <summary>
/// Generated from the route table: every page and API route that reads one project, unit, document or account (GET
/// with an id) is requested by six principals — anonymous, a clerk of the unit, a clerk of another department, the
/// region's reviewer, a reviewer of another region, the administrator — and each answer must be the one the access
/// policy gives that principal for the route's resource: allowed → not refused (no 401, 403 or 无权访问 page); not
/// allowed → refused (401 or the login page for anonymous; 403, 404 or 无权访问 otherwise). A new route is in the
/// matrix the day it is added; one whose operation is not a plain read must be named in <see cref="RouteOperations"/>.
/// </summary>
public abstract partial class WebTests
{
    /// <summary>Routes whose GET asks more than Read of their resource (by the start of the pattern).</summary>
    private static readonly (string Prefix, Operation Operation)[] RouteOperations =
    [
        ("Projects/{id:int}/Edit", Operation.Edit),
        ("Documents/{id:int}/EditPart1", Operation.Edit),
        ("Documents/{id:int}/EditDepartmentTable", Operation.Edit),
        ("Users/", Operation.Administer),
    ];

    [SkippableFact]
    public async Task EveryReadRoute_AnswersEachPrincipal_AsTheAccessPolicySays()
    {
        await using var app = await StartAsync();
        var principals = new (string Name, string Role, string? Unit, string? Region)[]
        {
            ("teacher", Roles.UnitEditor, "401001", "130102"),
            ("farmer", Roles.UnitEditor, "403001", "130102"),
            ("checker", Roles.Reviewer, null, "130102"),
            ("elsewhere", Roles.Reviewer, null, "139999"),
        };
        foreach (var (name, role, unit, region) in principals)
        {
            await app.Factory.CreateUserAsync(name, role, unit, region);
        }

        var ids = await RouteIdsAsync(app);
        var resources = await app.Factory.QueryAsync(async db =>
        {
            var unit = await db.Units.AsNoTracking().SingleAsync(u => u.Code == "401001");
            var document = await db.Documents.AsNoTracking().SingleAsync(d => d.DepartmentCode == "401");
            return new Dictionary<string, Resource>(StringComparer.Ordinal)
            {
                ["project"] = Resource.Of(unit), ["unit"] = Resource.Of(unit), ["document"] = Resource.Of(document), ["user"] = Resource.Users,
            };
        });
        var routes = Routes(app).Where(r => r.Methods.Contains("GET") && r.Pattern.Contains("{id", StringComparison.Ordinal)
            && !PublicRoutes.Any(p => r.Pattern.StartsWith(p, StringComparison.OrdinalIgnoreCase))).Select(r => r.Pattern).ToList();
        Assert.True(routes.Count >= 15, $"只找到 {routes.Count} 个读取路由");

        var wrong = new List<string>();
        var anonymous = Browser.Anonymous(app.Factory);
        foreach (var pattern in routes)
        {
            var response = await anonymous.Client.GetAsync(Url(pattern, ids));
            if (!(response.StatusCode == HttpStatusCode.Unauthorized
                || response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location!.OriginalString.Contains("/Account/Login", StringComparison.Ordinal)))
            {
                wrong.Add($"匿名 GET {Url(pattern, ids)} → {(int)response.StatusCode}（应拒绝）");
            }
        }

        foreach (var (name, password) in principals.Select(p => (p.Name, JixiaoAppFactory.UserPassword)).Append((Admin, JixiaoAppFactory.AdminPassword)))
        {
            var (access, ownUnits) = await PolicyViewAsync(app, name);
            var browser = await Browser.SignedInAsync(app.Factory, name, password);
            foreach (var pattern in routes)
            {
                var kind = RouteKind(pattern);
                var operation = RouteOperations.FirstOrDefault(o => pattern.StartsWith(o.Prefix, StringComparison.Ordinal)).Operation;
                var allowed = AccessPolicy.Allows(access, ownUnits, operation, resources[kind]);
                var url = Url(pattern, ids);
                var response = await browser.Client.GetAsync(url);
                var refused = response.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden
                    || response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location!.OriginalString.Contains("/Account/AccessDenied", StringComparison.Ordinal);
                if (allowed ? refused : !(refused || response.StatusCode == HttpStatusCode.NotFound))
                {
                    wrong.Add($"{name} GET {url} → {(int)response.StatusCode} {response.Headers.Location}（访问策略：{(allowed ? "允许" : "拒绝")} {operation}）");
                }
            }
        }

        Assert.True(wrong.Count == 0, "与访问策略不符：\n" + string.Join('\n', wrong));
    }

    /// <summary>The user as the access policy sees it: the claims the app signs them in with, and their units.</summary>
    private static async Task<(Access Access, IReadOnlyList<Unit> OwnUnits)> PolicyViewAsync(TestApp app, string userName)
    {
        using var scope = app.Factory.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<JixiaoUser>>();
        var principal = await scope.ServiceProvider.GetRequiredService<IUserClaimsPrincipalFactory<JixiaoUser>>().CreateAsync((await users.FindByNameAsync(userName))!);
        var access = new Access(principal);
        var own = access.OwnUnitIds.ToList();
        var units = await app.Factory.QueryAsync(db => db.Units.AsNoTracking().Where(u => own.Contains(u.Id)).ToListAsync());
        return (access, units);
    }
}
