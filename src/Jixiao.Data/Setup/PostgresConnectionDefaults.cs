using System.Data.Common;
using System.Net;
using Npgsql;

namespace Jixiao.Data.Setup;

/// <summary>
/// Settings the app wants on every PostgreSQL connection unless the connection string says otherwise. A page makes
/// several short queries; with Npgsql's defaults each pooled connection is reset with <c>DISCARD ALL</c> when it
/// goes back to the pool and every query is parsed and planned again. Jixiao keeps no session state (no <c>SET</c>,
/// no temporary tables, only transaction-scoped advisory locks), so the reset is skipped, and the queries EF sends
/// again and again are prepared once per connection. Bulk writes (binary COPY of a document's rows) go out in 64 KiB
/// writes instead of the default 8 KiB. On the same machine (localhost, a loopback address or a Unix socket) the
/// connection is made without TLS unless the server demands it (<see cref="SslMode.Allow"/>): the bytes never leave
/// the host, and encrypting every imported row on both sides cost a fifth of the importer's processor time
/// (docs/performance.md, issue 19); a remote server keeps Npgsql's default (TLS when the server offers it).
/// The server's JIT compiler is off for Jixiao's sessions (<c>-c jit=off</c> added to the startup options unless they
/// name <c>jit</c> themselves): Jixiao's statements are short lookups by key, but with a province stored the planner's
/// estimates for some of them pass <c>jit_above_cost</c>, and compiling such a statement took 0.7–0.8 s where running
/// it took 30 ms — on every document imported (docs/performance.md, branch s22a).
/// </summary>
public static class PostgresConnectionDefaults
{
    private static readonly (string Key, Action<NpgsqlConnectionStringBuilder> Apply)[] Defaults =
    [
        ("No Reset On Close", b => b.NoResetOnClose = true),
        ("Max Auto Prepare", b => b.MaxAutoPrepare = 64),
        ("Auto Prepare Min Usages", b => b.AutoPrepareMinUsages = 2),
        ("Write Buffer Size", b => b.WriteBufferSize = 64 * 1024),
        ("SSL Mode", b =>
        {
            // PGSSLMODE, which Npgsql reads when the connection string says nothing, wins as well.
            if (IsLocal(b.Host) && string.IsNullOrEmpty(Environment.GetEnvironmentVariable("PGSSLMODE")))
            {
                b.SslMode = SslMode.Allow;
            }
        }),
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

        // Options may carry other settings (a search path …): JIT off is added to them, unless they set it.
        if (builder.Options?.Contains("jit", StringComparison.OrdinalIgnoreCase) != true)
        {
            builder.Options = string.IsNullOrWhiteSpace(builder.Options) ? NoJit : $"{builder.Options} {NoJit}";
        }

        return builder.ConnectionString;
    }

    private const string NoJit = "-c jit=off";

    /// <summary>Every host of the connection is this machine: a Unix socket folder, localhost or a loopback address.</summary>
    private static bool IsLocal(string? hosts) =>
        !string.IsNullOrWhiteSpace(hosts) && hosts.Split(',').All(h => LocalHost(h.Trim()));

    private static bool LocalHost(string host)
    {
        // "host:port", "[::1]:port", "::1", or a socket folder.
        if (host.StartsWith('/'))
        {
            return true;
        }

        var name = host.StartsWith('[') ? host[1..Math.Max(1, host.IndexOf(']', StringComparison.Ordinal))]
            : host.Count(c => c == ':') == 1 ? host[..host.IndexOf(':', StringComparison.Ordinal)] : host;
        return name.Equals("localhost", StringComparison.OrdinalIgnoreCase) || (IPAddress.TryParse(name, out var address) && IPAddress.IsLoopback(address));
    }

    // "No Reset On Close", "NoResetOnClose" and "NORESETONCLOSE" are the same setting to Npgsql.
    private static string Normalize(string key) => key.Replace(" ", string.Empty, StringComparison.Ordinal).ToUpperInvariant();
}
