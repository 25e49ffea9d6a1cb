using System.Net;

namespace Jixiao.Web.Tests;

/// <summary>修改密码 as a user does it: the page's form with the current and the new password.</summary>
public sealed partial class Browser
{
    public async Task<string> ChangePasswordAsync(string current, string next)
    {
        var page = await GetOkAsync("/Users/Password");
        var response = await Client.PostAsync("/Users/Password", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.Current"] = current, ["Input.New"] = next, ["Input.Confirm"] = next, ["__RequestVerificationToken"] = Token(page),
        }));
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK && body.Contains("密码已修改", StringComparison.Ordinal), body[..Math.Min(body.Length, 2000)]);
        return next;
    }
}
