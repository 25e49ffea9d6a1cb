using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Jixiao.Web.Tests;

/// <summary>A sign-in whose cookies the test holds itself, so it can send the same login cookie from anywhere — as a
/// copied or stolen cookie would be — and see whether the server still accepts it.</summary>
public sealed class CookieSession(HttpClient client, string cookies)
{
    /// <summary>The login cookie (and the anti-forgery cookie) as a Cookie header value.</summary>
    public string Cookies { get; private set; } = cookies;

    public static async Task<CookieSession> SignInAsync(WebApplicationFactory<Program> factory, string user, string password)
    {
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        var session = new CookieSession(client, string.Empty);
        var page = await session.GetAsync("/Account/Login");
        var response = await session.PostFormAsync("/Account/Login", new Dictionary<string, string>
        {
            ["Input.UserName"] = user, ["Input.Password"] = password, ["__RequestVerificationToken"] = Browser.Token(await page.Content.ReadAsStringAsync()),
        });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("jixiao.auth=", session.Cookies, StringComparison.Ordinal);
        return session;
    }

    /// <summary>The same cookies sent by another client (a copy taken before whatever the test does next).</summary>
    public CookieSession Copy(WebApplicationFactory<Program> factory) =>
        new(factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false }), Cookies);

    public async Task<HttpResponseMessage> GetAsync(string url)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        return await SendAsync(request);
    }

    public async Task<HttpResponseMessage> PostFormAsync(string url, IDictionary<string, string> fields)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new FormUrlEncodedContent(fields) };
        return await SendAsync(request);
    }

    /// <summary>Posts the page's form <paramref name="formId"/> with the anti-forgery token of a fresh GET of it.</summary>
    public async Task<HttpResponseMessage> SubmitAsync(string url, string formId, IDictionary<string, string> changes)
    {
        var page = await (await GetAsync(url)).Content.ReadAsStringAsync();
        var fields = Browser.FormFields(page, formId);
        foreach (var (key, value) in changes)
        {
            fields[key] = value;
        }

        return await PostFormAsync(url, fields);
    }

    public async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request)
    {
        if (Cookies.Length > 0)
        {
            request.Headers.Add("Cookie", Cookies);
        }

        var response = await client.SendAsync(request);
        if (response.Headers.TryGetValues("Set-Cookie", out var set))
        {
            var jar = Cookies.Split("; ", StringSplitOptions.RemoveEmptyEntries).Select(c => c.Split('=', 2)).ToDictionary(c => c[0], c => c[1], StringComparer.Ordinal);
            foreach (var pair in set.Select(s => s.Split(';')[0].Split('=', 2)))
            {
                if (pair[1].Length == 0)
                {
                    jar.Remove(pair[0]);
                }
                else
                {
                    jar[pair[0]] = pair[1];
                }
            }

            Cookies = string.Join("; ", jar.Select(c => $"{c.Key}={c.Value}"));
        }

        return response;
    }
}
