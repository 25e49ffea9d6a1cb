using Jixiao.Data.Setup;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.DependencyInjection;

namespace Jixiao.Testing;

/// <summary>A database as it was before migration UserUnits, when a 单位填报 had exactly one unit (column
/// AspNetUsers.UnitId): region 130102 with units 401001 and 402001, the role 单位填报, a clerk "clerk" of unit 401001
/// and a reviewer-like user "checker" without a unit. Written with plain SQL, since today's model no longer has the
/// column.</summary>
public static class BeforeUserUnits
{
    public const string ClerkId = "3f1c0e1a-clerk";
    public const string CheckerId = "3f1c0e1a-checker";
    public const string ClerkUnit = "401001";

    public static async Task CreateAsync(DatabaseConnection connection, string clerkPasswordHash)
    {
        await using var old = JixiaoDatabase.CreateContext(connection);
        var migrations = old.Database.GetMigrations().ToList();
        var before = migrations[migrations.FindIndex(m => m.EndsWith("_UserUnits", StringComparison.Ordinal)) - 1];
        await old.GetInfrastructure().GetRequiredService<IMigrator>().MigrateAsync(before);
        await old.Database.ExecuteSqlAsync($"INSERT INTO \"Regions\" (\"Code\", \"Name\") VALUES ('130102', '长安区')");
        await old.Database.ExecuteSqlAsync($"INSERT INTO \"Units\" (\"RegionCode\", \"Code\", \"Name\", \"DepartmentCode\") VALUES ('130102', '401001', '长安区教育局本级', '401'), ('130102', '402001', '长安区卫生健康局本级', '402')");
        var unitId = await old.Database.SqlQuery<int>($"SELECT \"Id\" AS \"Value\" FROM \"Units\" WHERE \"Code\" = {ClerkUnit}").SingleAsync();
        await old.Database.ExecuteSqlAsync($"INSERT INTO \"AspNetRoles\" (\"Id\", \"Name\", \"NormalizedName\", \"ConcurrencyStamp\") VALUES ('role-unit-editor', '单位填报', '单位填报', 'x')");
        foreach (var (id, name, unit) in new[] { (ClerkId, "clerk", (int?)unitId), (CheckerId, "checker", null) })
        {
            await old.Database.ExecuteSqlAsync($"""
                INSERT INTO "AspNetUsers" ("Id", "UserName", "NormalizedUserName", "DisplayName", "RegionCode", "UnitId", "PasswordHash", "SecurityStamp",
                    "ConcurrencyStamp", "AccessFailedCount", "EmailConfirmed", "LockoutEnabled", "PhoneNumberConfirmed", "TwoFactorEnabled")
                VALUES ({id}, {name}, {name.ToUpperInvariant()}, {name}, '130102', {unit}, {clerkPasswordHash}, {"stamp-" + name}, {"c-" + name}, {0}, {false}, {true}, {false}, {false})
                """);
        }

        await old.Database.ExecuteSqlAsync($"INSERT INTO \"AspNetUserRoles\" (\"UserId\", \"RoleId\") VALUES ({ClerkId}, 'role-unit-editor')");
    }
}
