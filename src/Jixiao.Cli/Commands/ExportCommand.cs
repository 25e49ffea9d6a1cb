using Jixiao.Documents.Excel;
using Jixiao.Documents.Json;
using Jixiao.Documents.PublishedText;
using Jixiao.Documents.Word;

namespace Jixiao.Cli.Commands;

/// <summary>`jixiao export FILE --format docx|xlsx|text|json [-o FILE]`: writes a document in another format.</summary>
internal sealed class ExportCommand : ICommand
{
    public string Name => "export";

    public string Usage => $"jixiao export FILE --format docx|xlsx|text|json [-o FILE] [--layout bulk|official] [--unit 单位代码] {DocumentInput.OptionsUsage}";

    public string Summary => "把文档（文本、JSON、Word 或 Excel）导出为 Word 部门预算绩效文本、Excel（bulk 批量填报表 / official 按单位打印的绩效目标表）、文本或 JSON；docx、xlsx 必须用 -o 指定输出文件。";

    public int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        var a = Arguments.Parse(args, aliases: new Dictionary<string, string> { ["-o"] = "--output", ["-f"] = "--format" });
        var file = DocumentInput.SingleFile(a, Usage);
        var options = DocumentInput.Options(a);
        var format = a.Option("--format") ?? throw new UsageException("缺少 --format（docx、xlsx、text 或 json）。");
        var output = a.Option("--output");
        var layout = a.Option("--layout") ?? "bulk";
        var unit = a.Option("--unit");
        a.RejectUnknown();
        if (format is not ("docx" or "xlsx" or "text" or "json"))
        {
            throw new UsageException($"不支持的导出格式“{format}”，可选：docx、xlsx、text、json。");
        }

        if (format is "docx" or "xlsx" && output is null)
        {
            throw new UsageException($"导出 {format} 时必须用 -o 指定输出文件（二进制文件不能输出到屏幕）。");
        }

        if (layout is not ("bulk" or "official") || (layout == "official" && format != "xlsx"))
        {
            throw new UsageException("--layout 只用于 xlsx：bulk（批量填报表，可再导入）或 official（每个项目一张打印用绩效目标表）。");
        }

        if (unit is not null && layout != "official")
        {
            throw new UsageException("--unit 只用于 --format xlsx --layout official（导出一个单位的绩效目标表）。");
        }

        var result = DocumentInput.Read(file, options, stderr);
        if (result is null)
        {
            return ExitCodes.UnreadableInput;
        }

        var document = result.Document;
        switch (format)
        {
            case "docx":
                OutputFile.WriteBytes(output!, WordWriter.WriteWithPageNumbers(document));
                break;
            case "xlsx":
                if (unit is not null && document.Projects.All(p => p.UnitCode != unit))
                {
                    stderr.WriteLine($"文档中没有单位代码为 {unit} 的项目。现有单位：{string.Join("、", document.Projects.Select(p => p.UnitCode + p.UnitName).Distinct())}。");
                    return ExitCodes.UnreadableInput;
                }

                OutputFile.WriteBytes(output!, layout == "official" ? ExcelTablesWriter.Write(document, unit) : ExcelBulkWriter.Write(document));
                break;
            default:
                OutputFile.Write(output, format == "text" ? PublishedTextWriter.Write(document) : DocumentJson.Write(document) + "\n", stdout);
                break;
        }

        if (output is not null)
        {
            stderr.WriteLine($"已写入 {output}：{document.Projects.Count} 个项目，预算合计 {document.TotalBudget} 万元。");
        }

        return ExitCodes.Success;
    }
}
