using Jixiao.Domain.Review;
using Jixiao.Domain.Sources;
using static Jixiao.Domain.Evaluation.ScoreRounding;

namespace Jixiao.Domain.Evaluation.Rules;

/// <summary>EVL-12: what the form adds up itself must add up — a 小计 / group row and the rows under it, a 一级 or 二级
/// group's printed 分值 and 得分 and its rows, the 合计 row's 分值, and the declared 总分 and the declared 得分 of the
/// budget line and of every row. These are the evaluator's own sums; a slip there is a slip whatever the formulas.</summary>
public sealed class Evl12GroupTotalsRule : EvaluationRule
{
    public override string Id => "EVL-12";

    public override string Title => "合计数与明细不符";

    public override Severity Severity => Severity.Warning;

    public override string Source => PolicySources.ProjectEvaluation.Cite("项目支出绩效自评表（总分为各项得分之和）");

    public override IEnumerable<Finding> Check(EvaluationContext context)
    {
        var e = context.Evaluation;
        var rows = e.Indicators;
        for (var i = 0; i < rows.Count; i++)
        {
            var sub = rows[i];
            var members = rows.Skip(i + 1).Take(sub.SubtotalMembers).Where(m => !m.IsSubtotal).ToList();
            if (sub.IsSubtotal && sub.DeclaredScore is { } declared && members.Count > 0 && members.All(m => m.DeclaredScore is not null))
            {
                var sum = members.Sum(m => m.DeclaredScore!.Value);
                if (Round(sum) != Round(declared))
                {
                    yield return Make(context, $"第 {i + 1} 行“{sub.Name}”填报得分 {Format(declared)}，而其下 {members.Count} 行填报得分合计 {Format(sum)}。", "核对小计行与其下各行的得分。", i + 1, "得分", Severity.Error);
                }
            }
        }

        foreach (var group in e.Layout.Groups)
        {
            var inGroup = rows.Where(r => !r.IsSubtotal && group.Contains(r)).ToList();
            if (inGroup.Count == 0)
            {
                continue;
            }

            var name = group.Label.Length > 0 ? group.Label : group.Level2 ?? group.Level1;
            // When scoring, a 一级 group's points are a block of the scoring (EVL-01 reports and rescales them).
            var checkPoints = group.Level2 is not null || context.IsRecheck;
            if (checkPoints && group.Points is { } points && inGroup.All(r => r.Points is not null || r.NotApplicable) && inGroup.Any(r => r.Points is not null))
            {
                var sum = inGroup.Sum(r => r.Points ?? 0);
                if (sum != points)
                {
                    yield return Make(context, $"“{name}”注明 {Number(points)} 分，其下各行分值合计 {Number(sum)}。", "使各行分值之和等于该类指标的分值。", field: "分值");
                }
            }

            if (group.Score is { } score && inGroup.All(r => r.DeclaredScore is not null))
            {
                var sum = inGroup.Sum(r => r.DeclaredScore!.Value);
                if (Round(sum) != Round(score))
                {
                    yield return Make(context, $"“{name}”填报得分 {Format(score)}，其下各行得分合计 {Format(sum)}。", "核对该组得分与各行得分。", field: "得分", severity: Severity.Error);
                }
            }
            else if (group.Score is { } groupScore && inGroup.All(r => r.DeclaredScore is null))
            {
                // 得分 given for the group only: compare it with the rows as computed, when every row could be.
                var computed = context.Result.Indicators.Where(s => inGroup.Contains(s.Indicator)).ToList();
                if (computed.Count == inGroup.Count && computed.All(s => s.Method is ScoringMethod.Positive or ScoringMethod.Reverse or ScoringMethod.Equal))
                {
                    var sum = computed.Sum(s => s.Score);
                    if (context.Differs(groupScore, sum))
                    {
                        yield return Make(context, $"“{name}”填报得分 {Format(groupScore)}，按公式{(context.IsRecheck ? "复核" : "计算")}其下各行合计为 {Format(sum)}。", string.Join("；", computed.Select(s => s.Explanation)) + "。", field: "得分", severity: Severity.Warning);
                    }
                }
            }
        }

        // “年度绩效目标(80分)” over “产出指标(60分)” and “效益指标(40分)”: the form's two statements of the indicators'
        // points disagree, and the total it can give is no longer the 100 it says.
        var bands = e.Layout.Groups.Where(g => g.Level2 is null && g.Points is not null).ToList();
        if (e.Layout.IndicatorPoints is { } section && bands.Count > 1 && bands.Sum(g => g.Points!.Value) is var banded && banded != section)
        {
            yield return Make(context, $"绩效指标注明 {Number(section)} 分，而{string.Join("、", bands.Select(g => $"“{g.Level1}”{Number(g.Points!.Value)} 分"))}合计 {Number(banded)} 分。", "核对一级指标的分值，使其合计等于绩效指标的分值。", field: "分值");
        }

        var counted = rows.Where(r => !r.IsSubtotal && !r.NotApplicable).ToList();
        if (e.Layout.TotalPoints is { } total && counted.Count > 0 && counted.All(r => r.Points is not null))
        {
            var sum = context.Profile.BudgetPoints + counted.Sum(r => r.Points!.Value);
            if (sum != total)
            {
                yield return Make(context, $"合计行注明 {Number(total)} 分，而预算执行 {Number(context.Profile.BudgetPoints)} 分与各行分值合计为 {Number(sum)} 分。", "核对各行分值，使合计为 100 分。", field: "分值");
            }
        }

        if (e.DeclaredTotal is { } declaredTotal && e.Budget.DeclaredScore is { } budget && counted.Count > 0 && counted.All(r => r.DeclaredScore is not null))
        {
            var sum = budget + counted.Sum(r => r.DeclaredScore!.Value);
            if (Round(sum) != Round(declaredTotal))
            {
                yield return Make(context, $"填报总分 {Format(declaredTotal)}，而表内预算执行得分 {Format(budget)} 与各行填报得分之和为 {Format(sum)}。", "总分应为预算执行得分与各行得分之和。", field: "总分", severity: Severity.Error);
            }
        }
    }
}
