using Jixiao.Domain;
using Jixiao.Domain.Evaluation;
using static Jixiao.Cli.Commands.DisplayText;
using static Jixiao.Domain.Evaluation.ScoreRounding;

namespace Jixiao.Cli.Commands;

/// <summary>The 项目支出绩效自评表 as text, in the order of the standard layout (DOMAIN.md §5.3): header, money block,
/// 年度总体目标, indicator rows, 总分 and 等级, then the findings. Each score is followed by its formula.</summary>
internal static class SelfEvaluationTable
{
    public static string ToText(ScoredEvaluation scored)
    {
        using var writer = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        Print(scored, writer);
        return writer.ToString();
    }

    public static void Print(ScoredEvaluation scored, TextWriter o)
    {
        var r = scored.Result;
        var e = r.Evaluation;
        o.WriteLine($"项目支出绩效自评表（{(e.FiscalYear == 0 ? "年度未填" : $"{e.FiscalYear}年度")}）");
        o.WriteLine($"项目名称：{e.ProjectName}    项目编码：{e.ProjectCode}");
        o.WriteLine($"主管部门：{e.DepartmentName}    实施单位：{e.UnitName}");
        o.WriteLine($"评分方案：{r.Profile.Name}（{r.Profile.Id}）");
        o.WriteLine($"模式：{r.Mode.Describe()}");
        if (scored.IsBlank)
        {
            // Nothing filled in: no score to give, no list of errors about empty cells.
            o.WriteLine();
            o.WriteLine($"状态：{ScoredEvaluation.NotFilledText}（实际完成值、得分均未填写，不计算得分）");
            return;
        }

        o.WriteLine();
        o.WriteLine("一、预算执行情况（万元）");
        var recheck = r.Mode == EvaluationMode.Recheck;
        o.WriteLine($"  {Pad("", 20)}{PadLeft("年初预算数", 12)}{PadLeft("全年预算数(A)", 15)}{PadLeft("全年执行数(B)", 15)}{PadLeft("分值", 8)}{PadLeft("执行率(B/A)", 13)}{PadLeft("得分", 8)}{(recheck ? PadLeft("填报得分", 10) : "")}");
        var rate = r.Budget.ExecutionRate is { } x ? Percent(x) : "—";
        o.WriteLine($"  {Pad("年度资金总额", 20)}{PadLeft(e.Budget.InitialBudget.ToWanYuanString(), 12)}{PadLeft(e.Budget.AdjustedBudget.ToWanYuanString(), 15)}{PadLeft(e.Budget.Spent.ToWanYuanString(), 15)}{PadLeft(Format(r.Budget.Points), 8)}{PadLeft(rate, 13)}{PadLeft(Format(r.Budget.Score), 8)}{(recheck ? PadLeft(Declared(e.Budget.DeclaredScore), 10) : "")}");
        foreach (var line in e.Budget.Breakdown)
        {
            o.WriteLine($"  {Pad("其中：" + line.Name, 20)}{PadLeft(line.InitialBudget.ToWanYuanString(), 12)}{PadLeft(line.AdjustedBudget.ToWanYuanString(), 15)}{PadLeft(line.Spent.ToWanYuanString(), 15)}");
        }

        o.WriteLine($"  计算：{r.Budget.Explanation}");
        if (e.Budget.Reason.Length > 0)
        {
            o.WriteLine($"  执行率偏低原因：{e.Budget.Reason}");
        }

        o.WriteLine();
        o.WriteLine("二、年度总体目标");
        o.WriteLine($"  预期目标：{e.ExpectedGoal}");
        o.WriteLine($"  实际完成情况：{e.ActualOutcome}");
        o.WriteLine();
        o.WriteLine("三、绩效指标");
        o.WriteLine($"  {Pad("行", 4)}{Pad("一级指标", 12)}{Pad("二级指标", 20)}{Pad("三级指标", 26)}{Pad("年度指标值", 14)}{Pad("实际完成值", 18)}{PadLeft("分值", 7)}{PadLeft("得分", 8)}{(recheck ? PadLeft("填报得分", 10) : "")}  偏差原因分析及改进措施");
        foreach (var row in r.Indicators)
        {
            var i = row.Indicator;
            var points = row.Method == ScoringMethod.NotApplicable ? "—" : Format(row.Points);
            var score = row.Method switch
            {
                ScoringMethod.NotApplicable => "不适用",
                ScoringMethod.Kept => Format(row.Score) + "*",
                _ => Format(row.Score),
            };
            o.WriteLine($"  {Pad(row.Row.ToString(System.Globalization.CultureInfo.InvariantCulture), 4)}{Pad(i.Level1, 12)}{Pad(i.Level2, 20)}{Pad(i.Name, 26)}{Pad(i.Target.Text.Trim(), 14)}{Pad(i.Actual.Trim(), 18)}{PadLeft(points, 7)}{PadLeft(score, 8)}{(recheck ? PadLeft(Declared(i.DeclaredScore), 10) : "")}  {i.DeviationReason}");
            if (row.PointsExplanation.Length > 0 && !row.PointsExplanation.EndsWith("（表内填写）", StringComparison.Ordinal))
            {
                o.WriteLine($"      分值：{row.PointsExplanation}");
            }

            o.WriteLine($"      计算：{row.Explanation}");
        }

        foreach (var note in r.BlockNotes)
        {
            o.WriteLine($"  说明：{note}");
        }

        if (r.Indicators.Any(x => x.Method == ScoringMethod.Kept))
        {
            o.WriteLine("  * 不可复核，保留评价人得分（原因见各行计算说明）");
        }

        o.WriteLine();
        o.WriteLine(recheck
            ? $"总分：复核 {Format(r.Total)}（填报 {Declared(e.DeclaredTotal)}）    自评等级：复核 {r.Grade.ToChinese()}（填报 {e.DeclaredGrade?.ToChinese() ?? "未填"}）"
            : $"总分：{Format(r.Total)}    自评等级：{r.Grade.ToChinese()}");
        o.WriteLine($"  {r.TotalExplanation}");
        o.WriteLine();
        FindingText.Print(scored.Findings, o);
    }

    private static string Declared(decimal? score) => score is { } d ? Format(d) : "未填";
}
