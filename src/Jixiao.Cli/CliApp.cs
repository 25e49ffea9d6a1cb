using Jixiao.Cli.Commands;

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
        new TemplateCommand(),
    ];

    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        if (args.Length == 0 || args[0] is "-h" or "--help" or "help")
        {
            stdout.WriteLine(Usage());
            return args.Length == 0 ? ExitCodes.BadUsage : ExitCodes.Success;
        }

        var command = Commands.FirstOrDefault(c => c.Name == args[0]);
        if (command is null)
        {
            stderr.WriteLine($"不认识的命令“{args[0]}”。");
            stderr.WriteLine(Usage());
            return ExitCodes.BadUsage;
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
            stderr.WriteLine($"文件读写失败：{ex.Message}");
            return ExitCodes.UnreadableInput;
        }
    }

    private static string Usage() =>
        "jixiao — 预算绩效管理（Jixiao budget performance management）\n\n命令：\n"
        + string.Join('\n', Commands.Select(c => $"  {c.Usage}\n      {c.Summary}"));
}
