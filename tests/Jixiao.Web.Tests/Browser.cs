using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Jixiao.Web.Tests;

/// <summary>An HTTP client that keeps cookies, does not follow redirects, and fills forms the way a browser does
/// (anti-forgery token included).</summary>
public sealed partial class Browser(HttpClient client)
{
    public HttpClient Client { get; } = client;

    /// <summary>A client as the pages' scripts and API scripts are: it sends <c>X-Requested-With</c>, which the API asks
    /// of writes without a JSON or file body (a foreign page cannot send it).</summary>
    public static Browser Anonymous(WebApplicationFactory<Program> factory)
    {
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        client.DefaultRequestHeaders.Add("X-Requested-With", "XMLHttpRequest");
        return new(client);
    }

    public static async Task<Browser> SignedInAsync(WebApplicationFactory<Program> factory, string user, string password)
    {
        var browser = Anonymous(factory);
        var response = await browser.LoginAsync(user, password);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return browser;
    }

    public async Task<HttpResponseMessage> LoginAsync(string user, string password)
    {
        var page = await Client.GetStringAsync("/Account/Login");
        return await Client.PostAsync("/Account/Login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.UserName"] = user,
            ["Input.Password"] = password,
            ["__RequestVerificationToken"] = Token(page),
        }));
    }

    public async Task<string> GetOkAsync(string url)
    {
        var response = await Client.GetAsync(url);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url} → {(int)response.StatusCode}\n{body[..Math.Min(body.Length, 2000)]}");
        return body;
    }

    /// <summary>Posts the form with id <paramref name="formId"/> of <paramref name="page"/> with its current values,
    /// changed by <paramref name="changes"/> (a changed name replaces all its values, e.g. every ticked checkbox) and
    /// by <paramref name="lists"/> (names sent with several values, as ticked checkboxes are).</summary>
    public Task<HttpResponseMessage> SubmitAsync(string url, string page, string formId, IDictionary<string, string> changes, IReadOnlyDictionary<string, string[]>? lists = null)
    {
        var replaced = changes.Keys.Concat(lists?.Keys ?? []).ToHashSet(StringComparer.Ordinal);
        var fields = FormPairs(page, formId).Where(p => !replaced.Contains(p.Key))
            .Concat(changes)
            .Concat((lists ?? new Dictionary<string, string[]>()).SelectMany(l => l.Value.Select(v => new KeyValuePair<string, string>(l.Key, v))))
            .ToList();
        return Client.PostAsync(url, new FormUrlEncodedContent(fields));
    }

    /// <summary>Uploads <paramref name="bytes"/> as <paramref name="field"/> with the antiforgery token of the form page
    /// <paramref name="pageUrl"/> (and <paramref name="fields"/>), the way a browser posts a file form; the answer's body
    /// after asserting 200.</summary>
    public async Task<string> PostFileAsync(string pageUrl, string postUrl, string field, string fileName, byte[] bytes, IReadOnlyDictionary<string, string>? fields = null)
    {
        var page = await GetOkAsync(pageUrl);
        using var form = new MultipartFormDataContent { { new StringContent(Token(page)), "__RequestVerificationToken" } };
        foreach (var (name, value) in fields ?? new Dictionary<string, string>())
        {
            form.Add(new StringContent(value), name);
        }

        form.Add(new ByteArrayContent(bytes), field, fileName);
        var response = await Client.PostAsync(postUrl, form);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, body);
        return body;
    }

    public static string Token(string page) => TokenPattern().Match(page) is { Success: true } m ? WebUtility.HtmlDecode(m.Groups[1].Value) : throw new InvalidOperationException("页面中没有防伪令牌。");

    /// <summary>The named inputs, textareas and selected options of a form (a name with several values, such as ticked
    /// checkboxes, gets them joined by commas).</summary>
    public static Dictionary<string, string> FormFields(string page, string formId) =>
        FormPairs(page, formId).GroupBy(p => p.Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => string.Join(',', g.Select(p => p.Value)), StringComparer.Ordinal);

    /// <summary>What a browser would send for the form: unticked checkboxes and radio buttons are left out.</summary>
    public static List<KeyValuePair<string, string>> FormPairs(string page, string formId)
    {
        var start = page.IndexOf($"id=\"{formId}\"", StringComparison.Ordinal);
        Assert.True(start >= 0, $"页面中没有表单 {formId}");
        var end = page.IndexOf("</form>", start, StringComparison.Ordinal);
        var form = page[start..end];
        var fields = new List<KeyValuePair<string, string>>();
        foreach (Match m in InputPattern().Matches(form))
        {
            var tag = m.Value;
            if (tag.Contains("type=\"submit\"", StringComparison.Ordinal) || tag.Contains("disabled", StringComparison.Ordinal) || tag.Contains("type=\"file\"", StringComparison.Ordinal))
            {
                continue;
            }

            var tickable = tag.Contains("type=\"checkbox\"", StringComparison.Ordinal) || tag.Contains("type=\"radio\"", StringComparison.Ordinal);
            if (tickable && !Regex.IsMatch(tag, "\\schecked(=|\\s|/|>)"))
            {
                continue;
            }

            if (Attribute(tag, "name") is { } name)
            {
                fields.Add(new(name, Attribute(tag, "value") ?? string.Empty));
            }
        }

        foreach (Match m in TextareaPattern().Matches(form))
        {
            fields.Add(new(WebUtility.HtmlDecode(m.Groups[1].Value), WebUtility.HtmlDecode(m.Groups[2].Value).TrimStart('\r', '\n')));
        }

        foreach (Match m in SelectPattern().Matches(form))
        {
            var selected = SelectedPattern().Match(m.Groups[2].Value);
            fields.Add(new(WebUtility.HtmlDecode(m.Groups[1].Value), selected.Success ? WebUtility.HtmlDecode(selected.Groups[1].Value) : string.Empty));
        }

        return fields;
    }

    private static string? Attribute(string tag, string name) =>
        Regex.Match(tag, $"\\s{name}=\"([^\"]*)\"") is { Success: true } m ? WebUtility.HtmlDecode(m.Groups[1].Value) : null;

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();

    [GeneratedRegex("<input[^>]*>")]
    private static partial Regex InputPattern();

    [GeneratedRegex("<textarea[^>]*name=\"([^\"]+)\"[^>]*>(.*?)</textarea>", RegexOptions.Singleline)]
    private static partial Regex TextareaPattern();

    [GeneratedRegex("<select[^>]*name=\"([^\"]+)\"[^>]*>(.*?)</select>", RegexOptions.Singleline)]
    private static partial Regex SelectPattern();

    [GeneratedRegex("<option[^>]*value=\"([^\"]*)\"[^>]*selected[^>]*>")]
    private static partial Regex SelectedPattern();
}
