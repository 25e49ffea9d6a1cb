using Jixiao.Cli.Commands.Db;

namespace Jixiao.Cli.Commands.Library;

/// <summary>`jixiao library build|search|export|import`: the indicator library (指标库) of the database.</summary>
internal sealed class LibraryCommand : ICommand
{
    private static readonly ICommand[] Verbs =
    [
        new LibraryBuildCommand(),
        new LibrarySearchCommand(),
        new LibraryExportCommand(),
        new LibraryImportCommand(),
    ];

    public string Name => "library";

    public IReadOnlyList<ICommand> SubCommands => Verbs;

    public string Usage => $"jixiao library build|search|export|import … {DbSession.OptionUsage}";

    public string Summary => "指标库：由已批复的绩效目标表生成（各区划及全国基础库）、搜索、导出为 Excel/JSON、导入维护信息（推荐、停用、合并、推荐依据、备注）。"
        + "\n      " + string.Join("\n      ", Verbs.Select(c => c.Usage));

    public int Run(string[] args, TextWriter stdout, TextWriter stderr) => GroupCommand.Run(Verbs, args, stdout, stderr);
}
