using System.Data.Common;
using Npgsql;

namespace Jixiao.Data.Setup;

/// <summary>
/// Settings the app wants on every PostgreSQL connection unless the connection string says otherwise. A page makes
/// several short queries; with Npgsql's defaults each pooled connection is reset with <c>DISCARD ALL</c> when it
/// goes back to the pool and every query is parsed and planned again. Jixiao keeps no session state (no <c>SET</c>,
/// no temporary tables, only transaction-scoped advisory locks), so the reset is skipped, and the queries EF sends
/// again and again are prepared once per connection.
/// </summary>
public static class PostgresConnectionDefaults
{
    private static readonly (string Key, Action<NpgsqlConnectionStringBuilder> Apply)[] Defaults =
    [
        ("No Reset On Close", b => b.NoResetOnClose = true),
        ("Max Auto Prepare", b => b.MaxAutoPrepare = 64),
        ("Auto Prepare Min Usages", b => b.AutoPrepareMinUsages = 2),
    ];

    /// <summary>The connection string with each default added that it does not set itself.</summary>
    public static string Apply(string connectionString)
    {
        var given = new DbConnectionStringBuilder { ConnectionString = connectionString };
        var present = given.Keys.Cast<string>().Select(Normalize).ToHashSet(StringComparer.Ordinal);
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        foreach (var (key, apply) in Defaults)
        {
            if (!present.Contains(Normalize(key)))
            {
                apply(builder);
            }
        }

        return builder.ConnectionString;
    }

    // "No Reset On Close", "NoResetOnClose" and "NORESETONCLOSE" are the same setting to Npgsql.
    private static string Normalize(string key) => key.Replace(" ", string.Empty, StringComparison.Ordinal).ToUpperInvariant();
}
