using System.Text.Json.Serialization;

namespace Jixiao.Domain.Library;

/// <summary>
/// How the targets of one indicator in one unit are spread: count, least, quartiles and greatest. Quartiles are
/// interpolated between the two nearest sorted values (position (n−1)·p, the method of most spreadsheets'
/// QUARTILE.INC), so 90, 95, 98, 100 give Q1 93.75, median 96.5, Q3 98.5.
/// </summary>
public sealed record TargetDistribution(int Count, decimal Min, decimal Q1, decimal Median, decimal Q3, decimal Max)
{
    /// <summary>Q3 − Q1.</summary>
    [JsonIgnore]
    public decimal Spread => Q3 - Q1;

    /// <summary>The distribution of <paramref name="values"/>, sorted in place; null for none.</summary>
    public static TargetDistribution? Of(List<decimal> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        if (values.Count == 0)
        {
            return null;
        }

        values.Sort();
        return new TargetDistribution(values.Count, values[0], Quantile(values, 1, 4), Quantile(values, 1, 2), Quantile(values, 3, 4), values[^1]);
    }

    /// <summary>The p = <paramref name="numerator"/>/<paramref name="denominator"/> quantile of sorted values, exact in
    /// decimal (no floating point between the two values it lies between).</summary>
    public static decimal Quantile(IReadOnlyList<decimal> sorted, int numerator, int denominator)
    {
        ArgumentNullException.ThrowIfNull(sorted);
        var scaled = (sorted.Count - 1) * numerator;
        var lower = scaled / denominator;
        var fraction = (decimal)(scaled % denominator) / denominator;
        return fraction == 0 || lower + 1 >= sorted.Count
            ? sorted[lower]
            : decimal.Round(sorted[lower] + (fraction * (sorted[lower + 1] - sorted[lower])), 4);
    }
}
