using Jixiao.Documents.Monitoring;
using Jixiao.Documents.Payments;
using Jixiao.Domain.Monitoring;

namespace Jixiao.Cli.Commands;

/// <summary>`jixiao monitor FILE`: the lights of a 项目支出绩效目标执行监控表 — Jixiao's JSON form, or a table file (.xlsx,
/// .docx, .html) read by its labels — with the MON findings; `--payments` takes 1–N月执行数 from payment records
/// instead of the file. Exit 3 when a finding is an error.</summary>
internal sealed class MonitorCommand : ICommand
{
    public string Name => "monitor";

    public string Usage => $"jixiao monitor FILE.json|.xlsx|.docx|.html {FormInput.MoneyUnitUsage} [--profile hebei|central|方案.json] [--payments 支付记录.csv|.xlsx] [--format text|json|docx|xlsx] [-o 输出文件]";

    public string Summary => "绩效运行监控：读 JSON、Excel、Word 或网页中的监控表（金额单位按表头读取，未注明时用 --money-unit 指定），执行率对照时间进度和支出计划、各指标进度，亮灯（红/黄/绿/蓝）并列出监控审核问题（MON）。";

    public int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        var a = Arguments.Parse(args, aliases: new Dictionary<string, string> { ["-o"] = "--output" });
        var file = DocumentInput.SingleFile(a, Usage);
        var profile = ProfileOption.Resolve(a.Option("--profile"), MonitoringProfile.Hebei, MonitoringProfile.Find, MonitoringProfile.FromJson, "监控方案");
        var unit = FormInput.MoneyUnitOption(a);
        var payments = a.Option("--payments");
        var (format, output) = CommandIo.FormatAndOutput(a);
        a.RejectUnknown();

        var forms = Read(file, unit, stderr);
        if (forms is null)
        {
            return ExitCodes.UnreadableInput;
        }

        PaymentLedger? ledger = null;
        if (payments is not null)
        {
            var batch = PaymentFiles.Read(payments);
            if (!CommandIo.Accept(batch, payments, stderr))
            {
                return ExitCodes.UnreadableInput;
            }

            ledger = new PaymentLedger();
            ledger.Add(batch.Value!.Records);
        }

        var monitored = new List<(MonitoredProject Project, ImportedMonitoring? Source)>();
        foreach (var (form, source) in forms)
        {
            var report = form;
            if (ledger is not null)
            {
                var spent = ledger.SpentToMonthEnd(report.ProjectCode, report.FiscalYear, report.Month);
                stderr.WriteLine($"1–{report.Month}月执行数取自支付记录“{payments}”：共 {ledger.Count} 条，本项目累计 {spent.ToWanYuanString()} 万元（文件中填写 {report.Spent.ToWanYuanString()} 万元）。");
                report = report with { Spent = spent };
            }

            monitored.Add((MonitoredProject.Assess(report, profile), source));
        }

        if (format is "docx" or "xlsx" && monitored.Count > 1)
        {
            stderr.WriteLine($"提示：文件中有 {monitored.Count} 张监控表，--format {format} 只输出第 1 张（{monitored[0].Project.Assessment.Report.ProjectName}）。");
        }

        CommandIo.Emit(format, output,
            () => format == "json" ? Json(monitored) : Text(file, monitored),
            () => MonitoringForms.WriteDocx(monitored[0].Project),
            () => MonitoringForms.WriteXlsx(monitored[0].Project),
            stdout, stderr);

        return monitored.Any(m => m.Project.HasErrors) ? ExitCodes.ReviewErrors : ExitCodes.Success;
    }

    private static List<(MonitoringReport, ImportedMonitoring?)>? Read(string file, Documents.FormReading.MoneyUnit? unit, TextWriter stderr)
    {
        if (FormInput.IsJson(file))
        {
            var json = MonitoringJson.ReadFile(file);
            return CommandIo.Accept(json, file, stderr) ? [(json.Value!, null)] : null;
        }

        var read = MonitoringReader.ReadFile(file, unit);
        return CommandIo.Accept(read, file, stderr) ? [.. read.Value!.Forms.Select(f => (f.Report, (ImportedMonitoring?)f))] : null;
    }

    private static string Text(string file, List<(MonitoredProject Project, ImportedMonitoring? Source)> monitored)
    {
        using var writer = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        foreach (var (project, source) in monitored)
        {
            if (source is not null)
            {
                FormInput.Preview(writer, file, source.TableName, source.MoneyUnit, source.Report.Indicators.Count, source.Skipped);
            }

            MonitoringTable.Print(project, writer);
        }

        return writer.ToString();
    }

    private static string Json(List<(MonitoredProject Project, ImportedMonitoring? Source)> monitored) =>
        monitored.Count == 1
            ? MonitoredProjectJson.Write(monitored[0].Project, monitored[0].Source) + Environment.NewLine
            : "[" + string.Join(",", monitored.Select(m => MonitoredProjectJson.Write(m.Project, m.Source))) + "]" + Environment.NewLine;
}
