using static Jixiao.Domain.Evaluation.ScoreRounding;

namespace Jixiao.Domain.Evaluation;

/// <summary>
/// Scores a 项目支出绩效自评表 (DOMAIN.md §5.2–§5.5) with the points of <see cref="PointsPlan"/>: 预算执行率 分值 ×
/// min(B/A, 1); each block's points shared over its rows (by the 分值 written on the form, equally when none is
/// written); not-applicable rows dropped and the block's remaining rows rescaled so the block keeps its points.
/// In <see cref="EvaluationMode.Recheck"/> the rows keep the 分值 they print, and a row or budget line that cannot be
/// computed keeps the evaluator's 得分 (<see cref="ScoringMethod.Kept"/>). Subtotal rows add up the rows under them.
/// </summary>
public static class SelfEvaluationScorer
{
    public static EvaluationResult Score(SelfEvaluation evaluation, ScoringProfile profile, EvaluationMode mode = EvaluationMode.Score)
    {
        var plan = PointsPlan.For(evaluation, profile, mode);
        var rows = evaluation.Indicators
            .Select((indicator, i) => (Row: i + 1, Indicator: indicator, Block: indicator.IsSubtotal ? null : plan.BlockFor(indicator.Level1)))
            .ToList();
        var notes = new List<string>();
        var counted = rows.Where(r => !r.Indicator.IsSubtotal).ToList();
        var blockPoints = BlockPoints(plan, counted.Where(r => !r.Indicator.NotApplicable).Select(r => r.Block), notes);
        var scores = new IndicatorScore[rows.Count];
        foreach (var (row, indicator, block) in counted)
        {
            scores[row - 1] = block is null
                ? OutsideProfile(row, indicator, plan, mode)
                : mode == EvaluationMode.Recheck
                    ? Recheck(row, indicator, block, plan, evaluation)
                    : ScoreRow(row, indicator, block, counted.Where(r => r.Block == block).Select(r => r.Indicator).ToList(), blockPoints[block], plan, evaluation.Budget);
        }

        foreach (var (row, indicator, _) in rows.Where(r => r.Indicator.IsSubtotal))
        {
            scores[row - 1] = Subtotal(row, indicator, scores, rows.Count);
        }

        return new EvaluationResult
        {
            Evaluation = evaluation,
            Profile = plan,
            Mode = mode,
            Budget = mode == EvaluationMode.Recheck ? RecheckBudget(evaluation.Budget, plan.BudgetPoints) : ScoreBudget(evaluation.Budget, plan.BudgetPoints),
            Indicators = scores,
            BlockNotes = notes,
        };
    }

    public static BudgetScore ScoreBudget(BudgetExecution budget, decimal points)
    {
        var a = budget.AdjustedBudget;
        var b = budget.Spent;
        if (points == 0)
        {
            return new BudgetScore(budget.ExecutionRate, 0, 0, "本表不为预算执行计分（分值 0）");
        }

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

    /// <summary>The budget line of a re-check: computed when A is known, else the evaluator's 得分 kept.</summary>
    private static BudgetScore RecheckBudget(BudgetExecution budget, decimal points)
    {
        var computed = ScoreBudget(budget, points);
        if (budget.ExecutionRate is not null || points == 0)
        {
            return computed;
        }

        var declared = budget.DeclaredScore ?? 0;
        var kept = budget.DeclaredScore is null ? "评价人也未填得分，记 0.00" : $"保留评价人得分 {Format(declared)}";
        return computed with { Score = Round(declared), Kept = true, Explanation = $"不可复核：全年预算数 A 为 0 或未填，执行率无法计算；{kept}" };
    }

    private static IndicatorScore ScoreRow(int row, EvaluationIndicator indicator, ScoringBlock block, List<EvaluationIndicator> members, decimal available, ScoringProfile plan, BudgetExecution budget)
    {
        var (points, how) = RowPoints(indicator, block, members, available);
        // An equal share is our assumption where the form prints no 分值; a not-applicable row has no points to assume.
        var assumed = indicator.Points is null && !indicator.NotApplicable;
        return Formula(row, indicator, points, plan, budget) with { Block = block.Name, PointsExplanation = how, PointsAssumed = assumed };
    }

    /// <summary>The row's formula: the national ones, or — for a 预算执行率 row without a 年度指标值 — the execution rate
    /// of the form's own money block.</summary>
    private static IndicatorScore Formula(int row, EvaluationIndicator indicator, decimal points, ScoringProfile plan, BudgetExecution budget)
    {
        if (!indicator.ScoresExecutionRate || indicator.NotApplicable || indicator.Target.Kind != Goals.TargetKind.Empty)
        {
            return IndicatorScorer.Score(row, indicator, points, plan);
        }

        var execution = ScoreBudget(budget, points);
        var row0 = new IndicatorScore { Row = row, Indicator = indicator, Method = ScoringMethod.Unscorable, Points = points, Explanation = string.Empty };
        if (execution.ExecutionRate is not { } rate)
        {
            const string Problem = "预算执行率行未列年度指标值，表内全年预算数 A 为 0 或未填，执行率无法计算";
            return row0 with { Problem = Problem, Explanation = $"{Problem}，得分 = 0.00" };
        }

        return row0 with
        {
            Method = ScoringMethod.Positive,
            ActualNumber = rate * 100m,
            Score = execution.Score,
            IsShortfall = rate < 1,
            Explanation = $"预算执行率行（未列年度指标值，按表内资金计算）：{execution.Explanation}",
        };
    }

    /// <summary>A re-checked row: computed with the 分值 it prints when it can be; otherwise the evaluator's 得分
    /// kept with the reason. A 定性 row is the evaluator's judgement within the band, so it is kept too.</summary>
    private static IndicatorScore Recheck(int row, EvaluationIndicator indicator, ScoringBlock block, ScoringProfile plan, SelfEvaluation evaluation)
    {
        if (indicator.NotApplicable)
        {
            return IndicatorScorer.Score(row, indicator, 0, plan) with { Block = block.Name };
        }

        var (points, how) = indicator.Points is { } printed ? (printed, $"分值 {Number(printed)}（表内填写）") : GroupShare(indicator, evaluation) ?? (0m, string.Empty);
        if (how.Length == 0)
        {
            return Keep(new IndicatorScore { Row = row, Indicator = indicator, Method = ScoringMethod.Kept, Block = block.Name, Explanation = string.Empty }, "本行未列分值，无法按公式计算");
        }

        var scored = Formula(row, indicator, points, plan, evaluation.Budget) with { Block = block.Name, PointsExplanation = how };
        return scored.Method switch
        {
            ScoringMethod.Unscorable => Keep(scored, scored.Problem ?? "无法按公式计算"),
            ScoringMethod.Qualitative => Keep(scored, $"定性指标，评为“{scored.Band!.Name}”，得分由评价人在区间 {scored.Band.RangeText} 内给出", OutsideBand(scored, points)),
            _ => scored,
        };
    }

    /// <summary>The points of a row that prints none, in a 二级 group that prints its own (“数量指标（15分）”): what the
    /// group's points leave after the 分值 its other rows print, shared equally among its rows without one — the way
    /// such forms mean them. Null when the row is in no such group or nothing is left to share.</summary>
    private static (decimal Points, string How)? GroupShare(EvaluationIndicator row, SelfEvaluation evaluation)
    {
        if (evaluation.Layout.Groups.FirstOrDefault(g => g.Level2 is not null && g.Points is not null && g.Contains(row)) is not { } group)
        {
            return null;
        }

        var members = evaluation.Indicators.Where(i => !i.IsSubtotal && !i.NotApplicable && group.Contains(i)).ToList();
        var printed = members.Where(m => m.Points is not null).Sum(m => m.Points!.Value);
        var open = members.Count(m => m.Points is null);
        var rest = group.Points!.Value - printed;
        if (open == 0 || rest <= 0)
        {
            return null;
        }

        var share = rest / open;
        var less = printed > 0 ? $" 减去本组已列分值 {Number(printed)}" : string.Empty;
        return (share, $"本行未列分值，按“{group.Label}”{Number(group.Points!.Value)} 分{less} ÷ {open} 行 = {Format(share)}");
    }

    /// <summary>"得分 9.00 不在“部分达成…”的区间 [60%,80%)（6.00–8.00）内", or null when the declared score fits.</summary>
    private static string? OutsideBand(IndicatorScore row, decimal points)
    {
        if (row.Band is not { } band || row.Indicator.DeclaredScore is not { } declared || band.Contains(declared, points))
        {
            return null;
        }

        return $"得分 {Format(declared)} 不在“{band.Name}”的区间 {band.RangeText}（{Format(points * band.MinPercent / 100m)}–{Format(points * band.MaxPercent / 100m)}）内";
    }

    /// <summary>不可复核: the evaluator's 得分 stands (0 when none was given); <paramref name="problem"/> stays a
    /// problem of the row (a 定性 score outside its band), the reason is only an explanation.</summary>
    private static IndicatorScore Keep(IndicatorScore row, string reason, string? problem = null)
    {
        var declared = row.Indicator.DeclaredScore;
        var score = declared is { } d ? Round(d) : 0m;
        var kept = declared is null ? "评价人未填得分，记 0.00" : $"保留评价人得分 {Format(score)}";
        return row with
        {
            Method = ScoringMethod.Kept,
            Score = score,
            IsShortfall = false,
            Problem = problem ?? (declared is null ? $"{reason}，且未填得分" : null),
            Explanation = $"不可复核：{reason}；{kept}",
            NotRecheckableReason = reason,
        };
    }

    private static IndicatorScore OutsideProfile(int row, EvaluationIndicator indicator, ScoringProfile plan, EvaluationMode mode)
    {
        var problem = $"一级指标“{indicator.Level1}”不属于评分方案“{plan.Name}”的任何一类";
        var template = new IndicatorScore
        {
            Row = row,
            Indicator = indicator,
            Method = indicator.NotApplicable ? ScoringMethod.NotApplicable : ScoringMethod.Unscorable,
            Problem = problem,
            Explanation = $"{problem}，本行不计分；得分 = 0.00",
        };
        return mode == EvaluationMode.Recheck && !indicator.NotApplicable ? Keep(template, problem) with { Problem = problem } : template;
    }

    /// <summary>A subtotal row: the sum of the rows it covers (scores as computed or kept, 分值 as used).</summary>
    private static IndicatorScore Subtotal(int row, EvaluationIndicator indicator, IndicatorScore[] scores, int count)
    {
        var members = Enumerable.Range(row, Math.Min(indicator.SubtotalMembers, count - row)).Select(i => scores[i]).Where(s => s is not null && !s.Indicator.IsSubtotal).ToList();
        var score = members.Sum(m => m.Score);
        return new IndicatorScore
        {
            Row = row,
            Indicator = indicator,
            Method = ScoringMethod.Subtotal,
            Block = members.FirstOrDefault()?.Block,
            Points = members.Sum(m => m.Points),
            Score = score,
            Explanation = members.Count == 0
                ? "小计行下没有指标行"
                : $"小计 = 第 {members[0].Row}–{members[^1].Row} 行得分 {string.Join(" + ", members.Select(m => Format(m.Score)))} = {Format(score)}",
        };
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
            : $"{block.Name} {Number(block.Points)} 分{(given.Count > 0 ? $" 减去已填分值 {Number(given.Sum(m => m.Points!.Value))}" : "")} ÷ {missing} 行 = {Format(nominal)}（表内未列分值，按平均分配假设）";
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
