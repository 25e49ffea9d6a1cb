using Jixiao.Cli.Review;
using Jixiao.Domain.Review;

namespace Jixiao.Cli.Commands;

/// <summary>`jixiao review FILE`: the automatic goal review — findings by table and rule, score and grade. Exit code 3
/// when any finding is an error (the document should go back to the unit).</summary>
internal sealed class ReviewCommand : ICommand
{
    public string Name => "review";

    public string Usage => $"jixiao review FILE [--format text|json|html] [--min-severity error|warning|info] [--rules 审核规则配置.json] [-o FILE] {DocumentInput.OptionsUsage}";

    public string Summary => "自动审核绩效目标：按项目和规则列出问题（含单元格位置和修改建议）、各表得分与等级；有“错误”级问题时退出码为 3。";

    public int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        var a = Arguments.Parse(args, aliases: new Dictionary<string, string> { ["-o"] = "--output", ["-f"] = "--format" });
        var file = DocumentInput.SingleFile(a, Usage);
        var options = DocumentInput.Options(a);
        var format = a.Option("--format") ?? "text";
        var minText = a.Option("--min-severity") ?? "info";
        var rulesFile = a.Option("--rules");
        var output = a.Option("--output");
        a.RejectUnknown();
        if (format is not ("text" or "json" or "html"))
        {
            throw new UsageException($"不支持的格式“{format}”，可选：text、json、html。");
        }

        var minSeverity = ReviewProfile.ParseSeverity(minText)
            ?? throw new UsageException($"--min-severity 只能是 error、warning 或 info，而不是“{minText}”。");

        var profile = ReviewProfile.Default;
        if (rulesFile is not null)
        {
            if (!File.Exists(rulesFile))
            {
                stderr.WriteLine($"找不到审核规则配置文件“{rulesFile}”。");
                return ExitCodes.UnreadableInput;
            }

            try
            {
                profile = ReviewProfile.FromJson(File.ReadAllText(rulesFile));
            }
            catch (FormatException ex)
            {
                stderr.WriteLine($"无法读取审核规则配置“{rulesFile}”：{ex.Message}");
                return ExitCodes.UnreadableInput;
            }
        }

        var result = DocumentInput.Read(file, options, stderr);
        if (result is null)
        {
            return ExitCodes.UnreadableInput;
        }

        var report = new ReviewEngine().Review(result.Document, profile);
        var view = new ReviewView(Path.GetFileName(file), result.Document.TaxonomyProfile, report, minSeverity);
        var content = format switch
        {
            "json" => ReviewJsonFormat.Write(view),
            "html" => ReviewHtmlFormat.Write(view),
            _ => ReviewTextFormat.Write(view),
        };
        OutputFile.Write(output, content, stdout);
        if (output is not null)
        {
            stderr.WriteLine($"已写入 {output}：得分 {report.DocumentScore:0.00}（{Domain.GradeExtensions.ToChinese(report.DocumentGrade)}），错误 {report.Errors}、警告 {report.Warnings}、提示 {report.Infos}。");
        }

        return report.HasErrors ? ExitCodes.ReviewErrors : ExitCodes.Success;
    }
}
