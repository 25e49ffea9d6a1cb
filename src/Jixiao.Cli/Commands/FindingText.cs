using Jixiao.Cli.Review;
using Jixiao.Domain;
using Jixiao.Domain.Review;

namespace Jixiao.Cli.Commands;

/// <summary>The EVL/MON findings under a 自评表 or 监控表: severity, rule, where, what, how to fix, source. Severity and
/// location words are those of `jixiao review`.</summary>
internal static class FindingText
{
    public static void Print(IReadOnlyList<Finding> findings, TextWriter o)
    {
        var errors = findings.Count(f => f.Severity == Severity.Error);
        var warnings = findings.Count(f => f.Severity == Severity.Warning);
        o.WriteLine($"审核发现：{findings.Count} 条（错误 {errors}，警告 {warnings}，提示 {findings.Count - errors - warnings}）");
        foreach (var f in findings.OrderByDescending(f => f.Severity).ThenBy(f => f.RuleId, StringComparer.Ordinal).ThenBy(f => f.IndicatorRow))
        {
            o.WriteLine($"  [{f.Severity.ToChinese()}] {RuleTitles.Of(f.RuleId)} {ReviewView.Location(f)}：{f.Message}");
            if (f.Fix.Length > 0)
            {
                o.WriteLine($"      修改建议：{f.Fix}");
            }

            if (f.Source.Length > 0)
            {
                o.WriteLine($"      依据：{f.Source}");
            }
        }
    }
}
