using Jixiao.Domain.Monitoring;
using static Jixiao.Cli.Commands.DisplayText;
using static Jixiao.Domain.Evaluation.ScoreRounding;

namespace Jixiao.Cli.Commands;

/// <summary>The 项目支出绩效目标执行监控表 as text (DOMAIN.md §6.3) with the light of each part and how it was found.</summary>
internal static class MonitoringTable
{
    public static string ToText(MonitoredProject monitored)
    {
        using var writer = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        Print(monitored, writer);
        return writer.ToString();
    }

    public static void Print(MonitoredProject monitored, TextWriter o)
    {
        var a = monitored.Assessment;
        var r = a.Report;
        var m = r.Month;
        o.WriteLine($"项目支出绩效目标执行监控表（{r.FiscalYear}年1–{m}月）");
        o.WriteLine($"项目名称：{r.ProjectName}    项目编码：{r.ProjectCode}");
        o.WriteLine($"主管部门：{r.DepartmentName}    实施单位：{r.UnitName}");
        o.WriteLine($"监控方案：{a.Profile.Name}（{a.Profile.Id}）");
        o.WriteLine();
        o.WriteLine("一、预算执行（万元）");
        o.WriteLine($"  年初预算数 {r.InitialBudget.ToWanYuanString()}    调整后预算数 {r.AdjustedBudget?.ToWanYuanString() ?? "—"}    1–{m}月执行数 {r.Spent.ToWanYuanString()}    执行率 {(a.ExecutionRate is { } x ? Percent(x) : "—")}    全年预计执行数 {r.ExpectedAnnualSpending?.ToWanYuanString() ?? "—"}");
        o.WriteLine($"  时间进度：{a.BudgetLight.ToChinese()}  {a.BudgetExplanation}");
        o.WriteLine($"  支出计划：{a.PlanLight.ToChinese()}  {a.PlanExplanation}");
        o.WriteLine();
        o.WriteLine("二、年度总体目标");
        o.WriteLine($"  年初设定目标：{r.ExpectedGoal}");
        o.WriteLine($"  1–{m}月实际完成情况：{r.GoalProgress}");
        o.WriteLine();
        o.WriteLine("三、绩效指标");
        o.WriteLine($"  {Pad("行", 4)}{Pad("三级指标", 26)}{Pad("年度指标值", 14)}{Pad($"1–{m}月完成值", 16)}{Pad("全年预计", 14)}{Pad("完成可能性", 12)}{Pad("灯", 6)}偏差原因（类别）/ 措施");
        foreach (var row in a.Indicators)
        {
            var i = row.Indicator;
            var cause = i.DeviationReason.Length == 0 && i.DeviationCategory.Length == 0 ? "" : $"{i.DeviationReason}（{i.DeviationCategory}）";
            var measures = i.Measures.Length == 0 ? "" : $" / {i.Measures}";
            o.WriteLine($"  {Pad(row.Row.ToString(System.Globalization.CultureInfo.InvariantCulture), 4)}{Pad(i.Name, 26)}{Pad(i.Target.Text.Trim(), 14)}{Pad(i.Actual.Trim(), 16)}{Pad(i.ExpectedAnnual.Trim(), 14)}{Pad(i.Possibility, 12)}{Pad(row.Light.ToChinese(), 6)}{cause}{measures}");
            o.WriteLine($"      判断：{row.Explanation}");
        }

        o.WriteLine();
        if (monitored.IsBlank)
        {
            // The form itself is not filled in: no lights for its rows; the spending (from the payments) is judged above.
            o.WriteLine($"状态：{Domain.Evaluation.ScoredEvaluation.NotFilledText}（1–{m}月完成值、完成目标可能性均未填写，只判断预算执行）");
        }
        else
        {
            o.WriteLine($"项目预警：{a.ProjectLight.ToChinese()}    {a.ProjectLightExplanation}");
        }

        if (r.DeviationReason.Length > 0)
        {
            o.WriteLine($"偏差原因分析：{r.DeviationReason}");
        }

        if (r.CorrectiveAction.Length > 0)
        {
            o.WriteLine($"纠偏措施：{r.CorrectiveAction}");
        }

        o.WriteLine();
        FindingText.Print(monitored.Findings, o);
    }
}
