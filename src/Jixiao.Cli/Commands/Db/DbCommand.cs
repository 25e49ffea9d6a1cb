namespace Jixiao.Cli.Commands.Db;

/// <summary>`jixiao db SUBCOMMAND …`: the database (SQLite file by default, PostgreSQL with --db "Host=…").</summary>
internal sealed class DbCommand : ICommand
{
    private static readonly ICommand[] Verbs =
    [
        new DbMigrateCommand(),
        new DbImportCommand(),
        new DbUnitsCommand(),
        new DbProjectCommand(),
        new DbSearchCommand(),
        new DbReviewCommand(),
        new DbRegionCommand(),
    ];

    public string Name => "db";

    public IReadOnlyList<ICommand> SubCommands => Verbs;

    public string Usage => "jixiao db migrate|import|units|project|search|review|region … [--db 连接串]";

    public string Summary => "数据库：建库迁移、导入并审核文档（按版本保存）、单位列表与预算合计、项目详情与历史、搜索、重新审核、区划的审核/监控/评分方案。"
        + "\n      " + string.Join("\n      ", Verbs.Select(c => c.Usage));

    public int Run(string[] args, TextWriter stdout, TextWriter stderr) => GroupCommand.Run(Verbs, args, stdout, stderr);
}
