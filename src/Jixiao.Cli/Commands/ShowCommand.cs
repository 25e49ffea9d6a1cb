using Jixiao.Domain.Goals;

namespace Jixiao.Cli.Commands;

/// <summary>`jixiao show FILE`: a readable summary of a document.</summary>
internal sealed class ShowCommand : ICommand
{
    public string Name => "show";

    public string Usage => $"jixiao show FILE {DocumentInput.OptionsUsage}";

    public string Summary => "显示文档摘要：部门、各项目预算、绩效目标与指标数、合计。";

    public int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        var a = Arguments.Parse(args);
        var file = DocumentInput.SingleFile(a, Usage);
        var options = DocumentInput.Options(a);
        a.RejectUnknown();
        var result = DocumentInput.Read(file, options, stderr);
        if (result is null)
        {
            return ExitCodes.UnreadableInput;
        }

        Print(result.Document, stdout);
        return ExitCodes.Success;
    }

    internal static void Print(PerformanceDocument d, TextWriter o)
    {
        o.WriteLine($"部门：{string.Join(' ', new[] { d.DepartmentCode, d.DepartmentName }.Where(s => s.Length > 0))}");
        o.WriteLine($"年度：{(d.FiscalYear == 0 ? "未知" : d.FiscalYear)}（{SourceText(d.FiscalYearSource)}）  区划：{(d.RegionCode.Length == 0 ? "未知" : d.RegionCode)}（{SourceText(d.RegionSource)}）  指标体系：{d.TaxonomyProfile}  金额单位：{d.MoneyUnit}");
        var dg = d.DepartmentGoals;
        o.WriteLine($"第一部分：总体绩效目标 {(dg.OverallGoal.Length > 0 ? "有" : "无")}，分项绩效目标 {dg.SubGoals.Count} 个，工作保障措施 {dg.Safeguards.Count} 条");
        if (dg.HasTable)
        {
            o.WriteLine($"部门整体绩效目标表：部门职能 {(dg.Duties.Length > 0 ? "有" : "无")}，年度主要任务 {dg.Tasks.Count} 项，资金 {dg.Funds.Count} 项，绩效指标 {dg.Indicators.Count} 行");
            foreach (var t in dg.Tasks)
            {
                o.WriteLine($"  任务：{t.Name}  {t.Budget?.ToWanYuanString() ?? "—"} 万元");
            }

            foreach (var f in dg.Funds)
            {
                o.WriteLine($"  资金：{(f.Group.Length > 0 ? f.Group + "·" : string.Empty)}{f.Label}  {f.Amount?.ToWanYuanString() ?? "—"} 万元{(f.Share.Length > 0 ? "  " + f.Share : string.Empty)}");
            }
        }
        foreach (var s in dg.SubGoals)
        {
            o.WriteLine($"  （{s.Number}）{s.Title}");
        }

        o.WriteLine($"第二部分：项目绩效目标表 {d.Projects.Count} 张");
        o.WriteLine("  序号  项目编码               项目名称                     预算数(万元)  绩效目标  指标  支出计划");
        foreach (var p in d.Projects)
        {
            var plan = string.Join("/", p.SpendingPlan.Checkpoints.Select(c => c.CumulativePercent.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture)));
            o.WriteLine($"  {p.Sequence,4}  {p.ProjectCode,-21}  {DisplayText.Pad(p.ProjectName, 26)}  {p.Budget.ToWanYuanString(),12}  {p.Goals.Count,8}  {p.Indicators.Count,4}  {plan}");
        }

        o.WriteLine($"合计：{d.Projects.Count} 个项目，预算数 {d.TotalBudget} 万元，绩效目标 {d.Projects.Sum(p => p.Goals.Count)} 条，指标 {d.Projects.Sum(p => p.Indicators.Count)} 行");
    }

    private static string SourceText(ValueSource source) => source switch
    {
        ValueSource.Title => "取自标题",
        ValueSource.ProjectCode => "取自项目编码",
        ValueSource.Option => "命令行指定",
        _ => "未确定",
    };
}
