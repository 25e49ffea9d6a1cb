using Jixiao.Domain.Review;
using Jixiao.Domain.Sources;
using static Jixiao.Domain.Evaluation.ScoreRounding;

namespace Jixiao.Domain.Evaluation.Rules;

/// <summary>EVL-13 (re-check): a form that prints a reviewer's 复核分 beside the unit's 得分 (the 主管部门's or the
/// 财政部门's re-check) is compared with the recomputed scores — every row and the budget line that could be
/// recomputed, and the 总分. A row kept as 不可复核 (定性, no 分值) is not compared: there is no formula to hold the
/// reviewer's score against.</summary>
public sealed class Evl13ReviewedScoreRule : EvaluationRule
{
    public override string Id => "EVL-13";

    public override string Title => "复核分与重算结果不符";

    public override Severity Severity => Severity.Warning;

    public override string Source => PolicySources.ProjectEvaluation.Cite("（财政部门对单位自评结果抽查复核）");

    public override IEnumerable<Finding> Check(EvaluationContext context)
    {
        if (!context.IsRecheck)
        {
            yield break;
        }

        var budget = context.Result.Budget;
        if (context.Evaluation.Budget.ReviewedScore is { } budgetReview && !budget.Kept && budget.Points > 0 && Round(budgetReview) != budget.Score)
        {
            yield return Make(context, $"预算执行复核分 {Format(budgetReview)}，按公式复核为 {Format(budget.Score)}，{Gap(budgetReview, budget.Score)}。", $"{budget.Explanation}。", field: "复核分");
        }

        foreach (var row in context.Result.Counted.Where(r => r.Method is ScoringMethod.Positive or ScoringMethod.Reverse or ScoringMethod.Equal))
        {
            if (row.Indicator.ReviewedScore is { } reviewed && Round(reviewed) != row.Score)
            {
                var over = reviewed > Round(row.Points) ? $"（超出分值 {Format(row.Points)}）" : string.Empty;
                yield return Make(context, $"{RowName(row)}复核分 {Format(reviewed)}{over}，按公式复核为 {Format(row.Score)}，{Gap(reviewed, row.Score)}。", $"{row.Explanation}。", row.Row, "复核分");
            }
        }

        if (context.Evaluation.ReviewedTotal is { } total && Round(total) != context.Result.Total)
        {
            var kept = context.Result.Counted.Count(r => r.Method == ScoringMethod.Kept);
            var how = kept == 0 ? string.Empty : $"（其中 {kept} 行不可复核，按评价人得分计）";
            yield return Make(context, $"复核总分 {Format(total)}，按公式复核为 {Format(context.Result.Total)}{how}，{Gap(total, context.Result.Total)}。", context.Result.TotalExplanation + "。", field: "复核分");
        }
    }

    private static string Gap(decimal printed, decimal computed) => $"相差 {Format(Math.Abs(Round(printed) - computed))} 分";
}
