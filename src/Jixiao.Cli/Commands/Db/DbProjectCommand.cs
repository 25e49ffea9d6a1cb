using Jixiao.Application.Documents;

namespace Jixiao.Cli.Commands.Db;

/// <summary>`jixiao db project CODE --year Y [--version N]`: one project as stored, with its version history.</summary>
internal sealed class DbProjectCommand : ICommand
{
    public string Name => "project";

    public string Usage => $"jixiao db project 项目编码 --year YYYY [--version N] {DbSession.OptionUsage}";

    public string Summary => "显示一个项目（当前版本或指定版本）及其全部版本：谁、何时、改了什么。";

    public int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        var a = Arguments.Parse(args);
        var connection = DbSession.Connection(a);
        var code = DbSession.SingleArgument(a, "项目编码");
        var year = a.IntOption("--year") ?? throw new UsageException("缺少 --year（年度，例如 2022）。");
        var version = a.IntOption("--version");
        a.RejectUnknown();
        return DbSession.Run(connection, stderr, async () =>
        {
            await using var app = await DbSession.OpenAsync(connection, stderr).ConfigureAwait(false);
            var db = app.Db;
            var project = await ProjectQueries.GetByCodeAsync(db, year, code, version).ConfigureAwait(false);
            if (project is null)
            {
                stderr.WriteLine(version is null ? $"{year} 年度没有项目编码为 {code} 的项目。" : $"{year} 年度项目 {code} 没有第 {version} 版。");
                return ExitCodes.UnreadableInput;
            }

            var p = project.Content;
            stdout.WriteLine($"{project.Code}《{p.ProjectName}》 {project.FiscalYear} 年度  {project.UnitCode} {project.UnitName}{(project.Removed ? "（已从文档中移除）" : string.Empty)}");
            stdout.WriteLine($"第 {project.ShownVersion} 版（当前第 {project.CurrentVersion} 版）：预算数 {p.Budget} 万元，财政资金 {p.FiscalFunds?.ToString() ?? "—"}，其他资金 {p.OtherFunds?.ToString() ?? "—"}，绩效目标 {p.Goals.Count} 条，指标 {p.Indicators.Count} 行");
            foreach (var indicator in p.Indicators)
            {
                stdout.WriteLine($"  {indicator.Level1} / {indicator.Level2} / {indicator.Name}：{indicator.Target.Text}");
            }

            stdout.WriteLine("版本历史（北京时间）：");
            foreach (var v in project.Versions)
            {
                stdout.WriteLine($"  第 {v.Number} 版  {Jixiao.Domain.Workflow.ChinaTime.Format(v.CreatedAt)}  {v.CreatedBy}  {v.SourceFile}");
                foreach (var line in v.Changes)
                {
                    stdout.WriteLine($"    {line}");
                }
            }

            return ExitCodes.Success;
        });
    }
}
