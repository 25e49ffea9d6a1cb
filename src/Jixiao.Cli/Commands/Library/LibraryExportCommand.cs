using Jixiao.Application.Library;
using Jixiao.Cli.Commands.Db;
using Jixiao.Domain.Library;

namespace Jixiao.Cli.Commands.Library;

/// <summary>`jixiao library export FILE`: a region's library as .xlsx or JSON (by the file's extension).</summary>
internal sealed class LibraryExportCommand : ICommand
{
    public string Name => "export";

    public string Usage => $"jixiao library export 文件.xlsx|文件.json [--region 区划] {DbSession.OptionUsage}";

    public string Summary => "把指标库（统计数字和维护信息）导出为 Excel 或 JSON；不指定区划时导出全国基础库。";

    public int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        var a = Arguments.Parse(args);
        var connection = DbSession.Connection(a);
        var path = DbSession.SingleArgument(a, "输出文件");
        var region = a.Option("--region") ?? LibraryAggregator.National;
        a.RejectUnknown();
        var json = path.EndsWith(".json", StringComparison.OrdinalIgnoreCase);
        if (!json && !path.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase))
        {
            throw new UsageException("输出文件须以 .xlsx 或 .json 结尾。");
        }

        return DbSession.Run(connection, stderr, async () =>
        {
            await using var app = await DbSession.OpenAsync(connection, stderr).ConfigureAwait(false);
            var transfer = app.Get<LibraryTransfer>();
            if (json)
            {
                OutputFile.Write(path, await transfer.ExportJsonAsync(region).ConfigureAwait(false), stdout);
            }
            else
            {
                OutputFile.WriteBytes(path, await transfer.ExportXlsxAsync(region).ConfigureAwait(false));
            }

            stdout.WriteLine($"已导出到 {path}。");
            return ExitCodes.Success;
        });
    }
}
