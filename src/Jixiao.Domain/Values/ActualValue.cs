using Jixiao.Domain.Goals;

namespace Jixiao.Domain.Values;

/// <summary>
/// An actual (实际完成值, 1–N月完成值, 全年预计完成情况) read by the same grammar as the target and put into the target's
/// terms: "≥120公里" (an operator repeated in an actual) is 120 公里, "118000元" against a target in 万元 is 11.8, "583元/人*月"
/// against "≥530元/人·月" is 583, "10月25日" against "10月底前" is a date on time.
/// </summary>
public sealed record ActualValue
{
    public ValueReading Reading { get; init; } = new();

    /// <summary>The actual as a number in the target's unit, or null.</summary>
    public decimal? Number { get; init; }

    /// <summary>The actual as a date, when the target is a deadline and the actual names a date.</summary>
    public DateMark? Date { get; init; }

    /// <summary>Why the actual cannot be compared with the target (Chinese), or null.</summary>
    public string? Problem { get; init; }

    public static ActualValue Read(string? actual, TargetValue target)
    {
        var text = (actual ?? string.Empty).Trim();
        var reading = ValueGrammar.Parse(text);
        if (reading.Shape == ValueShape.Date)
        {
            return new ActualValue { Reading = reading, Date = reading.Date, Number = target.IsDate ? null : reading.Number };
        }

        if (reading.Shape != ValueShape.Number)
        {
            return new ActualValue
            {
                Reading = reading,
                Problem = text.Length == 0 ? "实际完成值为空" : $"实际完成值“{text}”不是数字",
            };
        }

        var unit = target.UnitInfo;
        if (reading.NumberIn(unit) is { } converted)
        {
            return new ActualValue { Reading = reading, Number = converted };
        }

        // Two words for the same kind of count (个 and 项, 人 and 名) compare as written; different measures do not.
        var comparable = reading.Unit.Dimension == unit.Dimension && reading.Unit.Scale == unit.Scale
            || reading.Unit.Dimension == UnitDimension.Unknown || unit.Dimension is UnitDimension.Unknown or UnitDimension.None;
        return comparable
            ? new ActualValue { Reading = reading, Number = reading.Number }
            : new ActualValue { Reading = reading, Problem = $"实际完成值“{text}”的单位“{reading.Unit.Text}”与年度指标值“{target.Text.Trim()}”的单位“{target.Unit}”不一致" };
    }
}
