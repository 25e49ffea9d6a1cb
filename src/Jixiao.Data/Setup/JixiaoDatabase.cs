using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Data.Setup;

/// <summary>Builds <see cref="DbContextOptions{JixiaoDbContext}"/> for a connection: the provider, its migration
/// assembly, and the SQLite settings a desktop file needs.</summary>
public static class JixiaoDatabase
{
    public const string SqliteMigrationsAssembly = "Jixiao.Data.Sqlite";

    public const string PostgresMigrationsAssembly = "Jixiao.Data.Postgres";

    public static void Configure(DbContextOptionsBuilder builder, DatabaseConnection connection)
    {
        switch (connection.Provider)
        {
            case DatabaseProvider.Postgres:
                builder.UseNpgsql(PostgresConnectionDefaults.Apply(connection.ConnectionString), o => o.MigrationsAssembly(PostgresMigrationsAssembly));
                break;
            default:
                EnsureSqliteDirectory(connection.ConnectionString);
                builder.UseSqlite(connection.ConnectionString, o => o.MigrationsAssembly(SqliteMigrationsAssembly));
                builder.AddInterceptors(SqlitePragmas.Instance);
                break;
        }
    }

    public static DbContextOptions<JixiaoDbContext> Options(DatabaseConnection connection)
    {
        var builder = new DbContextOptionsBuilder<JixiaoDbContext>();
        Configure(builder, connection);
        return builder.Options;
    }

    public static JixiaoDbContext CreateContext(DatabaseConnection connection) => new(Options(connection));

    /// <summary>SQLite creates the file but not its folder ("data/" on first start).</summary>
    private static void EnsureSqliteDirectory(string connectionString)
    {
        var file = new SqliteConnectionStringBuilder(connectionString).DataSource;
        if (string.IsNullOrEmpty(file) || file == ":memory:" || file.StartsWith("file:", StringComparison.OrdinalIgnoreCase))
        {
            return;
        }

        var directory = Path.GetDirectoryName(Path.GetFullPath(file));
        if (!string.IsNullOrEmpty(directory))
        {
            Directory.CreateDirectory(directory);
        }
    }
}
