namespace Jixiao.Data.Setup;

/// <summary>
/// Which database to use: the <c>--db</c> option, else the <c>JIXIAO_DB</c> environment variable, else the
/// configured connection string, else the embedded SQLite file <c>data/jixiao.db</c>. A string starting with
/// <c>Host=</c> is PostgreSQL; anything else is SQLite.
/// </summary>
public sealed record DatabaseConnection(DatabaseProvider Provider, string ConnectionString)
{
    public const string EnvironmentVariable = "JIXIAO_DB";

    public const string DefaultConnectionString = "Data Source=data/jixiao.db";

    public static DatabaseConnection Resolve(string? option = null, string? configured = null, Func<string, string?>? environment = null)
    {
        environment ??= Environment.GetEnvironmentVariable;
        var text = FirstNonEmpty(option, environment(EnvironmentVariable), configured) ?? DefaultConnectionString;
        return Parse(text);
    }

    public static DatabaseConnection Parse(string connectionString)
    {
        var text = connectionString.Trim();
        return text.StartsWith("Host=", StringComparison.OrdinalIgnoreCase)
            ? new DatabaseConnection(DatabaseProvider.Postgres, text)
            : new DatabaseConnection(DatabaseProvider.Sqlite, text);
    }

    /// <summary>The connection string without its password, for messages and logs.</summary>
    public string Display => Provider == DatabaseProvider.Postgres
        ? string.Join(';', ConnectionString.Split(';').Where(p => !p.TrimStart().StartsWith("Password", StringComparison.OrdinalIgnoreCase)))
        : ConnectionString;

    private static string? FirstNonEmpty(params string?[] values) => values.FirstOrDefault(v => !string.IsNullOrWhiteSpace(v));
}
