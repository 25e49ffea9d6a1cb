using Jixiao.Documents.Json;
using Jixiao.Domain.Workflow.CarryOver;

namespace Jixiao.Cli.Commands;

/// <summary>`jixiao carry-over FILE -o NEXT.json`: next year's draft (延续项目) as JSON, with every value to revisit
/// listed. JSON only: the published text has no year field, so a text copy would read back as the old year.</summary>
internal sealed class CarryOverCommand : ICommand
{
    public string Name => "carry-over";

    public string Usage => $"jixiao carry-over FILE -o NEXT.json {DocumentInput.OptionsUsage}";

    public string Summary => "以本年度文档为基础生成下一年度草稿（延续项目，JSON），列出所有待复核的指标和文字。";

    public int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        var a = Arguments.Parse(args, aliases: new Dictionary<string, string> { ["-o"] = "--output" });
        var file = DocumentInput.SingleFile(a, Usage);
        var options = DocumentInput.Options(a);
        var output = a.Option("--output") ?? throw new UsageException("缺少 -o（下一年度草稿的 JSON 文件）。");
        a.RejectUnknown();

        var read = DocumentInput.Read(file, options, stderr);
        if (read is null)
        {
            return ExitCodes.UnreadableInput;
        }

        if (read.Document.FiscalYear == 0)
        {
            stderr.WriteLine($"无法确定“{file}”的年度，不能生成下一年度草稿。请用 --year 指定年度。");
            return ExitCodes.UnreadableInput;
        }

        var result = NextYearDraft.Build(read.Document);
        OutputFile.Write(output, DocumentJson.Write(result.Document) + "\n", stdout);
        stdout.WriteLine(result.Summary());
        foreach (var mark in result.Marks)
        {
            var place = mark.IsDocumentLevel ? "部门整体" : mark.ProjectCode;
            var row = mark.IndicatorRow is { } r ? $" 第{r}行" : string.Empty;
            stdout.WriteLine($"{place}{row} {mark.Field}：{mark.Message}");
        }

        return ExitCodes.Success;
    }
}
