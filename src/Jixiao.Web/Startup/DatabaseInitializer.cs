using Jixiao.Application.Dashboard;
using Jixiao.Application.Execution;
using Jixiao.Application.Users;
using Jixiao.Data;
using Jixiao.Data.Audit;
using Jixiao.Data.Setup;
using Jixiao.Domain.Workflow.Audit;
using Jixiao.Web.Auth;
using Jixiao.Web.Demo;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Web.Startup;

/// <summary>
/// First start: migrate the database, create the roles, create the administrator (password from
/// <c>Jixiao:AdminPassword</c>, else a random one printed once to the console) and, on an empty database, import
/// the demo region.
/// </summary>
public static class DatabaseInitializer
{
    public const string AdminUserName = "admin";

    /// <summary>true: the configured <c>Jixiao:AdminPassword</c> is the operator's own and needs no change at the
    /// first sign-in.</summary>
    public const string KeepAdminPasswordSetting = "Jixiao:KeepAdminPassword";

    public static async Task InitializeDatabaseAsync(this WebApplication app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var db = services.GetRequiredService<JixiaoDbContext>();
        var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger("Jixiao.Startup");
        var applied = await DatabaseSetup.MigrateAsync(db).ConfigureAwait(false);
        // Before anything is audited below: the key ring's first key must not be written inside an append.
        services.GetRequiredService<AuditCheckpointSigner>().EnsureKey();
        if (applied.Count > 0 && logger.IsEnabled(LogLevel.Information))
        {
            logger.LogInformation("数据库已迁移：{Migrations}", string.Join(", ", applied));
        }

        var roles = services.GetRequiredService<RoleManager<IdentityRole>>();
        foreach (var role in Roles.All)
        {
            if (!await roles.RoleExistsAsync(role).ConfigureAwait(false))
            {
                await roles.CreateAsync(new IdentityRole(role)).ConfigureAwait(false);
            }
        }

        await EnsureAdminAsync(services, app.Configuration).ConfigureAwait(false);

        // A database stored before the dashboard summary existed gets its lines once; later writes keep them.
        if (!await db.DashboardSummaries.AnyAsync().ConfigureAwait(false) && await db.Documents.AnyAsync().ConfigureAwait(false))
        {
            var count = await DashboardSummaries.RebuildAllAsync(db, services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime).ConfigureAwait(false);
            if (logger.IsEnabled(LogLevel.Information))
            {
                logger.LogInformation("已生成首页汇总：{Count} 份部门预算绩效文本", count);
            }
        }

        // Lines of the 执行与评价 view that are missing (an older database) or were assessed with another 监控方案 or
        // older formulas are recomputed once here; later writes keep them.
        var refreshed = await ExecutionSummaries.EnsureCurrentAsync(db).ConfigureAwait(false);
        if (refreshed.Count > 0 && logger.IsEnabled(LogLevel.Information))
        {
            logger.LogInformation("已重新计算执行监控汇总：区划 {Regions}", string.Join(", ", refreshed));
        }

        if (app.Configuration.GetValue("Jixiao:DemoData", true) && !await db.Documents.AnyAsync().ConfigureAwait(false))
        {
            var loader = ActivatorUtilities.CreateInstance<DemoData>(services);
            var count = await loader.ImportAsync().ConfigureAwait(false);
            await ActivatorUtilities.CreateInstance<DemoExecution>(services).SeedAsync().ConfigureAwait(false);
            if (logger.IsEnabled(LogLevel.Information))
            {
                logger.LogInformation("已导入示例数据：{Count} 份部门预算绩效文本", count);
            }
        }
    }

    private static async Task EnsureAdminAsync(IServiceProvider services, IConfiguration configuration)
    {
        var users = services.GetRequiredService<UserManager<JixiaoUser>>();
        if (await users.FindByNameAsync(AdminUserName).ConfigureAwait(false) is not null)
        {
            return;
        }

        var configured = configuration["Jixiao:AdminPassword"];
        var password = string.IsNullOrWhiteSpace(configured) ? Passwords.Random() : configured;
        var admin = new JixiaoUser { UserName = AdminUserName, DisplayName = "系统管理员" };
        var db = services.GetRequiredService<JixiaoDbContext>();
        await using var transaction = await db.Database.BeginTransactionAsync().ConfigureAwait(false);
        var result = await users.CreateAsync(admin, password).ConfigureAwait(false);
        if (!result.Succeeded)
        {
            throw new InvalidOperationException("无法创建管理员账号：" + string.Join("；", result.Errors.Select(e => e.Description)));
        }

        await users.AddToRoleAsync(admin, Roles.Admin).ConfigureAwait(false);
        if (string.IsNullOrWhiteSpace(configured) || !configuration.GetValue(KeepAdminPasswordSetting, false))
        {
            // A generated password was shown on a console, a configured one sits in a settings file or environment
            // that more people can read than the administrator: either is replaced at the first sign-in, unless the
            // operator says the configured one is kept (managed in a secret store; test and benchmark hosts).
            await PasswordChangeGate.RequireAsync(users, admin).ConfigureAwait(false);
        }

        // The first account is created by the system itself: no user, role or address.
        var source = new AuditSource("系统", string.Empty, string.Empty, services.GetRequiredService<TimeProvider>().GetUtcNow());
        await UserAudit.SaveAsync(db,
        [
            .. UserAudit.Changes(source, AuditDiff.CreateAction, AdminUserName, [], await UserAudit.SnapshotAsync(db, admin, Roles.Admin, CancellationToken.None).ConfigureAwait(false)),
            UserAudit.Entry(source, AuditDiff.CreateAction, AdminUserName, UserAudit.PasswordField, string.Empty, string.IsNullOrWhiteSpace(configured) ? "已设定（系统生成）" : "已设定（配置文件）"),
        ], CancellationToken.None).ConfigureAwait(false);
        await transaction.CommitAsync().ConfigureAwait(false);
        if (string.IsNullOrWhiteSpace(configured))
        {
            // Printed once, on the console only (not the log), so the first user can sign in.
            Console.WriteLine($"已创建管理员账号：用户名 {AdminUserName}，密码 {password}（只显示这一次，请登录后妥善保存）");
        }
    }
}
