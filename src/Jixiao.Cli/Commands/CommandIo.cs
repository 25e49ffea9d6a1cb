namespace Jixiao.Cli.Commands;

/// <summary>What the score and monitor commands share: `--format text|json` and printing a file's read problems.</summary>
internal static class CommandIo
{
    public static string Format(Arguments args)
    {
        var format = args.Option("--format") ?? "text";
        return format is "text" or "json" ? format : throw new UsageException($"--format 只能是 text 或 json，而不是“{format}”。");
    }

    /// <summary>Prints the problems of a read; true when the value can be used.</summary>
    public static bool Accept<TValue>(Jixiao.Documents.FileRead<TValue> read, string path, TextWriter stderr)
        where TValue : class
    {
        foreach (var problem in read.Problems)
        {
            stderr.WriteLine(problem);
        }

        if (read.HasErrors)
        {
            stderr.WriteLine($"无法读取“{path}”：发现 {read.Errors.Count()} 处错误，未生成任何输出。请按上面的提示修改文件后重试。");
            return false;
        }

        return true;
    }
}
