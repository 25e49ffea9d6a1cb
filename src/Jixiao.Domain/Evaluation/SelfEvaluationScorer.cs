using static Jixiao.Domain.Evaluation.ScoreRounding;

namespace Jixiao.Domain.Evaluation;

/// <summary>
/// Scores a 项目支出绩效自评表 by a <see cref="ScoringProfile"/> (DOMAIN.md §5.2–§5.5): 预算执行率 分值 × min(B/A, 1);
/// each block's points shared over its rows (by the 分值 written on the form, equally when none is written);
/// not-applicable rows dropped and the block's remaining rows rescaled so the block keeps its points.
/// </summary>
public static class SelfEvaluationScorer
{
    public static EvaluationResult Score(SelfEvaluation evaluation, ScoringProfile profile)
    {
        var rows = evaluation.Indicators.Select((indicator, i) => (Row: i + 1, Indicator: indicator, Block: profile.BlockFor(indicator.Level1))).ToList();
        var notes = new List<string>();
        var blockPoints = BlockPoints(profile, rows.Where(r => !r.Indicator.NotApplicable).Select(r => r.Block), notes);
        var scores = new List<IndicatorScore>();
        foreach (var (row, indicator, block) in rows)
        {
            if (block is null)
            {
                var problem = $"一级指标“{indicator.Level1}”不属于评分方案“{profile.Name}”的任何一类";
                scores.Add(new IndicatorScore
                {
                    Row = row,
                    Indicator = indicator,
                    Method = indicator.NotApplicable ? ScoringMethod.NotApplicable : ScoringMethod.Unscorable,
                    Problem = problem,
                    Explanation = $"{problem}，本行不计分；得分 = 0.00",
                });
                continue;
            }

            var members = rows.Where(r => r.Block == block).Select(r => r.Indicator).ToList();
            var (points, how) = RowPoints(indicator, block, members, blockPoints[block]);
            scores.Add(IndicatorScorer.Score(row, indicator, points, profile) with { Block = block.Name, PointsExplanation = how });
        }

        return new EvaluationResult
        {
            Evaluation = evaluation,
            Profile = profile,
            Budget = ScoreBudget(evaluation.Budget, profile.BudgetPoints),
            Indicators = scores,
            BlockNotes = notes,
        };
    }

    public static BudgetScore ScoreBudget(BudgetExecution budget, decimal points)
    {
        var a = budget.AdjustedBudget;
        var b = budget.Spent;
        if (budget.ExecutionRate is not { } rate)
        {
            return new BudgetScore(null, points, 0, $"全年预算数 A 为 0，执行率无法计算，得分 = 0.00");
        }

        var capped = Math.Clamp(rate, 0, 1);
        var score = Round(points * capped);
        var explanation = $"执行率 = 全年执行数 B {b.ToWanYuanString()} ÷ 全年预算数 A {a.ToWanYuanString()} = {Percent(rate)}；"
            + $"得分 = 分值 {Number(points)} × min({Percent(rate)}, 100%) = {Format(score)}";
        return new BudgetScore(rate, points, score, explanation);
    }

    /// <summary>The points each block has to share: its own, plus (when the profile says so) a share of blocks that
    /// have no applicable row, in proportion to the receiving blocks' points.</summary>
    private static Dictionary<ScoringBlock, decimal> BlockPoints(ScoringProfile profile, IEnumerable<ScoringBlock?> applicableBlocks, List<string> notes)
    {
        var used = applicableBlocks.OfType<ScoringBlock>().ToHashSet();
        var result = profile.Blocks.ToDictionary(b => b, b => used.Contains(b) ? b.Points : 0m);
        var empty = profile.Blocks.Where(b => !used.Contains(b) && b.Points > 0).ToList();
        if (empty.Count == 0)
        {
            return result;
        }

        var emptyPoints = empty.Sum(b => b.Points);
        var names = string.Join("、", empty.Select(b => $"{b.Name} {Number(b.Points)} 分"));
        var receivers = profile.Blocks.Where(used.Contains).ToList();
        var receiverPoints = receivers.Sum(b => b.Points);
        if (profile.EmptyBlock == EmptyBlockHandling.Forfeit || receiverPoints == 0)
        {
            notes.Add($"{names}：没有适用的指标，该分值不计入，满分低于 100");
            return result;
        }

        foreach (var block in receivers)
        {
            result[block] = block.Points + (emptyPoints * block.Points / receiverPoints);
        }

        notes.Add($"{names}：没有适用的指标，按比例并入 {string.Join("、", receivers.Select(b => $"{b.Name} {Number(b.Points)} → {Format(result[b])}"))}");
        return result;
    }

    private static (decimal Points, string How) RowPoints(EvaluationIndicator indicator, ScoringBlock block, List<EvaluationIndicator> members, decimal available)
    {
        var given = members.Where(m => m.Points is not null).ToList();
        var missing = members.Count - given.Count;
        var share = missing == 0 ? 0 : Math.Max(0, block.Points - given.Sum(m => m.Points!.Value)) / missing;
        decimal Nominal(EvaluationIndicator m) => m.Points ?? share;

        var nominal = Nominal(indicator);
        var applicableNominal = members.Where(m => !m.NotApplicable).Sum(Nominal);
        var source = indicator.Points is not null
            ? $"分值 {Number(nominal)}（表内填写）"
            : $"{block.Name} {Number(block.Points)} 分{(given.Count > 0 ? $" 减去已填分值 {Number(given.Sum(m => m.Points!.Value))}" : "")} ÷ {missing} 行 = {Format(nominal)}";
        if (indicator.NotApplicable || applicableNominal == available)
        {
            return (indicator.NotApplicable ? 0 : nominal, source);
        }

        if (applicableNominal == 0)
        {
            return (0, $"{source}；本类适用行分值合计为 0，无法分配");
        }

        var points = nominal * available / applicableNominal;
        var why = members.Any(m => m.NotApplicable) ? "剔除不适用行后按比例调整" : "本类分值按比例调整";
        return (points, $"{source}；× 本类 {Number(Round(available))} ÷ 适用行分值合计 {Number(Round(applicableNominal))} = {Format(points)}（{why}）");
    }
}
