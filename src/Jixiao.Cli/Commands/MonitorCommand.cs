using Jixiao.Documents.Monitoring;
using Jixiao.Documents.Payments;
using Jixiao.Domain.Monitoring;

namespace Jixiao.Cli.Commands;

/// <summary>`jixiao monitor FILE`: the lights of a 项目支出绩效目标执行监控表 given as JSON, with the MON findings;
/// `--payments` takes 1–N月执行数 from payment records instead of the file. Exit 3 when a finding is an error.</summary>
internal sealed class MonitorCommand : ICommand
{
    public string Name => "monitor";

    public string Usage => "jixiao monitor FILE.json [--profile hebei|central|方案.json] [--payments 支付记录.csv|.xlsx] [--format text|json|docx|xlsx] [-o 输出文件]";

    public string Summary => "绩效运行监控：执行率对照时间进度和支出计划、各指标进度，亮灯（红/黄/绿/蓝）并列出监控审核问题（MON）。";

    public int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        var a = Arguments.Parse(args, aliases: new Dictionary<string, string> { ["-o"] = "--output" });
        var file = DocumentInput.SingleFile(a, Usage);
        var profile = ProfileOption.Resolve(a.Option("--profile"), MonitoringProfile.Hebei, MonitoringProfile.Find, MonitoringProfile.FromJson, "监控方案");
        var payments = a.Option("--payments");
        var (format, output) = CommandIo.FormatAndOutput(a);
        a.RejectUnknown();

        var read = MonitoringJson.ReadFile(file);
        if (!CommandIo.Accept(read, file, stderr))
        {
            return ExitCodes.UnreadableInput;
        }

        var report = read.Value!;
        if (payments is not null)
        {
            var batch = PaymentFiles.Read(payments);
            if (!CommandIo.Accept(batch, payments, stderr))
            {
                return ExitCodes.UnreadableInput;
            }

            var ledger = new PaymentLedger();
            ledger.Add(batch.Value!.Records);
            var spent = ledger.SpentToMonthEnd(report.ProjectCode, report.FiscalYear, report.Month);
            stderr.WriteLine($"1–{report.Month}月执行数取自支付记录“{payments}”：共 {ledger.Count} 条，本项目累计 {spent.ToWanYuanString()} 万元（文件中填写 {report.Spent.ToWanYuanString()} 万元）。");
            report = report with { Spent = spent };
        }

        var monitored = MonitoredProject.Assess(report, profile);
        CommandIo.Emit(format, output,
            () => format == "json" ? MonitoredProjectJson.Write(monitored) + Environment.NewLine : MonitoringTable.ToText(monitored),
            () => MonitoringForms.WriteDocx(monitored),
            () => MonitoringForms.WriteXlsx(monitored),
            stdout, stderr);

        return monitored.HasErrors ? ExitCodes.ReviewErrors : ExitCodes.Success;
    }
}
