using Jixiao.Documents.GoalTables;
using Jixiao.Documents.Json;

namespace Jixiao.Cli.Commands;

/// <summary>`jixiao import FILE [-o out.json] [--explain]`: reads a goal document or goal tables (text, Word, Excel,
/// HTML or JSON) and writes the JSON form; with --explain it prints how each table was read (the mapping report)
/// instead, even when the file has errors, and writes the JSON only to -o.</summary>
internal sealed class ImportCommand : ICommand
{
    public string Name => "import";

    public string Usage => $"jixiao import FILE [-o out.json] [--explain] {DocumentInput.OptionsUsage}";

    public string Summary => "读取部门预算绩效文本或各地绩效目标表（.txt、.docx、.xlsx、.html、.xls、.json），输出 JSON（无 -o 时输出到屏幕）；--explain 显示每张表的表头对照（哪一列读作什么、可信度）。";

    public int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        var a = Arguments.Parse(args, flags: ["--explain"], aliases: new Dictionary<string, string> { ["-o"] = "--output" });
        var file = DocumentInput.SingleFile(a, Usage);
        var options = DocumentInput.Options(a);
        var output = a.Option("--output");
        var explain = a.Flag("--explain");
        a.RejectUnknown();

        var result = DocumentInput.Read(file, options, stderr, out var mapping);
        if (explain)
        {
            stdout.Write(MappingReportText.Format(mapping));
        }

        if (result is null)
        {
            return ExitCodes.UnreadableInput;
        }

        if (explain && output is null)
        {
            return ExitCodes.Success;
        }

        OutputFile.Write(output, DocumentJson.Write(result.Document) + "\n", stdout);
        if (output is not null)
        {
            stderr.WriteLine($"已写入 {output}：{result.Document.Projects.Count} 个项目，预算合计 {result.Document.TotalBudget} 万元。");
        }

        return ExitCodes.Success;
    }
}
