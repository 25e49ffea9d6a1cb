using System.Data.Common;
using Jixiao.Application;
using Jixiao.Data.Setup;

namespace Jixiao.Cli.Commands.Db;

/// <summary>Opens the database a `db` command names (--db, else JIXIAO_DB, else data/jixiao.db), bringing its
/// schema up to date first, and turns connection failures into a Chinese message.</summary>
internal static class DbSession
{
    public const string OptionUsage = "[--db 连接串]";

    public static DatabaseConnection Connection(Arguments args) => DatabaseConnection.Resolve(args.Option("--db"));

    public static string SingleArgument(Arguments args, string what) => args.Positional.Count switch
    {
        0 => throw new UsageException($"缺少{what}。"),
        1 => args.Positional[0],
        _ => throw new UsageException($"只能指定一个{what}。"),
    };

    public static async Task<ApplicationScope> OpenAsync(DatabaseConnection connection, TextWriter stderr)
    {
        var applied = await DatabaseSetup.MigrateAsync(connection).ConfigureAwait(false);
        if (applied.Count > 0)
        {
            stderr.WriteLine($"已更新数据库结构（{connection.Display}）：{string.Join("、", applied)}");
        }

        return new ApplicationScope(connection);
    }

    /// <summary>Runs <paramref name="body"/>; a database that cannot be reached or opened is exit code 4.</summary>
    public static int Run(DatabaseConnection connection, TextWriter stderr, Func<Task<int>> body)
    {
        try
        {
            return body().GetAwaiter().GetResult();
        }
        catch (Exception ex) when (ex is DbException or TimeoutException || ex.InnerException is DbException)
        {
            stderr.WriteLine($"无法使用数据库（{connection.Display}）：{(ex.InnerException ?? ex).Message}");
            stderr.WriteLine("请检查 --db 或环境变量 JIXIAO_DB 的连接串，以及数据库服务器是否已启动。");
            return ExitCodes.DatabaseUnavailable;
        }
    }
}
