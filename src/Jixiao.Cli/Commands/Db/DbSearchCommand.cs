using Jixiao.Application.Documents;

namespace Jixiao.Cli.Commands.Db;

/// <summary>`jixiao db search TEXT`: projects whose code or name contains the text.</summary>
internal sealed class DbSearchCommand : ICommand
{
    public string Name => "search";

    public string Usage => $"jixiao db search 关键字 [--year YYYY] [--region 区划] {DbSession.OptionUsage}";

    public string Summary => "按项目编码或名称（中文子串）搜索项目。";

    public int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        var a = Arguments.Parse(args);
        var connection = DbSession.Connection(a);
        var text = DbSession.SingleArgument(a, "搜索关键字");
        var year = a.IntOption("--year");
        var region = a.Option("--region");
        a.RejectUnknown();
        return DbSession.Run(connection, stderr, async () =>
        {
            await using var app = await DbSession.OpenAsync(connection, stderr).ConfigureAwait(false);
            var db = app.Db;
            var hits = await ProjectQueries.SearchAsync(db, text, year, region).ConfigureAwait(false);
            foreach (var h in hits)
            {
                stdout.WriteLine($"{h.FiscalYear}  {h.Code,-21}  {DisplayText.Pad(h.Name, 30)}  {h.Budget.ToWanYuanString(),12}  {h.UnitCode} {h.UnitName}  第 {h.CurrentVersion} 版");
            }

            stdout.WriteLine($"找到 {hits.Count} 个项目。");
            return ExitCodes.Success;
        });
    }
}
