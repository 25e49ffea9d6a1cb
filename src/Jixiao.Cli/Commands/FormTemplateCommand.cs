using Jixiao.Documents.Evaluation;
using Jixiao.Documents.Monitoring;
using Jixiao.Domain.Evaluation;
using Jixiao.Domain.Goals;
using Jixiao.Domain.Monitoring;

namespace Jixiao.Cli.Commands;

/// <summary>`jixiao template selfeval|monitor DOC --project CODE`: a 自评表 or 监控表 in JSON, prefilled from one approved
/// project table of a document (rows, 年度指标值, budget, 支出计划), ready for the unit to fill in actual figures.</summary>
internal sealed class FormTemplateCommand : ICommand
{
    public string Name => "template";

    public string Usage => $"jixiao template selfeval|monitor DOC --project 项目编码|序号 [--month N] [-o out.json] {DocumentInput.OptionsUsage}";

    public string Summary => "由批复的项目绩效目标表生成自评表或监控表 JSON（指标、年度指标值、预算、支出计划已填好），供填写实际数。";

    public int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        var a = Arguments.Parse(args, aliases: new Dictionary<string, string> { ["-o"] = "--output" });
        if (a.Positional.Count != 2 || a.Positional[0] is not ("selfeval" or "monitor"))
        {
            throw new UsageException("应写作：jixiao template selfeval|monitor 文档 --project 项目编码或序号。");
        }

        var kind = a.Positional[0];
        var options = DocumentInput.Options(a);
        var projectKey = a.Option("--project") ?? throw new UsageException("缺少 --project（项目编码，或第几张表的序号）。");
        var month = a.IntOption("--month");
        var output = a.Option("--output");
        a.RejectUnknown();
        if (kind == "monitor" && month is not (>= 1 and <= 12))
        {
            throw new UsageException("监控表须指定 --month（1–12，即 1–N月的 N）。");
        }

        var read = DocumentInput.Read(a.Positional[1], options, stderr);
        if (read is null)
        {
            return ExitCodes.UnreadableInput;
        }

        var document = read.Document;
        var project = document.Projects.FirstOrDefault(p => ProjectCode.Normalize(p.ProjectCode) == ProjectCode.Normalize(projectKey))
            ?? (int.TryParse(projectKey, System.Globalization.CultureInfo.InvariantCulture, out var sequence) ? document.Projects.FirstOrDefault(p => p.Sequence == sequence) : null);
        if (project is null)
        {
            stderr.WriteLine($"文档中没有项目“{projectKey}”。可选：{string.Join("，", document.Projects.Select(p => $"{p.Sequence}.{p.ProjectName} {p.ProjectCode}"))}");
            return ExitCodes.UnreadableInput;
        }

        var json = kind == "selfeval"
            ? SelfEvaluationJson.Write(SelfEvaluationForm.FromApproved(project, document.FiscalYear, document.DepartmentName))
            : MonitoringJson.Write(MonitoringForm.FromApproved(project, document.FiscalYear, month!.Value, document.DepartmentName));
        OutputFile.Write(output, json + "\n", stdout);
        if (output is not null)
        {
            stderr.WriteLine($"已写入 {output}：{project.ProjectName}，{project.Indicators.Count} 行指标。");
        }

        return ExitCodes.Success;
    }
}
