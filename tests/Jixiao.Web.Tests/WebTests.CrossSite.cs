using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Web.Tests;

/// <summary>API writes a foreign page could make the signed-in user's browser send: a foreign Origin, or no body / a
/// form or text body without the custom header, are refused with 403 before the endpoint runs.</summary>
public abstract partial class WebTests
{
    [SkippableFact]
    public async Task ApiWrites_FromAForeignOrigin_OrWithoutBodyOrHeader_AreRefused_BeforeTheEndpointRuns()
    {
        await using var app = await StartAsync();
        var session = await CookieSession.SignInAsync(app.Factory, Admin, JixiaoAppFactory.AdminPassword);
        var documentId = await app.Factory.QueryAsync(db => db.Documents.Where(d => d.DepartmentCode == "401").Select(d => d.Id).SingleAsync());
        var documents = await app.Factory.QueryAsync(db => db.Documents.CountAsync());

        async Task<string> RefusedAsync(HttpRequestMessage request)
        {
            var response = await session.SendAsync(request);
            Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
            var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
            Assert.Equal("跨站请求被拒绝", problem.GetProperty("title").GetString());
            return problem.GetProperty("detail").GetString()!;
        }

        // A body-less POST (as an <form method=post> or a fetch without headers sends it).
        Assert.Contains("须带请求头 X-Requested-With", await RefusedAsync(new HttpRequestMessage(HttpMethod.Post, $"/api/v1/documents/{documentId}/carry-over")), StringComparison.Ordinal);
        // A form body and a text body.
        Assert.Contains("须带请求头 X-Requested-With", await RefusedAsync(new HttpRequestMessage(HttpMethod.Post, "/api/v1/import?fileName=x.txt")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["a"] = "b" }),
        }), StringComparison.Ordinal);
        Assert.Contains("须带请求头 X-Requested-With", await RefusedAsync(new HttpRequestMessage(HttpMethod.Post, "/api/v1/payments?fileName=x.csv")
        {
            Content = new StringContent("a,b", Encoding.UTF8, "text/plain"),
        }), StringComparison.Ordinal);
        // A foreign Origin, even with JSON and the header.
        var foreign = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/documents/{documentId}/workflow") { Content = JsonContent.Create(new { action = "Submit" }) };
        foreign.Headers.Add("Origin", "https://evil.example");
        foreign.Headers.Add("X-Requested-With", "XMLHttpRequest");
        Assert.Contains("请求来自其他网站（https://evil.example）", await RefusedAsync(foreign), StringComparison.Ordinal);
        Assert.Equal(documents, await app.Factory.QueryAsync(db => db.Documents.CountAsync()));
        Assert.Equal(0, await app.Factory.QueryAsync(db => db.AuditEntries.CountAsync(a => a.Action == "提交")));

        // The same requests from the site itself (same Origin, with the header) reach the endpoint.
        var own = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/documents/{documentId}/carry-over");
        own.Headers.Add("Origin", "http://localhost");
        own.Headers.Add("X-Requested-With", "XMLHttpRequest");
        var reached = await session.SendAsync(own);
        Assert.NotEqual(HttpStatusCode.Forbidden, reached.StatusCode);
        Assert.DoesNotContain("跨站请求被拒绝", await reached.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var json = new HttpRequestMessage(HttpMethod.Post, "/api/v1/import?fileName=x.txt") { Content = new ByteArrayContent("空文件"u8.ToArray()) };
        json.Content.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        Assert.Equal(HttpStatusCode.BadRequest, (await session.SendAsync(json)).StatusCode);
    }
}
