using Jixiao.Data.Setup;
using Npgsql;

namespace Jixiao.Testing;

/// <summary>
/// A fresh database on the PostgreSQL server named by <c>JIXIAO_TEST_PG</c> (default: localhost, user and
/// password jixiao). Without a reachable server the test is skipped on a developer's machine, but under
/// <c>.ci/run</c> (CI=true) it fails: CI must test PostgreSQL.
/// </summary>
public sealed class PostgresTestDatabase : ITestDatabase
{
    public const string DefaultServer = "Host=localhost;Username=jixiao;Password=jixiao;Database=jixiao_test";

    private static readonly Lazy<Task<string?>> Unavailable = new(ProbeAsync);

    private readonly string _server;
    private readonly string _name;

    private PostgresTestDatabase(string server, string name, DatabaseConnection connection)
    {
        _server = server;
        _name = name;
        Connection = connection;
    }

    public DatabaseConnection Connection { get; }

    public string Name => _name;

    private static string Server => Environment.GetEnvironmentVariable("JIXIAO_TEST_PG") is { Length: > 0 } s ? s : DefaultServer;

    /// <summary>A new database: empty, or a copy of the database <paramref name="template"/> (which no session may be
    /// connected to).</summary>
    public static async Task<PostgresTestDatabase> CreateAsync(string? template = null)
    {
        await EnsureAvailableAsync().ConfigureAwait(false);
        var name = "jixiao_t_" + Guid.NewGuid().ToString("N")[..16];
        await CreateDatabaseAsync(name, template).ConfigureAwait(false);
        var builder = new NpgsqlConnectionStringBuilder(Server) { Database = name };
        return new PostgresTestDatabase(Server, name, DatabaseConnection.Parse(builder.ConnectionString));
    }

    /// <summary>Makes this database a template to copy: no session may connect to it any more (an autovacuum worker
    /// inside it would make every copy wait).</summary>
    public Task SealAsTemplateAsync() => ExecuteAsync(_server, $"ALTER DATABASE {_name} WITH ALLOW_CONNECTIONS false");

    /// <summary>Skips the test when the server cannot be reached — except under CI, where PostgreSQL must be tested.</summary>
    public static async Task EnsureAvailableAsync()
    {
        var problem = await Unavailable.Value.ConfigureAwait(false);
        if (problem is not null)
        {
            var message = $"PostgreSQL 不可用（{problem}）：请启动服务器（pg_ctlcluster 15 main start）并设置 JIXIAO_TEST_PG。";
            if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
            {
                throw new InvalidOperationException("CI=true 时必须测试 PostgreSQL。" + message);
            }

            throw new SkipException(message);
        }
    }

    /// <summary>Drops the test database. FORCE cannot end a backend of another role (an autovacuum worker that
    /// just entered the fresh database), so a refusal is retried; a database that still cannot be dropped is left
    /// behind rather than failing a test whose assertions all passed.</summary>
    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        for (var attempt = 1; attempt <= 5; attempt++)
        {
            try
            {
                await ExecuteAsync(_server, $"DROP DATABASE IF EXISTS {_name} WITH (FORCE)").ConfigureAwait(false);
                return;
            }
            catch (PostgresException ex) when (ex.SqlState is PostgresErrorCodes.InsufficientPrivilege or PostgresErrorCodes.ObjectInUse)
            {
                await Task.Delay(300 * attempt).ConfigureAwait(false);
            }
        }
    }

    /// <summary>template0 accepts no connections, so parallel test classes (and other test runs on the same server)
    /// cannot make CREATE DATABASE fail with "source database is being accessed by other users"; a template of our
    /// own is only copied once it is filled and its sessions are closed. The retry covers the remaining lock races.</summary>
    private static async Task CreateDatabaseAsync(string name, string? template)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await ExecuteAsync(Server, $"CREATE DATABASE {name} TEMPLATE {template ?? "template0"} ENCODING 'UTF8'").ConfigureAwait(false);
                return;
            }
            catch (PostgresException ex) when (ex.SqlState == PostgresErrorCodes.ObjectInUse && attempt < 8)
            {
                await Task.Delay(200 * attempt).ConfigureAwait(false);
            }
        }
    }

    private static async Task<string?> ProbeAsync()
    {
        try
        {
            var builder = new NpgsqlConnectionStringBuilder(Server) { Timeout = 5 };
            await using var connection = new NpgsqlConnection(builder.ConnectionString);
            await connection.OpenAsync().ConfigureAwait(false);
            return null;
        }
        catch (Exception ex) when (ex is NpgsqlException or TimeoutException or InvalidOperationException)
        {
            return ex.Message;
        }
    }

    private static async Task ExecuteAsync(string server, string sql)
    {
        await using var connection = new NpgsqlConnection(server);
        await connection.OpenAsync().ConfigureAwait(false);
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync().ConfigureAwait(false);
    }
}
