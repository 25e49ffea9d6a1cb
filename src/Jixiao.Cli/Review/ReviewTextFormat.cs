using System.Text;
using Jixiao.Domain;
using Jixiao.Domain.Review;

namespace Jixiao.Cli.Review;

/// <summary>Plain-text review report for the terminal.</summary>
internal static class ReviewTextFormat
{
    public static string Write(ReviewView view)
    {
        var r = view.Report;
        var sb = new StringBuilder();
        sb.AppendLine($"审核报告：{view.File}（指标体系 {view.TaxonomyProfile}，审核规则配置 {r.ProfileId}）");
        sb.AppendLine($"文本质量得分 {ReviewView.GradeLine(r.DocumentScore, r.DocumentGrade)} —— {r.DocumentGrade.ReviewConsequence()}");
        sb.AppendLine($"共发现：错误 {r.Errors} 条，警告 {r.Warnings} 条，提示 {r.Infos} 条{(view.MinSeverity > Severity.Info ? $"（下文只列{view.MinSeverity.ToChinese()}及以上）" : string.Empty)}。");
        sb.AppendLine();
        sb.AppendLine("各表得分：");
        foreach (var t in r.TableScores)
        {
            sb.AppendLine($"  {t.Sequence,3}. {t.ProjectCode,-21} {t.ProjectName}：{ReviewView.GradeLine(t.Score, t.Grade)}（错误 {t.Errors}，警告 {t.Warnings}，提示 {t.Infos}）");
        }

        foreach (var group in view.Groups)
        {
            sb.AppendLine();
            sb.Append('【').Append(ReviewView.TableHeading(group)).Append('】');
            if (group.Table is { } t)
            {
                sb.Append($" 得分 {ReviewView.GradeLine(t.Score, t.Grade)}");
            }

            sb.AppendLine();
            foreach (var rule in group.Rules)
            {
                var counts = string.Join("，", rule.Findings.GroupBy(f => f.Severity).OrderByDescending(g => g.Key).Select(g => $"{g.Key.ToChinese()} {g.Count()}"));
                sb.AppendLine($"  [{rule.Worst.ToChinese()}] {rule.Title}（{counts}；{rule.Findings[0].Dimension.ToChinese()}）");
                foreach (var f in rule.Findings)
                {
                    sb.AppendLine($"    - {ReviewView.Location(f, group.Table is null)}：{f.Message}");
                    if (f.Fix.Length > 0 && rule.SharedFix is null)
                    {
                        sb.AppendLine($"      修改建议：{f.Fix}");
                    }
                }

                if (rule.SharedFix is { Length: > 0 } fix)
                {
                    sb.AppendLine($"    修改建议：{fix}");
                }
            }
        }

        if (view.Groups.Count == 0)
        {
            sb.AppendLine();
            sb.AppendLine("未发现需要列出的问题。");
        }

        return sb.ToString();
    }
}
