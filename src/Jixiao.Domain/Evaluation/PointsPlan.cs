using Jixiao.Domain.Text;
using static Jixiao.Domain.Evaluation.ScoreRounding;

namespace Jixiao.Domain.Evaluation;

/// <summary>
/// The points a 自评表 is scored with: the points the form itself prints where it prints them, the scoring profile
/// for the rest. The profile is a default, not a requirement: a Hubei or Yunnan form printing 预算执行 (20分) and
/// 绩效目标 (80分), a form with 产出指标(70分), or a form with no execution score is scored with its own points.
/// </summary>
public static class PointsPlan
{
    /// <summary>The profile <paramref name="evaluation"/> is scored with in <paramref name="mode"/>.</summary>
    public static ScoringProfile For(SelfEvaluation evaluation, ScoringProfile profile, EvaluationMode mode)
    {
        var layout = evaluation.Layout;
        var budget = layout.BudgetPoints ?? profile.BudgetPoints;
        var printed = layout.Groups.Where(g => g.Level2 is null && g.Points is not null).ToList();
        var rows = evaluation.Indicators.Where(i => !i.IsSubtotal).ToList();
        IReadOnlyList<ScoringBlock> blocks;
        string how;
        if (printed.Count > 0)
        {
            var own = printed.Select(g => new ScoringBlock(g.Level1, [g.Level1], g.Points!.Value)).ToList();
            blocks = [.. own, .. Unprinted(rows, own, profile, mode)];
            how = blocks.Count > own.Count ? "一级指标所列分值，未列分值的一级指标按评分方案" : "一级指标所列分值";
        }
        else if (layout.IndicatorPoints is { } all)
        {
            blocks = [new ScoringBlock("绩效指标", ["*"], all)];
            how = "表内所列绩效指标分值";
        }
        else if (mode == EvaluationMode.Recheck && rows.Count > 0 && rows.All(r => r.Points is not null || r.NotApplicable))
        {
            // A re-check follows the table: each 一级 is worth what its rows print.
            blocks = [.. rows.GroupBy(r => ChineseText.Key(r.Level1)).Select(g => new ScoringBlock(g.First().Level1, [g.First().Level1], g.Sum(r => r.Points ?? 0)))];
            how = "各行所列分值";
        }
        else if (budget != profile.BudgetPoints && profile.Blocks.Sum(b => b.Points) > 0)
        {
            var rest = Math.Max(0, 100m - budget);
            var sum = profile.Blocks.Sum(b => b.Points);
            blocks = [.. profile.Blocks.Select(b => b with { Points = b.Points * rest / sum })];
            how = $"评分方案的指标分值按比例折算为 {Number(rest)} 分";
        }
        else
        {
            return budget == profile.BudgetPoints ? profile : profile with { BudgetPoints = budget };
        }

        var parts = string.Join("、", blocks.Select(b => $"{(b.Level1.Contains("*") ? "绩效指标" : b.Name)} {Number(Round(b.Points))}"));
        return profile with
        {
            Id = profile.Id + "+form",
            Name = $"表内分值：预算执行 {Number(budget)}、{parts}（{how}；公式、定性区间按“{profile.Name}”）",
            BudgetPoints = budget,
            Blocks = blocks,
        };
    }

    /// <summary>The 一级 groups whose cell prints no points while others do (“产出指标(50分)” over a plain “满意度指标”):
    /// in a re-check worth what their rows print, else the profile's points for that 一级; a 一级 the profile has no
    /// block for stays out (EVL-01 says so).</summary>
    private static IEnumerable<ScoringBlock> Unprinted(IReadOnlyList<EvaluationIndicator> rows, IReadOnlyList<ScoringBlock> printed, ScoringProfile profile, EvaluationMode mode)
    {
        foreach (var group in rows.Where(r => r.Level1.Length > 0 && !printed.Any(b => b.Accepts(r.Level1))).GroupBy(r => ChineseText.Key(r.Level1)))
        {
            var level1 = group.First().Level1;
            if (mode == EvaluationMode.Recheck && group.All(r => r.Points is not null || r.NotApplicable))
            {
                yield return new ScoringBlock(level1, [level1], group.Sum(r => r.Points ?? 0));
            }
            else if (profile.Blocks.FirstOrDefault(b => !b.Level1.Contains("*") && b.Accepts(level1)) is { } block)
            {
                yield return block;
            }
        }
    }
}
