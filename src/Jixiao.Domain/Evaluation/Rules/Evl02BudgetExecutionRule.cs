using Jixiao.Domain.Goals;
using Jixiao.Domain.Review;
using Jixiao.Domain.Sources;
using static Jixiao.Domain.Evaluation.ScoreRounding;

namespace Jixiao.Domain.Evaluation.Rules;

/// <summary>EVL-02: 执行率 = B/A is computable and 0 ≤ 得分 ≤ 分值; the 其中 rows add up; a declared 得分 matches.</summary>
public sealed class Evl02BudgetExecutionRule : EvaluationRule
{
    public override string Id => "EVL-02";

    public override string Title => "预算执行率计算有误";

    public override Severity Severity => Severity.Error;

    public override string Source => PolicySources.ProjectEvaluation.Cite("项目支出绩效自评表（执行率 = 全年执行数 ÷ 全年预算数）");

    public override IEnumerable<Finding> Check(EvaluationContext context)
    {
        var budget = context.Evaluation.Budget;
        var score = context.Result.Budget;
        if (budget.AdjustedBudget.Fen <= 0)
        {
            yield return Make(context, "全年预算数（A）为 0 或未填，执行率无法计算，预算执行得分记 0。", "填写调整后的全年预算数（万元）。", field: "全年预算数");
        }

        if (budget.Spent.Fen < 0)
        {
            yield return Make(context, $"全年执行数（B）{budget.Spent.ToWanYuanString()} 为负数。", "填写实际支出的全年执行数（万元）。", field: "全年执行数");
        }
        else if (budget.AdjustedBudget.Fen > 0 && budget.Spent > budget.AdjustedBudget)
        {
            yield return Make(context, $"全年执行数 {budget.Spent.ToWanYuanString()} 万元超过全年预算数 {budget.AdjustedBudget.ToWanYuanString()} 万元，执行率 {Percent(score.ExecutionRate ?? 0)} 超过 100%（得分按 100% 计）。", "核对执行数是否含其他项目支出，或全年预算数是否漏记调整。", field: "全年执行数", severity: Severity.Warning);
        }

        if (budget.Breakdown.Count > 0)
        {
            foreach (var (name, total, parts) in new (string, Money, Money)[]
            {
                ("年初预算数", budget.InitialBudget, Money.Sum(budget.Breakdown.Select(l => l.InitialBudget))),
                ("全年预算数", budget.AdjustedBudget, Money.Sum(budget.Breakdown.Select(l => l.AdjustedBudget))),
                ("全年执行数", budget.Spent, Money.Sum(budget.Breakdown.Select(l => l.Spent))),
            })
            {
                if (total != parts)
                {
                    yield return Make(context, $"{name}：年度资金总额 {total.ToWanYuanString()} 万元，而其中各项合计 {parts.ToWanYuanString()} 万元，两者不等。", $"核对{name}的资金来源各行。", field: name);
                }
            }
        }

        if (budget.DeclaredScore is { } declared && !score.Kept)
        {
            if (declared < 0 || declared > score.Points)
            {
                yield return Make(context, $"预算执行得分填报为 {Format(declared)}，超出 0–{Number(score.Points)} 分的范围。", $"按公式应得 {Format(score.Score)} 分：{score.Explanation}。", field: "得分");
            }
            else if (context.Differs(declared, score.Score))
            {
                yield return Make(context, $"预算执行得分填报为 {Format(declared)}，按公式应为 {Format(score.Score)}，{context.DifferenceText(declared, score.Score)}。", $"{score.Explanation}。", field: "得分");
            }
        }
    }
}
