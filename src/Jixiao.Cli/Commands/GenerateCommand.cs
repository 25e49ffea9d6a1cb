using Jixiao.Cli.Generation;
using Jixiao.Documents.Json;
using Jixiao.Documents.PublishedText;

namespace Jixiao.Cli.Commands;

/// <summary>`jixiao generate --projects N --out DIR`: sample documents for load tests and demos.</summary>
internal sealed class GenerateCommand : ICommand
{
    public string Name => "generate";

    public string Usage => "jixiao generate --projects N --out 目录 [--per-document 20] [--year 2022] [--format json|text] [--seed 1]";

    public string Summary => "生成示例部门文档（每个项目 18 行指标），用于压力测试和演示。";

    public int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        var a = Arguments.Parse(args);
        var projects = a.IntOption("--projects") ?? throw new UsageException("缺少 --projects（项目数，例如 100000）。");
        var output = a.Option("--out") ?? throw new UsageException("缺少 --out（输出目录）。");
        var perDocument = a.IntOption("--per-document") ?? 20;
        var year = a.IntOption("--year") ?? 2022;
        var format = a.Option("--format") ?? "json";
        var seed = a.IntOption("--seed") ?? 1;
        a.RejectUnknown();
        if (projects < 1 || perDocument < 1 || perDocument > 9999)
        {
            throw new UsageException("--projects 须为正整数，--per-document 须在 1 到 9999 之间。");
        }

        if (format is not ("json" or "text"))
        {
            throw new UsageException($"不支持的格式“{format}”，可选：json、text。");
        }

        Directory.CreateDirectory(output);
        var files = 0;
        foreach (var document in SampleDocumentGenerator.Generate(projects, year, perDocument, seed))
        {
            var name = Path.Combine(output, $"{document.RegionCode}-{document.DepartmentCode}.{(format == "json" ? "json" : "txt")}");
            OutputFile.Write(name, format == "json" ? DocumentJson.Write(document) + "\n" : PublishedTextWriter.Write(document), stdout);
            files++;
        }

        stdout.WriteLine($"已生成 {files} 个文档，{projects} 个项目，{(long)projects * SampleDocumentGenerator.IndicatorsPerProject} 行指标：{output}");
        return ExitCodes.Success;
    }
}
