using Jixiao.Documents.Json;

namespace Jixiao.Cli.Commands;

/// <summary>`jixiao import FILE [-o out.json]`: reads a published text, Word (.docx), Excel (.xlsx) or JSON file and
/// writes the JSON form.</summary>
internal sealed class ImportCommand : ICommand
{
    public string Name => "import";

    public string Usage => $"jixiao import FILE [-o out.json] {DocumentInput.OptionsUsage}";

    public string Summary => "读取部门预算绩效文本（.txt、.docx、.xlsx 或 .json），输出 JSON（无 -o 时输出到屏幕）。";

    public int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        var a = Arguments.Parse(args, aliases: new Dictionary<string, string> { ["-o"] = "--output" });
        var file = DocumentInput.SingleFile(a, Usage);
        var options = DocumentInput.Options(a);
        var output = a.Option("--output");
        a.RejectUnknown();

        var result = DocumentInput.Read(file, options, stderr);
        if (result is null)
        {
            return ExitCodes.UnreadableInput;
        }

        OutputFile.Write(output, DocumentJson.Write(result.Document) + "\n", stdout);
        if (output is not null)
        {
            stderr.WriteLine($"已写入 {output}：{result.Document.Projects.Count} 个项目，预算合计 {result.Document.TotalBudget} 万元。");
        }

        return ExitCodes.Success;
    }
}
