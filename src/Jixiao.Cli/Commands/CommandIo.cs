namespace Jixiao.Cli.Commands;

/// <summary>What the score and monitor commands share: `--format text|json|docx|xlsx` with -o, and printing a file's read problems.</summary>
internal static class CommandIo
{
    /// <summary>`--format text|json|docx|xlsx` with `-o`: the Word and Excel forms are files, so they need -o.</summary>
    public static (string Format, string? Output) FormatAndOutput(Arguments args)
    {
        var format = args.Option("--format") ?? "text";
        var output = args.Option("--output");
        if (format is not ("text" or "json" or "docx" or "xlsx"))
        {
            throw new UsageException($"--format 只能是 text、json、docx 或 xlsx，而不是“{format}”。");
        }

        if (format is "docx" or "xlsx" && output is null)
        {
            throw new UsageException($"--format {format} 生成的是文件，请用 -o 指定输出路径（例如 -o 自评表.{format}）。");
        }

        return (format, output);
    }

    /// <summary>Writes the text or JSON to -o or stdout, the Word or Excel form to -o.</summary>
    public static void Emit(string format, string? output, Func<string> text, Func<byte[]> docx, Func<byte[]> xlsx, TextWriter stdout, TextWriter stderr)
    {
        switch (format)
        {
            case "docx" or "xlsx":
                OutputFile.WriteBytes(output!, format == "docx" ? docx() : xlsx());
                stderr.WriteLine($"已写入“{output}”。");
                break;
            default:
                OutputFile.Write(output, text(), stdout);
                break;
        }
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
