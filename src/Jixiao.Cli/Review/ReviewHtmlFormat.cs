using System.Net;
using System.Text;
using Jixiao.Domain;
using Jixiao.Domain.Review;

namespace Jixiao.Cli.Review;

/// <summary>A self-contained HTML page (inline CSS, no scripts, no external files) a reviewer opens and prints.</summary>
internal static class ReviewHtmlFormat
{
    private const string Style = """
        body{font-family:"Noto Sans CJK SC","Source Han Sans SC","Microsoft YaHei","PingFang SC",sans-serif;margin:2em auto;max-width:60em;color:#222;line-height:1.5}
        h1{font-size:1.5em;margin-bottom:.2em}h2{font-size:1.15em;margin-top:1.6em;border-bottom:2px solid #444;padding-bottom:.2em}
        h3{font-size:1em;margin:.8em 0 .3em}table{border-collapse:collapse;width:100%;margin:.5em 0}
        th,td{border:1px solid #999;padding:.25em .5em;text-align:left;vertical-align:top}th{background:#eee}
        td.n{text-align:right}.summary{font-size:1.1em}.grade{font-weight:bold;font-size:1.2em}
        .e{color:#b00020}.w{color:#8a5a00}.i{color:#1a5fb4}.tag{display:inline-block;min-width:2.5em;font-weight:bold}
        ul{margin:.2em 0 .6em;padding-left:1.4em}li{margin:.25em 0}.fix{color:#333;margin-left:1em}.fix:before{content:"修改建议："}
        .loc{color:#555}.src{color:#777;font-size:.85em}
        @media print{body{margin:0;max-width:none;font-size:10.5pt}h2{break-after:avoid}section{break-inside:auto}li{break-inside:avoid}}
        """;

    public static string Write(ReviewView view)
    {
        var r = view.Report;
        var sb = new StringBuilder();
        sb.AppendLine("<!DOCTYPE html>").AppendLine("<html lang=\"zh-CN\"><head><meta charset=\"utf-8\">");
        sb.AppendLine($"<title>绩效目标审核报告 — {E(view.File)}</title><style>{Style}</style></head><body>");
        sb.AppendLine($"<h1>绩效目标审核报告</h1><p>文件：{E(view.File)}　指标体系：{E(view.TaxonomyProfile)}　审核规则配置：{E(r.ProfileId)}</p>");
        sb.AppendLine($"<p class=\"summary\">文本质量得分 <span class=\"grade\">{r.DocumentScore:0.00} 分（{r.DocumentGrade.ToChinese()}）</span><br>{E(r.DocumentGrade.ReviewConsequence())}</p>");
        sb.AppendLine($"<p>共发现 <span class=\"e\">错误 {r.Errors} 条</span>、<span class=\"w\">警告 {r.Warnings} 条</span>、<span class=\"i\">提示 {r.Infos} 条</span>"
            + (view.MinSeverity > Severity.Info ? $"（下文只列{view.MinSeverity.ToChinese()}及以上）" : string.Empty) + "。</p>");
        sb.AppendLine("<h2>各表得分</h2><table><thead><tr><th>序号</th><th>项目编码</th><th>项目名称</th><th>得分</th><th>等级</th><th>错误</th><th>警告</th><th>提示</th></tr></thead><tbody>");
        foreach (var t in r.TableScores)
        {
            sb.AppendLine($"<tr><td class=\"n\">{t.Sequence}</td><td>{E(t.ProjectCode)}</td><td>{E(t.ProjectName)}</td><td class=\"n\">{t.Score:0.00}</td><td>{t.Grade.ToChinese()}</td><td class=\"n\">{t.Errors}</td><td class=\"n\">{t.Warnings}</td><td class=\"n\">{t.Infos}</td></tr>");
        }

        sb.AppendLine("</tbody></table>");
        foreach (var group in view.Groups)
        {
            sb.Append("<section><h2>").Append(E(ReviewView.TableHeading(group)));
            if (group.Table is { } t)
            {
                sb.Append($"　{t.Score:0.00} 分（{t.Grade.ToChinese()}）");
            }

            sb.AppendLine("</h2>");
            foreach (var rule in group.Rules)
            {
                sb.AppendLine($"<h3><span class=\"tag {Css(rule.Worst)}\">{rule.Worst.ToChinese()}</span> {E(rule.Title)}（{rule.Findings.Count} 条，{rule.Findings[0].Dimension.ToChinese()}）</h3><ul>");
                foreach (var f in rule.Findings)
                {
                    sb.Append($"<li><span class=\"loc\">{E(ReviewView.Location(f, group.Table is null))}</span>：{E(f.Message)}");
                    if (f.Fix.Length > 0 && rule.SharedFix is null)
                    {
                        sb.Append($"<div class=\"fix\">{E(f.Fix)}</div>");
                    }

                    sb.AppendLine("</li>");
                }

                sb.AppendLine("</ul>");
                if (rule.SharedFix is { Length: > 0 } fix)
                {
                    sb.AppendLine($"<div class=\"fix\">{E(fix)}</div>");
                }

                sb.AppendLine($"<p class=\"src\">依据：{E(rule.Findings[0].Source)}</p>");
            }

            sb.AppendLine("</section>");
        }

        sb.AppendLine("<h2>等级含义（财预〔2015〕88号）</h2><ul>");
        foreach (var grade in Enum.GetValues<Grade>())
        {
            sb.AppendLine($"<li>{E(grade.ReviewConsequence())}</li>");
        }

        sb.AppendLine("</ul><p class=\"src\">由 Jixiao 自动审核生成；自动审核是审核人的第一遍筛查，不替代人工判断。</p></body></html>");
        return sb.ToString();
    }

    private static string E(string? text) => WebUtility.HtmlEncode(text ?? string.Empty);

    private static string Css(Severity severity) => severity switch
    {
        Severity.Error => "e",
        Severity.Warning => "w",
        _ => "i",
    };
}
