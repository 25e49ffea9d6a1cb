using Jixiao.Data.Setup;
using Microsoft.Data.Sqlite;

namespace Jixiao.Testing;

/// <summary>
/// Databases as the web app leaves them on its first start — migrated, roles and administrator created, the demo
/// region imported, reviewed and its execution data seeded — for tests that begin there. The real app fills one
/// template per provider and test run, the first time a test asks; every test then gets its own copy (SQLite: the
/// file copied; PostgreSQL: <c>CREATE DATABASE … TEMPLATE</c>), so it may change what it likes. A web test starts in
/// well under a second instead of importing the demo documents again.
/// </summary>
public static class DemoDatabase
{
    private static readonly Lazy<Task<string>> SqliteTemplate = new(CreateSqliteTemplateAsync);

    private static readonly Lazy<Task<string>> PostgresTemplate = new(CreatePostgresTemplateAsync);

    public static async Task<ITestDatabase> SqliteAsync()
    {
        var template = await SqliteTemplate.Value;
        var database = new SqliteTestDatabase();
        database.CopyFrom(template);
        return database;
    }

    public static async Task<ITestDatabase> PostgresAsync()
    {
        // Skips (or fails under CI) here when the server is unavailable, before any template is attempted.
        await PostgresTestDatabase.EnsureAvailableAsync();
        return await PostgresTestDatabase.CreateAsync(await PostgresTemplate.Value);
    }

    private static async Task<string> CreateSqliteTemplateAsync()
    {
        var template = new SqliteTestDatabase();
        await FillAsync(template.Connection);
        // Every connection closed: the file holds everything (no write-ahead log left beside it).
        SqliteConnection.ClearAllPools();
        AppDomain.CurrentDomain.ProcessExit += (_, _) => template.DisposeAsync().AsTask().GetAwaiter().GetResult();
        return template.FilePath;
    }

    private static async Task<string> CreatePostgresTemplateAsync()
    {
        var template = await PostgresTestDatabase.CreateAsync();
        await FillAsync(template.Connection);
        // A database with sessions cannot be a template: the app's pooled connections are closed first.
        Npgsql.NpgsqlConnection.ClearAllPools();
        await template.SealAsTemplateAsync();
        AppDomain.CurrentDomain.ProcessExit += (_, _) => template.DisposeAsync().AsTask().GetAwaiter().GetResult();
        return template.Name;
    }

    private static async Task FillAsync(DatabaseConnection connection)
    {
        await using var factory = new JixiaoAppFactory(connection);
        _ = factory.Server;
    }
}
