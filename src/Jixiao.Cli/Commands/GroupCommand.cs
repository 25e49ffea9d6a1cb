namespace Jixiao.Cli.Commands;

/// <summary>Runs the sub-command a group command (`jixiao db …`, `jixiao library …`) names in its first argument.</summary>
internal static class GroupCommand
{
    public static int Run(IReadOnlyList<ICommand> verbs, string[] args, TextWriter stdout, TextWriter stderr)
    {
        var sub = args.Length == 0 ? null : verbs.FirstOrDefault(c => c.Name == args[0]);
        if (sub is null)
        {
            throw new UsageException(args.Length == 0 ? "缺少子命令。" : $"不认识的子命令“{args[0]}”。");
        }

        try
        {
            return sub.Run(args[1..], stdout, stderr);
        }
        catch (UsageException ex)
        {
            // Show the sub-command's own usage rather than the whole group's list.
            stderr.WriteLine(ex.Message);
            stderr.WriteLine($"用法：{sub.Usage}");
            return ExitCodes.BadUsage;
        }
    }
}
