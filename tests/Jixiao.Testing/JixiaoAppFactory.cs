using Jixiao.Application.Users;
using Jixiao.Data;
using Jixiao.Data.Setup;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Jixiao.Testing;

/// <summary>The real app (demo data, migrations, Identity) on a real database, with a known admin password.</summary>
public sealed class JixiaoAppFactory(DatabaseConnection connection) : WebApplicationFactory<Program>
{
    public const string AdminPassword = "Guanli-Ceshi-2024";

    public const string UserPassword = "Tianbao-Ceshi-2024";

    static JixiaoAppFactory()
    {
        // Every host would watch its appsettings files. Hosts of parallel test classes and projects (and of other
        // test runs of the same user) can exhaust the machine's inotify instances, 128 by default on Linux; the
        // tests never change those files. Read by WebApplication.CreateBuilder, so set before the first host.
        Environment.SetEnvironmentVariable("DOTNET_hostBuilder__reloadConfigOnChange", "false");
        // The same for wwwroot: asp-append-version watches each file it versions, and a host's web root file provider
        // outlives the host, so a test run of many hosts would hold one inotify instance per host. Polling needs none.
        Environment.SetEnvironmentVariable("DOTNET_USE_POLLING_FILE_WATCHER", "true");
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("ConnectionStrings:Jixiao", connection.ConnectionString);
        builder.UseSetting("Jixiao:AdminPassword", AdminPassword);
        // Tests sign in with it and go straight to work; the forced first change has its own test.
        builder.UseSetting("Jixiao:KeepAdminPassword", "true");
        builder.UseSetting("Jixiao:DemoData", "true");
        builder.UseSetting("Jixiao:DataFolder", DataFolder);
    }

    /// <summary>The files this host makes (printed Word exports), its own folder so parallel hosts share nothing.</summary>
    public string DataFolder { get; } = Path.Combine(Path.GetTempPath(), "jixiao-test-data-" + Guid.NewGuid().ToString("N"));

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        try
        {
            if (Directory.Exists(DataFolder))
            {
                Directory.Delete(DataFolder, recursive: true);
            }
        }
        catch (IOException)
        {
            // The system cleans its temporary folder.
        }
    }

    /// <summary>Creates a user with <paramref name="role"/>, assigned to the unit with <paramref name="unitCode"/> when given.</summary>
    public Task<JixiaoUser> CreateUserAsync(string userName, string role, string? unitCode = null, string? region = "130102") =>
        CreateUserAsync(userName, role, unitCode is null ? [] : [unitCode], region);

    /// <summary>Creates a 单位填报 user of region 130102 assigned to the units with <paramref name="unitCodes"/>.</summary>
    public Task<JixiaoUser> CreateClerkAsync(string userName, params string[] unitCodes) => CreateUserAsync(userName, Roles.UnitEditor, unitCodes, "130102");

    private async Task<JixiaoUser> CreateUserAsync(string userName, string role, string[] unitCodes, string? region)
    {
        await using var scope = Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<JixiaoDbContext>();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<JixiaoUser>>();
        var units = await db.Units.Where(u => unitCodes.Contains(u.Code)).Select(u => u.Id).ToListAsync();
        Assert.Equal(unitCodes.Length, units.Count);
        var user = new JixiaoUser { UserName = userName, DisplayName = userName, RegionCode = region, Units = [.. units.Select(id => new Data.Entities.UserUnit { UnitId = id })] };
        var result = await users.CreateAsync(user, UserPassword);
        Assert.True(result.Succeeded, string.Join("；", result.Errors.Select(e => e.Description)));
        await users.AddToRoleAsync(user, role);
        return user;
    }

    public async Task<T> QueryAsync<T>(Func<JixiaoDbContext, Task<T>> query)
    {
        await using var scope = Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<JixiaoDbContext>());
    }

    /// <summary>The id of the project whose name is <paramref name="name"/>.</summary>
    public Task<int> ProjectIdAsync(string name) =>
        QueryAsync(db => db.ProjectVersions.Where(v => v.Name == name && v.Number == v.Project!.CurrentVersion).Select(v => v.ProjectId).FirstAsync());

    public static string EditorRole => Roles.UnitEditor;
}
