using Jixiao.Domain.Evaluation;
using Jixiao.Domain.Goals;
using Jixiao.Domain.Values;
using static Jixiao.Domain.Evaluation.ScoreRounding;

namespace Jixiao.Domain.Monitoring;

/// <summary>
/// The lights of DOMAIN.md §6.4 for one monitoring report, every threshold from the region's profile:
/// budget r = 执行率 ÷ (m/12) × 100; plan ratio = 执行率 ÷ planned share × 100; positive indicators
/// actual ÷ (target ÷ 12 × m) × 100 (rates such as 满意度 ≥95% against the whole target); reverse green iff within
/// the limit; qualitative by grade word. Ratios are compared unrounded and shown to 2 decimals.
/// </summary>
public static class MonitoringAssessor
{
    public static MonitoringAssessment Assess(MonitoringReport report, MonitoringProfile profile)
    {
        var m = report.Month;
        var rate = report.ExecutionRate;
        var (timeRatio, budgetLight, budgetText) = TimeProgress(report, profile, rate, m);
        var (planned, planRatio, planLight, planText) = PlanProgress(report, profile, rate, m);
        return new MonitoringAssessment
        {
            Report = report,
            Profile = profile,
            ExecutionRate = rate,
            TimeRatio = timeRatio,
            BudgetLight = budgetLight,
            BudgetExplanation = budgetText,
            PlannedPercent = planned,
            PlanRatio = planRatio,
            PlanLight = planLight,
            PlanExplanation = planText,
            Indicators = [.. report.Indicators.Select((indicator, i) => Indicator(i + 1, indicator, profile, m))],
        };
    }

    private static (decimal?, Light, string) TimeProgress(MonitoringReport report, MonitoringProfile profile, decimal? rate, int m)
    {
        if (rate is not { } r || m is < 1 or > 12)
        {
            return (null, Light.None, m is < 1 or > 12 ? $"监控月份 {m} 不在 1–12 之间，无法判断" : "预算数为 0，执行率无法计算");
        }

        var ratio = r * 1200m / m;
        var light = profile.BudgetLight.Classify(ratio);
        return (ratio, light,
            $"执行率 = 1–{m}月执行数 {report.Spent.ToWanYuanString()} ÷ 预算数 {report.Budget.ToWanYuanString()} = {Percent(r)}；"
            + $"时间进度 r = {Percent(r)} ÷ ({m}/12) × 100 = {Format(ratio)} → {light.ToChinese()}（{profile.BudgetLight.Describe()}）");
    }

    private static (decimal?, decimal?, Light, string) PlanProgress(MonitoringReport report, MonitoringProfile profile, decimal? rate, int m)
    {
        if (report.SpendingPlan.PlannedPercentAt(m) is not { } planned)
        {
            return (null, null, Light.None, "未设定资金支出计划，不比较计划进度");
        }

        if (rate is not { } r)
        {
            return (planned, null, Light.None, "预算数为 0，执行率无法计算");
        }

        var executed = r * 100m;
        if (planned <= 0)
        {
            return (planned, null, Light.Green, $"资金支出计划 {m}月底 {Number(planned)}%，尚未计划支出 → 绿灯");
        }

        var ratio = executed * 100m / planned;
        var light = profile.PlanLight.Classify(ratio);
        var gap = executed - planned;
        var gapText = gap < 0 ? $"落后计划 {Format(-gap)} 个百分点" : gap > 0 ? $"超前计划 {Format(gap)} 个百分点" : "与计划持平";
        return (planned, ratio, light,
            $"资金支出计划 {m}月底累计 {Number(planned)}%，实际执行 {Format(executed)}%，{gapText}；"
            + $"计划进度 = {Format(executed)}% ÷ {Number(planned)}% × 100 = {Format(ratio)} → {light.ToChinese()}（{profile.PlanLight.Describe()}）");
    }

    private static IndicatorProgress Indicator(int row, MonitoringIndicator indicator, MonitoringProfile profile, int m)
    {
        var target = indicator.Target;
        var actualText = indicator.Actual.Trim();
        if (actualText.Length == 0)
        {
            return new IndicatorProgress(row, indicator, Light.None, null, "1–N月完成值未填写，无法判断") { Problem = "1–N月完成值未填写" };
        }

        if (target.Kind == TargetKind.Qualitative)
        {
            var grade = profile.GradeFor(actualText, target.Text);
            return grade is null
                ? new IndicatorProgress(row, indicator, Light.None, null, $"定性指标的完成情况“{actualText}”不是评价等级，无法判断")
                {
                    Kind = "定性",
                    Problem = $"定性指标的完成情况应为：{string.Join("、", profile.QualitativeLights.Select(g => g.Name))}",
                }
                : new IndicatorProgress(row, indicator, grade.Light, null, $"定性：{grade.Name} → {grade.Light.ToChinese()}") { Kind = "定性" };
        }

        if (!target.IsQuantitative)
        {
            return new IndicatorProgress(row, indicator, Light.None, null, "年度指标值为空或无法识别，无法判断") { Problem = "年度指标值为空或无法识别" };
        }

        var actual = ActualValue.Read(actualText, target);
        if (target.IsDate && actual.Date is { } done)
        {
            var onTime = done.CompareEnd(target.Date!) <= 0;
            var dateLight = onTime ? Light.Green : Light.Red;
            return new IndicatorProgress(row, indicator, dateLight, null,
                $"时限指标：{done} 完成，{(onTime ? "未超过" : "超过")}时限 {target.ToCanonicalString()} → {dateLight.ToChinese()}") { Kind = "反向" };
        }

        if (actual.Number is not { } a)
        {
            var problem = (actual.Problem ?? $"1–N月完成值“{actualText}”不是数字").Replace("实际完成值", "1–N月完成值", StringComparison.Ordinal);
            return new IndicatorProgress(row, indicator, Light.None, null, $"{problem}，无法判断") { Problem = problem };
        }

        var t = target.Number!.Value;
        if (target.Comparator.IsLowerBetter())
        {
            var within = target.Comparator == Comparator.Less ? a < t : a <= t;
            var light = within ? Light.Green : Light.Red;
            return new IndicatorProgress(row, indicator, light, null,
                $"反向指标：实际 {Number(a)} {(within ? "未超过" : "超过")}上限 {target.ToCanonicalString()} → {light.ToChinese()}") { Kind = "反向" };
        }

        if (t <= 0)
        {
            var light = a <= 0 ? Light.Green : Light.Red;
            return new IndicatorProgress(row, indicator, light, null, $"目标为 0，实际 {Number(a)} → {light.ToChinese()}") { Kind = "正向" };
        }

        // Rates (%, 元/人, scores) are compared with the whole target; amounts accumulate month by month.
        var exempt = profile.IsProRataExempt(target.Unit) || target.UnitInfo.IsRate;
        var due = exempt ? t : t * m / 12m;
        var ratio = a * 100m / due;
        var lightOfRatio = profile.PositiveLight.Classify(ratio);
        var dueText = exempt
            ? $"应完成 = 年度目标 {Number(t)}{target.NormalizedUnit}（比率类指标不按月折算）"
            : $"应完成 = 年度目标 {Number(t)} ÷ 12 × {m} = {Format(due)}";
        return new IndicatorProgress(row, indicator, lightOfRatio, ratio,
            $"正向指标：{dueText}；进度 = 实际 {Number(a)} ÷ {Number(Round(due))} × 100 = {Format(ratio)} → {lightOfRatio.ToChinese()}（{profile.PositiveLight.Describe()}）") { Kind = "正向" };
    }
}
