using System.Globalization;
using Jixiao.Domain.Goals;

namespace Jixiao.Application.Execution;

/// <summary>A spending plan as a short text ("3:25;6:50;10:75;12:100") and back, so lines with the same plan can
/// be summed together in SQL and the plan applied once to the sum.</summary>
public static class PlanKeys
{
    public static string Of(SpendingPlan plan) =>
        string.Join(';', plan.Checkpoints.Select(c => string.Create(CultureInfo.InvariantCulture, $"{c.Month}:{Data.Mapping.DecimalValues.Normalize(c.CumulativePercent)}")));

    public static SpendingPlan Parse(string key) =>
        key.Length == 0 ? SpendingPlan.Empty : new SpendingPlan(key.Split(';').Select(part =>
        {
            var colon = part.IndexOf(':', StringComparison.Ordinal);
            return new SpendingCheckpoint(int.Parse(part[..colon], CultureInfo.InvariantCulture), decimal.Parse(part[(colon + 1)..], CultureInfo.InvariantCulture));
        }));
}
