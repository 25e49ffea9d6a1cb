using System.Reflection;
using Jixiao.Cli.Commands;
using Jixiao.Cli.Commands.Db;

namespace Jixiao.Cli;

/// <summary>The `jixiao` command: one sub-command per job. Output and error writers are passed in so tests run
/// the real command in-process.</summary>
public static class CliApp
{
    private static readonly ICommand[] Commands =
    [
        new ImportCommand(),
        new ShowCommand(),
        new ExportCommand(),
        new ReviewCommand(),
        new DbCommand(),
        new GenerateCommand(),
        new ScoreCommand(),
        new MonitorCommand(),
        new TemplateCommand(),
        new CarryOverCommand(),
        new Commands.Library.LibraryCommand(),
    ];

    /// <summary>Every command a user can ask `--help` of, as typed after `jixiao`: "score", "db", "db import" ….</summary>
    public static IReadOnlyList<string[]> CommandPaths { get; } =
        [.. Commands.SelectMany(c => c.SubCommands.Select(s => new[] { c.Name, s.Name }).Prepend([c.Name]))];

    /// <summary>The product version (with the commit it was built from, when known).</summary>
    public static string Version { get; } =
        typeof(CliApp).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0";

    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        if (args.Length == 0 || args[0] is "-h" or "--help" or "help")
        {
            stdout.WriteLine(Usage());
            return args.Length == 0 ? ExitCodes.BadUsage : ExitCodes.Success;
        }

        if (args[0] is "--version" or "version")
        {
            stdout.WriteLine($"jixiao {Version}");
            return ExitCodes.Success;
        }

        var command = Commands.FirstOrDefault(c => c.Name == args[0]);
        if (command is null)
        {
            stderr.WriteLine($"不认识的命令“{args[0]}”。");
            stderr.WriteLine(Usage());
            return ExitCodes.BadUsage;
        }

        // `--help` or `-h` anywhere after the command shows its usage (a verb's own, e.g. `db import -h`) and runs nothing.
        if (args.Skip(1).Any(a => a is "--help" or "-h"))
        {
            var verb = args.Length > 1 ? command.SubCommands.FirstOrDefault(s => s.Name == args[1]) : null;
            stdout.WriteLine(Help(verb ?? command));
            return ExitCodes.Success;
        }

        try
        {
            return command.Run(args[1..], stdout, stderr);
        }
        catch (UsageException ex)
        {
            stderr.WriteLine(ex.Message);
            stderr.WriteLine($"用法：{command.Usage}");
            return ExitCodes.BadUsage;
        }
        catch (IOException ex)
        {
            // The system's own text (often English) is kept for the technician; the first line says what to do.
            stderr.WriteLine("文件读写失败：请检查路径和文件夹是否存在、文件是否正被 Word/WPS/Excel 等程序打开，然后重试。");
            stderr.WriteLine($"（系统信息：{ex.Message}）");
            return ExitCodes.UnreadableInput;
        }
        catch (UnauthorizedAccessException ex)
        {
            stderr.WriteLine("没有读写该文件的权限：请换一个有写入权限的文件夹（例如自己的文档目录），或请管理员开放权限。");
            stderr.WriteLine($"（系统信息：{ex.Message}）");
            return ExitCodes.UnreadableInput;
        }
    }

    private static string Usage() =>
        "jixiao — 预算绩效管理（Jixiao budget performance management）\n\n命令：\n"
        + string.Join('\n', Commands.Select(c => $"  {c.Usage}\n      {c.Summary}"))
        + "\n\n每个命令后加 --help（或 -h）显示该命令的用法；jixiao --version 显示版本。";

    private static string Help(ICommand command) => $"用法：{command.Usage}\n\n{command.Summary}";
}
