using Jixiao.Application.Library;
using Jixiao.Cli.Commands.Db;
using Jixiao.Domain.Library;

namespace Jixiao.Cli.Commands.Library;

/// <summary>`jixiao library search TEXT`: the library indicators a name suggests, best first.</summary>
internal sealed class LibrarySearchCommand : ICommand
{
    public string Name => "search";

    public string Usage => $"jixiao library search 名称 [--region 区划] [--level2 二级指标] [--project 项目名称] [--department 部门代码] {DbSession.OptionUsage}";

    public string Summary => "按三级指标名称搜索指标库（不指定区划时查全国基础库），列出常用指标值范围、计量单位和依据。";

    public int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        var a = Arguments.Parse(args);
        var connection = DbSession.Connection(a);
        var text = DbSession.SingleArgument(a, "指标名称");
        var context = new SuggestionContext(text, a.Option("--level2") ?? string.Empty, a.Option("--project") ?? string.Empty, a.Option("--department") ?? string.Empty);
        var region = a.Option("--region") ?? LibraryAggregator.National;
        a.RejectUnknown();
        return DbSession.Run(connection, stderr, async () =>
        {
            await using var app = await DbSession.OpenAsync(connection, stderr).ConfigureAwait(false);
            var hits = await app.Get<LibraryService>().SuggestAsync(region, context, 20).ConfigureAwait(false);
            foreach (var h in hits)
            {
                var e = h.Entry;
                var mark = h.Recommended ? "【推荐】" : string.Empty;
                stdout.WriteLine($"{mark}{DisplayText.Pad(e.Name, 24)}  {e.Level1}/{e.Level2}  {DisplayText.Pad(h.TypicalRange, 16)}  {e.Projects} 个项目  依据：{h.Basis}");
            }

            stdout.WriteLine($"找到 {hits.Count} 个指标。");
            return ExitCodes.Success;
        });
    }
}
