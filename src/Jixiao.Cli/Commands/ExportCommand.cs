using Jixiao.Documents.Json;
using Jixiao.Documents.PublishedText;

namespace Jixiao.Cli.Commands;

/// <summary>`jixiao export FILE --format text|json [-o FILE]`: writes a document in another format.</summary>
internal sealed class ExportCommand : ICommand
{
    public string Name => "export";

    public string Usage => $"jixiao export FILE --format text|json [-o FILE] {DocumentInput.OptionsUsage}";

    public string Summary => "把文档（JSON 或文本）导出为部门预算绩效文本版式或 JSON（无 -o 时输出到屏幕）。";

    public int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        var a = Arguments.Parse(args, aliases: new Dictionary<string, string> { ["-o"] = "--output", ["-f"] = "--format" });
        var file = DocumentInput.SingleFile(a, Usage);
        var options = DocumentInput.Options(a);
        var format = a.Option("--format") ?? throw new UsageException("缺少 --format（text 或 json）。");
        var output = a.Option("--output");
        a.RejectUnknown();
        if (format is not ("text" or "json"))
        {
            throw new UsageException($"不支持的导出格式“{format}”，可选：text、json。");
        }

        var result = DocumentInput.Read(file, options, stderr);
        if (result is null)
        {
            return ExitCodes.UnreadableInput;
        }

        var content = format == "text" ? PublishedTextWriter.Write(result.Document) : DocumentJson.Write(result.Document) + "\n";
        OutputFile.Write(output, content, stdout);
        return ExitCodes.Success;
    }
}
