using Jixiao.Domain;
using Jixiao.Domain.Evaluation;
using Jixiao.Domain.Review;
using static Jixiao.Cli.Commands.DisplayText;
using static Jixiao.Domain.Evaluation.ScoreRounding;

namespace Jixiao.Cli.Commands;

/// <summary>A table re-checked by its printed points as text: the rows as printed (分值, 得分系数, 得分) with 分值 × 系数
/// where a coefficient is printed, the groups, the execution score, the total printed and recomputed, the grade and the
/// findings — in the order of the form.</summary>
internal static class PointsSheetTable
{
    public static void Print(PointsSheetCheck check, TextWriter o)
    {
        var s = check.Sheet;
        o.WriteLine($"{s.Title}（按表内分值复核）");
        if (s.DepartmentName.Length > 0)
        {
            o.WriteLine($"部门（单位）：{s.DepartmentName}");
        }

        o.WriteLine($"读取：{s.Place}；读入指标 {s.Rows.Count} 行");
        o.WriteLine($"说明：{PointsSheetCheck.Basis}");
        o.WriteLine();
        o.WriteLine($"  {Pad("行", 4)}{Pad("一级指标", 12)}{Pad("二级指标", 14)}{Pad("指标", 26)}{PadLeft("分值", 7)}{PadLeft("得分系数", 10)}{PadLeft("填报得分", 10)}{PadLeft("分值×系数", 11)}");
        for (var i = 0; i < s.Rows.Count; i++)
        {
            var r = s.Rows[i];
            o.WriteLine($"  {Pad((i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), 4)}{Pad(r.Level1, 12)}{Pad(r.Level2, 14)}{Pad(r.Name, 26)}{PadLeft(Num(r.Points), 7)}{PadLeft(r.CoefficientPercent is { } c ? Number(c) + "%" : "—", 10)}{PadLeft(Score(r.Score), 10)}{PadLeft(r.ScoreByCoefficient is { } x ? Format(x) : "—", 11)}");
        }

        foreach (var g in s.Groups.Where(g => g.Points is not null))
        {
            o.WriteLine($"  分组“{g.Label}”：注明 {Number(g.Points!.Value)} 分，其下各行分值合计 {Number(s.RowsOf(g).Sum(r => r.Points ?? 0))} 分");
        }

        if (s.ExecutionPoints is not null || s.ExecutionScore is not null)
        {
            o.WriteLine($"  执行率：权重 {Num(s.ExecutionPoints)}，执行率 {(s.ExecutionRate is { } rate ? Percent(rate) : "未填")}，填报得分 {Score(s.ExecutionScore)}，复核 {(s.ExecutionScoreByRate is { } x ? Format(x) : "—")}");
        }

        o.WriteLine();
        o.WriteLine($"总分：复核 {Format(check.Total)}（填报 {Score(s.DeclaredTotal)}）    分值合计 {Number(check.FullMarks)}    自评等级：{check.Grade.ToChinese()}（填报 {s.DeclaredGrade?.ToChinese() ?? "未填"}）");
        o.WriteLine($"  {check.TotalExplanation}；{check.GradeExplanation}");
        o.WriteLine();
        var errors = check.Findings.Count(f => f.Severity == Severity.Error);
        o.WriteLine($"复核发现：{check.Findings.Count} 条（错误 {errors}，警告 {check.Findings.Count - errors}）");
        foreach (var f in check.Findings.OrderByDescending(f => f.Severity))
        {
            o.WriteLine($"  [{f.Severity.ToChinese()}]{(f.Place.Length > 0 ? $" {f.Place}" : string.Empty)}：{f.Message}");
            o.WriteLine($"      修改建议：{f.Fix}");
        }
    }

    private static string Num(decimal? value) => value is { } v ? Number(v) : "未填";

    private static string Score(decimal? value) => value is { } v ? Format(v) : "未填";
}
