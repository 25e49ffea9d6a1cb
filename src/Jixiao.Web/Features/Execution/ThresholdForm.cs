using System.Globalization;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Jixiao.Domain.Monitoring;

namespace Jixiao.Web.Features.Execution;

/// <summary>
/// The 监控方案's checkpoint month and light thresholds as a form: one labelled number per threshold, with its range
/// and the ratio it is compared with, instead of JSON. The rest of the 监控方案 (option lists, reasons) stays as it
/// is in the chosen profile; changed thresholds make the region's own profile.
/// </summary>
public sealed class ThresholdForm
{
    public int CheckpointMonth { get; set; } = 6;

    public decimal BudgetRed { get; set; }

    public decimal BudgetYellow { get; set; }

    public decimal? BudgetBlue { get; set; }

    public decimal PlanRed { get; set; }

    public decimal PlanYellow { get; set; }

    public decimal? PlanBlue { get; set; }

    public decimal PositiveRed { get; set; }

    public decimal PositiveYellow { get; set; }

    public decimal? PositiveBlue { get; set; }

    /// <summary>The three lights: field prefix, name, and the ratio each is computed from (as the lights are worked out).</summary>
    public static IReadOnlyList<(string Prefix, string Name, string Formula)> Lights { get; } =
    [
        ("Budget", "预算执行（对照时间进度）", "比值 = 1–监控月累计执行率 ÷（监控月份 ÷ 12）× 100，例如 6 月执行 40%：40 ÷ 0.5 = 80"),
        ("Plan", "对照资金支出计划", "比值 = 累计执行率 ÷ 资金支出计划中监控月底的计划执行率 × 100"),
        ("Positive", "正向指标完成进度", "比值 = 实际完成值 ÷ 应完成值 × 100（数量类指标的应完成值 = 年度目标 × 监控月份 ÷ 12；比率类指标按全年目标）"),
    ];

    public static ThresholdForm From(MonitoringProfile profile)
    {
        ArgumentNullException.ThrowIfNull(profile);
        return new ThresholdForm
        {
            CheckpointMonth = profile.CheckpointMonth,
            BudgetRed = profile.BudgetLight.RedBelow, BudgetYellow = profile.BudgetLight.YellowBelow, BudgetBlue = profile.BudgetLight.BlueFrom,
            PlanRed = profile.PlanLight.RedBelow, PlanYellow = profile.PlanLight.YellowBelow, PlanBlue = profile.PlanLight.BlueFrom,
            PositiveRed = profile.PositiveLight.RedBelow, PositiveYellow = profile.PositiveLight.YellowBelow, PositiveBlue = profile.PositiveLight.BlueFrom,
        };
    }

    /// <summary>What is wrong with the values, naming the field and the allowed range; null when they can be saved.</summary>
    public string? Problem()
    {
        if (CheckpointMonth is < 1 or > 12)
        {
            return $"监控节点月份应在 1–12 之间，而不是 {CheckpointMonth}。";
        }

        foreach (var (prefix, name, _) in Lights)
        {
            var (red, yellow, blue) = Values(prefix);
            if (red < 0 || yellow > 1000)
            {
                return $"{name}：阈值应在 0–1000 之间。";
            }

            if (red > yellow)
            {
                return $"{name}：红灯阈值 {N(red)} 不能大于黄灯阈值 {N(yellow)}（比值低于红灯阈值为红灯，低于黄灯阈值为黄灯）。";
            }

            if (blue is { } b && b <= yellow)
            {
                return $"{name}：蓝灯阈值 {N(b)} 应大于黄灯阈值 {N(yellow)}；不用蓝灯请留空。";
            }
        }

        return null;
    }

    /// <summary>A field the binder could not read as a number (it would stand as 0): named with what was typed, so
    /// a mistyped threshold is never saved as 0.</summary>
    public static string? Unreadable(ModelStateDictionary state)
    {
        ArgumentNullException.ThrowIfNull(state);
        foreach (var (key, entry) in state)
        {
            if (entry.Errors.Count > 0 && key.StartsWith("Thresholds.", StringComparison.Ordinal))
            {
                return $"{FieldName(key["Thresholds.".Length..])}“{entry.AttemptedValue}”不是数字：请填写数字（如 80 或 92.5）；不用蓝灯请留空。";
            }
        }

        return null;
    }

    /// <summary><paramref name="profile"/> with these values; the same profile when nothing differs.</summary>
    public MonitoringProfile ApplyTo(MonitoringProfile profile)
    {
        ArgumentNullException.ThrowIfNull(profile);
        return profile with
        {
            CheckpointMonth = CheckpointMonth,
            BudgetLight = new LightThresholds(BudgetRed, BudgetYellow, BudgetBlue),
            PlanLight = new LightThresholds(PlanRed, PlanYellow, PlanBlue),
            PositiveLight = new LightThresholds(PositiveRed, PositiveYellow, PositiveBlue),
        };
    }

    public bool Differs(MonitoringProfile profile) => ApplyTo(profile) != profile;

    private (decimal Red, decimal Yellow, decimal? Blue) Values(string prefix) => prefix switch
    {
        "Budget" => (BudgetRed, BudgetYellow, BudgetBlue),
        "Plan" => (PlanRed, PlanYellow, PlanBlue),
        _ => (PositiveRed, PositiveYellow, PositiveBlue),
    };

    private static string FieldName(string property)
    {
        foreach (var (prefix, name, _) in Lights)
        {
            if (property.StartsWith(prefix, StringComparison.Ordinal))
            {
                var light = property[prefix.Length..] switch { "Red" => "红灯", "Yellow" => "黄灯", _ => "蓝灯" };
                return $"{name}：{light}阈值";
            }
        }

        return "监控节点月份";
    }

    private static string N(decimal value) => value.ToString("0.##", CultureInfo.InvariantCulture);
}
