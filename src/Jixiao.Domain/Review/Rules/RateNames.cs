namespace Jixiao.Domain.Review.Rules;

/// <summary>What an indicator name says about its percentage: a rate bounded by 100% (合格率) or a ratio that may
/// exceed it (增长率).</summary>
internal static class RateNames
{
    public static bool IsUnbounded(RowContext row, ReviewWords words) => ReviewText.ContainsAny(row.NameKey, words.UnboundedRateWords);

    public static bool IsBounded(RowContext row, ReviewWords words) =>
        (row.IsSatisfaction || ReviewText.ContainsAny(row.NameKey, words.BoundedRateWords)) && !IsUnbounded(row, words);

    public static string Number(decimal? value) =>
        value?.ToString("0.############", System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty;
}
