using Jixiao.Data.Setup;

namespace Jixiao.Cli.Commands.Db;

/// <summary>`jixiao db migrate`: creates the database or brings it to the current schema.</summary>
internal sealed class DbMigrateCommand : ICommand
{
    public string Name => "migrate";

    public string Usage => $"jixiao db migrate {DbSession.OptionUsage}";

    public string Summary => "创建数据库或升级到当前结构。";

    public int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        var a = Arguments.Parse(args);
        var connection = DbSession.Connection(a);
        a.RejectUnknown();
        if (a.Positional.Count > 0)
        {
            throw new UsageException($"多余的参数：{string.Join(" ", a.Positional)}");
        }

        return DbSession.Run(connection, stderr, async () =>
        {
            var applied = await DatabaseSetup.MigrateAsync(connection).ConfigureAwait(false);
            stdout.WriteLine(applied.Count == 0
                ? $"数据库已是最新结构（{connection.Display}）。"
                : $"已应用 {applied.Count} 个迁移（{connection.Display}）：{string.Join("、", applied)}");
            return ExitCodes.Success;
        });
    }
}
