using Jixiao.Application;
using Jixiao.Application.Library;
using Jixiao.Application.Users;
using Jixiao.Cli.Commands.Db;
using Jixiao.Domain.Library;

namespace Jixiao.Cli.Commands.Library;

/// <summary>`jixiao library import FILE`: brings back the curation of an exported (and edited) .xlsx or JSON file.</summary>
internal sealed class LibraryImportCommand : ICommand
{
    public string Name => "import";

    public string Usage => $"jixiao library import 文件.xlsx|文件.json [--region 区划] {DbSession.OptionUsage}";

    public string Summary => "导入指标库维护信息（推荐、停用、合并到、推荐依据、备注）；统计数字以已批复的表为准，不导入。整个文件无误才保存。";

    public int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        var a = Arguments.Parse(args);
        var connection = DbSession.Connection(a);
        var path = DbSession.SingleArgument(a, "输入文件");
        var region = a.Option("--region") ?? LibraryAggregator.National;
        a.RejectUnknown();
        var bytes = File.ReadAllBytes(path);
        return DbSession.Run(connection, stderr, async () =>
        {
            await using var app = await DbSession.OpenAsync(connection, stderr).ConfigureAwait(false);
            var user = UserAccess.System(Environment.UserName);
            var result = await app.Get<LibraryTransfer>().ImportAsync(region, Path.GetFileName(path), bytes, user.ActorFrom(string.Empty), user.Access)
                .ConfigureAwait(false);
            if (result.Kind != OutcomeKind.Done)
            {
                stderr.WriteLine(result.Message);
                return ExitCodes.UnreadableInput;
            }

            stdout.WriteLine(result.Message);
            return ExitCodes.Success;
        });
    }
}
