using Jixiao.Domain.Goals;
using Jixiao.Domain.Values;
using static Jixiao.Domain.Evaluation.ScoreRounding;

namespace Jixiao.Domain.Evaluation;

/// <summary>
/// The formulas of DOMAIN.md §5.4 for one indicator row, given its 分值. Exact decimals throughout; the score is
/// rounded once (<see cref="ScoreRounding"/>). Every result carries the formula with the numbers filled in.
/// </summary>
public static class IndicatorScorer
{
    public static IndicatorScore Score(int row, EvaluationIndicator indicator, decimal points, ScoringProfile profile)
    {
        var template = new IndicatorScore { Row = row, Indicator = indicator, Method = ScoringMethod.Unscorable, Points = points, Explanation = string.Empty };
        if (indicator.NotApplicable)
        {
            return template with { Method = ScoringMethod.NotApplicable, Points = 0, Explanation = "不适用：本行不计分，所在类别其余指标的分值按比例放大" };
        }

        var target = indicator.Target;
        return target.Kind switch
        {
            TargetKind.Quantitative => Quantitative(template, target, points, profile),
            TargetKind.Qualitative => Qualitative(template, points, profile),
            TargetKind.Empty => Unscorable(template, "年度指标值为空，无法计算得分"),
            _ => Unscorable(template, $"年度指标值无法识别（{target.Problem}），无法计算得分"),
        };
    }

    /// <summary>实际完成值 as a number by the value grammar: "85", "85%", "８５百分比", "12个", "≥120公里"; null when it is not
    /// a number. <see cref="ActualValue.Read"/> also converts it into the target's unit.</summary>
    public static decimal? ParseActual(string actual)
    {
        var parsed = ValueGrammar.Parse(actual);
        return parsed.Shape == ValueShape.Number ? parsed.Number : null;
    }

    private static IndicatorScore Quantitative(IndicatorScore row, TargetValue target, decimal p, ScoringProfile profile)
    {
        var actual = ActualValue.Read(row.Indicator.Actual, target);
        if (target.IsDate && actual.Date is { } done)
        {
            return Deadline(row, target.Date!, done, p);
        }

        if (actual.Number is not { } a)
        {
            return Unscorable(row, $"{actual.Problem ?? "实际完成值不是数字"}，定量指标无法按公式计算得分");
        }

        var t = target.Number!.Value;
        row = row with { ActualNumber = a };
        var comparator = target.Comparator;
        if (comparator == Comparator.Between && target.Upper is { } upper)
        {
            return Between(row, a, t, upper, p, profile);
        }

        if (comparator.IsLowerBetter())
        {
            return Reverse(row with { Method = ScoringMethod.Reverse }, a, t, p, profile.ReverseScoring);
        }

        var method = comparator == Comparator.Equal ? ScoringMethod.Equal : ScoringMethod.Positive;
        row = row with { Method = method };
        if (method == ScoringMethod.Equal && t == 0)
        {
            // Vendor rule: "= 0" (e.g. 安全事故 0 起) is met only when nothing happened.
            return a <= 0
                ? Full(row, p, $"目标 = 0，实际 {Number(a)} ≤ 0")
                : row with { Score = 0, IsShortfall = true, Explanation = $"目标 = 0，实际 {Number(a)} > 0，得分 = 0.00" };
        }

        if (a >= t || t <= 0)
        {
            return Full(row, p, $"实际 {Number(a)} ≥ 目标 {Number(t)}{(method == ScoringMethod.Equal ? "（“=”类指标按正向计分）" : "")}");
        }

        var score = Round(p * Math.Max(a, 0) / t);
        return row with { Score = score, IsShortfall = true, Explanation = $"得分 = 分值 {Number(Round(p))} × 实际 {Number(a)} ÷ 目标 {Number(t)} = {Format(score)}" };
    }

    /// <summary>A deadline: met when the work was done by then (full points), else 0 — a late date has no proportion.</summary>
    private static IndicatorScore Deadline(IndicatorScore row, DateMark target, DateMark done, decimal p)
    {
        row = row with { Method = ScoringMethod.Reverse };
        return done.CompareEnd(target) <= 0
            ? Full(row, p, $"时限 {target}，实际 {done} 完成，未超时限")
            : row with { Score = 0, IsShortfall = true, Explanation = $"时限 {target}，实际 {done} 完成，超过时限，得分 = 0.00" };
    }

    /// <summary>A range target: full points inside it; below it as a positive indicator against the lower bound, above it
    /// as a reverse indicator against the upper bound.</summary>
    private static IndicatorScore Between(IndicatorScore row, decimal a, decimal low, decimal high, decimal p, ScoringProfile profile)
    {
        if (a >= low && a <= high)
        {
            return Full(row with { Method = ScoringMethod.Positive }, p, $"实际 {Number(a)} 在目标区间 {Number(low)}–{Number(high)} 内");
        }

        if (a > high)
        {
            return Reverse(row with { Method = ScoringMethod.Reverse }, a, high, p, profile.ReverseScoring);
        }

        var score = low <= 0 ? 0 : Round(p * Math.Max(a, 0) / low);
        return row with { Method = ScoringMethod.Positive, Score = score, IsShortfall = true, Explanation = $"低于目标区间：得分 = 分值 {Number(Round(p))} × 实际 {Number(a)} ÷ 区间下限 {Number(low)} = {Format(score)}" };
    }

    private static IndicatorScore Reverse(IndicatorScore row, decimal a, decimal t, decimal p, ReverseScoring variant)
    {
        if (a <= t)
        {
            return Full(row, p, $"反向指标，实际 {Number(a)} ≤ 目标 {Number(t)}");
        }

        row = row with { IsShortfall = true };
        if (t <= 0)
        {
            return row with { Score = 0, Explanation = $"反向指标，目标 {Number(t)}，实际 {Number(a)} 超出，得分 = 0.00" };
        }

        if (variant == ReverseScoring.Ratio)
        {
            var score = Round(p * t / a);
            return row with { Score = score, Explanation = $"反向指标（方法一）：得分 = 分值 {Number(Round(p))} × 目标 {Number(t)} ÷ 实际 {Number(a)} = {Format(score)}" };
        }

        if (a >= 2 * t)
        {
            return row with { Score = 0, Explanation = $"反向指标（方法二）：实际 {Number(a)} ≥ 2 × 目标 {Number(t)}，得分 = 0.00" };
        }

        var linear = Round(p * (1 - ((a - t) / t)));
        return row with { Score = linear, Explanation = $"反向指标（方法二）：得分 = 分值 {Number(Round(p))} × (1 − (实际 {Number(a)} − 目标 {Number(t)}) ÷ 目标 {Number(t)}) = {Format(linear)}" };
    }

    private static IndicatorScore Qualitative(IndicatorScore row, decimal p, ScoringProfile profile)
    {
        row = row with { Method = ScoringMethod.Qualitative };
        var actual = row.Indicator.Actual.Trim();
        var band = profile.BandFor(actual, row.Indicator.Target.Text);
        if (band is null)
        {
            var names = string.Join("、", profile.QualitativeBands.Select(b => b.Name));
            return Unscorable(row, $"定性指标的实际完成值“{actual}”不是评价等级（应为：{names}）");
        }

        var top = profile.QualitativeBands.MaxBy(b => b.MinPercent);
        row = row with { Band = band, IsShortfall = band != top };
        var low = Round(p * band.MinPercent / 100m);
        var high = Round(p * band.MaxPercent / 100m);
        var range = $"定性：{band.Name}，区间 {band.RangeText} × 分值 {Number(Round(p))} = {Format(low)}–{Format(high)}";
        if (row.Indicator.DeclaredScore is not { } declared)
        {
            return row with { Score = low, Problem = $"定性指标须由评价人在等级区间内给出得分（{Format(low)}–{Format(high)}），未填写，暂按区间下限计", Explanation = $"{range}；未填得分，按下限得分 = {Format(low)}" };
        }

        if (!band.Contains(declared, p))
        {
            return row with { Score = low, Problem = $"得分 {Format(declared)} 不在“{band.Name}”的区间 {band.RangeText}（{Format(low)}–{Format(high)}）内，暂按区间下限计", Explanation = $"{range}；填报得分 {Format(declared)} 超出区间，按下限得分 = {Format(low)}" };
        }

        return row with { Score = Round(declared), Explanation = $"{range}；评价人给分 {Format(declared)}，在区间内，得分 = {Format(declared)}" };
    }

    private static IndicatorScore Full(IndicatorScore row, decimal p, string reason) =>
        row with { Score = Round(p), Explanation = $"{reason}，得满分 = 分值 {Format(p)}" };

    private static IndicatorScore Unscorable(IndicatorScore row, string problem) =>
        row with { Method = ScoringMethod.Unscorable, Score = 0, Problem = problem, Explanation = $"{problem}；得分 = 0.00" };
}
