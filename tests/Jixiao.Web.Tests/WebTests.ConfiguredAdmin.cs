using System.Net;
using Jixiao.Tests;
using Microsoft.AspNetCore.Hosting;

namespace Jixiao.Web.Tests;

/// <summary>The administrator created from <c>Jixiao:AdminPassword</c> changes that password at the first sign-in,
/// like one created with a generated password; <c>Jixiao:KeepAdminPassword=true</c> keeps it (test and bench hosts).</summary>
public abstract partial class WebTests
{
    [SkippableFact]
    public async Task ConfiguredAdminPassword_MustBeChangedAtFirstSignIn_UnlessTheOperatorKeepsIt()
    {
        await using var database = await CreateDatabaseAsync();
        await using var factory = new JixiaoAppFactory(database.Connection);
        await using var strict = factory.WithWebHostBuilder(b => b.UseSetting("Jixiao:KeepAdminPassword", "false"));
        var admin = new Browser(strict.CreateClient(new() { AllowAutoRedirect = false }));
        Assert.Equal(HttpStatusCode.Redirect, (await admin.LoginAsync(Admin, JixiaoAppFactory.AdminPassword)).StatusCode);

        var home = await admin.Client.GetAsync("/Users");
        Assert.Equal(HttpStatusCode.Redirect, home.StatusCode);
        Assert.Equal("/Users/Password?first=1", home.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.Forbidden, (await admin.Client.GetAsync("/api/v1/documents")).StatusCode);
    }
}
