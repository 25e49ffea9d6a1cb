using System.Globalization;
using Jixiao.Application.Library;
using Jixiao.Cli.Commands.Db;

namespace Jixiao.Cli.Commands.Library;

/// <summary>`jixiao library build`: rebuilds the whole library from the stored approved tables.</summary>
internal sealed class LibraryBuildCommand : ICommand
{
    public string Name => "build";

    public string Usage => $"jixiao library build {DbSession.OptionUsage}";

    public string Summary => "由数据库中已批复（含已公开）的绩效目标表重新生成指标库：各区划及全国基础库；维护信息保留。";

    public int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        var a = Arguments.Parse(args);
        var connection = DbSession.Connection(a);
        a.RejectUnknown();
        return DbSession.Run(connection, stderr, async () =>
        {
            await using var app = await DbSession.OpenAsync(connection, stderr).ConfigureAwait(false);
            var result = await app.Get<LibraryService>().BuildAsync().ConfigureAwait(false);
            stdout.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"已生成指标库：读取指标 {result.Rows:N0} 行，写入 {result.Entries:N0} 个指标（{result.Regions} 个区划，含全国基础库），读取用时 {result.Reading.TotalSeconds:0.0} 秒，共 {result.Total.TotalSeconds:0.0} 秒。"));
            return ExitCodes.Success;
        });
    }
}
