using Jixiao.Domain.Review;

namespace Jixiao.Cli.Commands;

/// <summary>Findings as text lines: severity, rule, where, what, how to fix, source.</summary>
internal static class FindingText
{
    public static void Print(IReadOnlyList<Finding> findings, TextWriter o)
    {
        var errors = findings.Count(f => f.Severity == Severity.Error);
        var warnings = findings.Count(f => f.Severity == Severity.Warning);
        o.WriteLine($"审核发现：{findings.Count} 条（错误 {errors}，警告 {warnings}，提示 {findings.Count - errors - warnings}）");
        foreach (var f in findings.OrderByDescending(f => f.Severity).ThenBy(f => f.RuleId, StringComparer.Ordinal).ThenBy(f => f.IndicatorRow))
        {
            var where = f.IndicatorRow is { } row ? $"第 {row} 行" : f.Field ?? "";
            o.WriteLine($"  [{SeverityText(f.Severity)}] {f.RuleId} {where}：{f.Message}");
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

    public static string SeverityText(Severity severity) => severity switch
    {
        Severity.Error => "错误",
        Severity.Warning => "警告",
        _ => "提示",
    };
}
