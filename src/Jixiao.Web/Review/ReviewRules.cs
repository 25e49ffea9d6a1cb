using Jixiao.Domain;
using Jixiao.Domain.Goals;
using Jixiao.Domain.Review;

namespace Jixiao.Web.Review;

/// <summary>
/// The checks the web app runs until the review engine (issue 3) is on main: empty or placeholder target values
/// (STR-04, VAL-05), unreadable targets (VAL-01) and budget arithmetic (FIN-01). Replaced by
/// <c>ReviewEngine.Review</c> in <see cref="DocumentReviewer.Review"/> when the engine lands.
/// </summary>
internal static class ReviewRules
{
    private static readonly HashSet<string> Placeholders = new(["无", "不涉及", "/", "—", "-", "XX", "xx", "**", "*", "空"], StringComparer.Ordinal);

    public static ReviewOutcome Run(PerformanceDocument document)
    {
        var findings = new List<Finding>();
        foreach (var project in document.Projects)
        {
            CheckMoney(project, findings);
            for (var i = 0; i < project.Indicators.Count; i++)
            {
                CheckRow(project, project.Indicators[i], i + 1, findings);
            }
        }

        var score = Math.Max(0m, 100m - (findings.Count(f => f.Severity == Severity.Error) * 5m) - (findings.Count(f => f.Severity == Severity.Warning) * 2m));
        return new ReviewOutcome(findings, score, GradeExtensions.FromScore(score), "web-basic");
    }

    private static void CheckMoney(BudgetProject project, List<Finding> findings)
    {
        if (project.FiscalFunds is null && project.OtherFunds is null)
        {
            return;
        }

        var sum = (project.FiscalFunds ?? Money.Zero) + (project.OtherFunds ?? Money.Zero);
        if (sum != project.Budget)
        {
            findings.Add(At(project, null, "预算数", "FIN-01", Severity.Error, ReviewDimension.Appropriateness,
                $"预算数 {project.Budget} 万元不等于财政资金与其他资金之和 {sum} 万元。",
                "核对预算数、财政资金和其他资金，使预算数 = 财政资金 + 其他资金。"));
        }
    }

    private static void CheckRow(BudgetProject project, Indicator row, int number, List<Finding> findings)
    {
        var target = row.Target;
        if (target.Kind == TargetKind.Empty)
        {
            findings.Add(At(project, number, "指标值", "STR-04", Severity.Error, ReviewDimension.Completeness,
                $"第 {number} 行“{row.Name}”的指标值为空。", "填写可衡量的指标值，例如“≥95%”或“≤12月底”。"));
        }
        else if (target.Kind == TargetKind.Invalid)
        {
            findings.Add(At(project, number, "指标值", "VAL-01", Severity.Error, ReviewDimension.Relevance,
                $"第 {number} 行“{row.Name}”的指标值“{target.Text}”无法识别：{target.Problem}", "按“符号 + 数值 + 单位”填写，例如“≥95%”。"));
        }
        else if (Placeholders.Contains(target.Text.Trim()))
        {
            findings.Add(At(project, number, "指标值", "VAL-05", Severity.Error, ReviewDimension.Relevance,
                $"第 {number} 行“{row.Name}”的指标值“{target.Text}”是占位符，无法考核。", "填写具体、可衡量的指标值；不适用的指标应删除该行。"));
        }

        if (row.TargetBasis.Trim().Length == 0)
        {
            findings.Add(At(project, number, "指标值确定依据", "STR-04", Severity.Error, ReviewDimension.Completeness,
                $"第 {number} 行“{row.Name}”缺少指标值确定依据。", "写明计划标准、行业标准、历史标准或其他标准及其出处。"));
        }
    }

    private static Finding At(BudgetProject project, int? row, string field, string rule, Severity severity, ReviewDimension dimension, string message, string fix) => new()
    {
        RuleId = rule,
        Severity = severity,
        Dimension = dimension,
        ProjectSequence = project.Sequence,
        ProjectCode = project.ProjectCode,
        ProjectName = project.ProjectName,
        IndicatorRow = row,
        Field = field,
        Message = message,
        Fix = fix,
    };
}
