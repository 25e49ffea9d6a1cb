using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Web.Tests;

/// <summary>Security headers on every kind of response, pages without inline script (so the policy can forbid it),
/// and HSTS only over TLS.</summary>
public abstract partial class WebTests
{
    [SkippableFact]
    public async Task EveryResponse_CarriesTheSecurityHeaders_AndNoPageHasInlineScript()
    {
        await using var app = await StartAsync();
        var admin = await Browser.SignedInAsync(app.Factory, Admin, JixiaoAppFactory.AdminPassword);
        var anonymous = Browser.Anonymous(app.Factory);
        var unitId = await app.Factory.QueryAsync(db => db.Units.Where(u => u.Code == "401001").Select(u => u.Id).SingleAsync());
        var projectId = await app.Factory.ProjectIdAsync(BudgetProjectName);
        var documentId = await app.Factory.QueryAsync(db => db.Documents.Where(d => d.DepartmentCode == "401").Select(d => d.Id).SingleAsync());
        var pages = new[] { "/", "/Import", "/Users/Create", $"/Units/{unitId}", $"/Projects/{projectId}", $"/Projects/{projectId}/Monitoring", "/Review", "/Audit", "/Execution", "/Documents" };

        var responses = new List<(string Url, HttpResponseMessage Response)>();
        foreach (var url in pages.Concat(["/api/v1/documents", $"/api/v1/documents/{documentId}/export?format=docx", "/Audit?handler=Csv", "/css/site.css", "/js/site.js", "/Nothing-here", "/api/v1/nothing"]))
        {
            responses.Add((url, await admin.Client.GetAsync(url)));
        }

        foreach (var url in new[] { "/", "/api/v1/documents", "/Account/Login", "/gongkai" })
        {
            responses.Add(("anonymous " + url, await anonymous.Client.GetAsync(url)));
        }

        responses.Add(("failed login", await anonymous.LoginAsync(Admin, "wrong-password")));
        foreach (var (url, response) in responses)
        {
            var csp = Assert.Single(response.Headers.GetValues("Content-Security-Policy"));
            Assert.Contains("script-src 'self';", csp, StringComparison.Ordinal);
            Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
            Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
            Assert.Equal("DENY", Assert.Single(response.Headers.GetValues("X-Frame-Options")));
            Assert.Equal("same-origin", Assert.Single(response.Headers.GetValues("Referrer-Policy")));
            Assert.False(response.Headers.Contains("Strict-Transport-Security"), url);
        }

        foreach (var url in pages)
        {
            var html = await admin.GetOkAsync(url);
            Assert.DoesNotMatch(new Regex("<script(?![^>]*\\ssrc=)[^>]*>"), html);
            Assert.DoesNotMatch(new Regex("<[a-z]+[^>]*\\son[a-z]+=\"", RegexOptions.IgnoreCase), html);
        }
    }

    [SkippableFact]
    public async Task OverTls_ResponsesCarryHsts()
    {
        await using var app = await StartAsync();
        var client = app.Factory.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://jixiao.example"), AllowAutoRedirect = false });

        var response = await client.GetAsync("/Account/Login");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("max-age=", Assert.Single(response.Headers.GetValues("Strict-Transport-Security")), StringComparison.Ordinal);
    }
}
