namespace Jixiao.Domain.Review.Rules;

/// <summary>What an indicator name says about its percentage: a rate bounded by 100% (合格率) or a ratio that may
/// exceed it (增长率).</summary>
internal static class RateNames
{
    public static bool IsUnbounded(RowContext row) => row.Name.Unbounded;

    public static bool IsBounded(RowContext row) => row.Name.Bounded || (row.IsSatisfaction && !row.Name.Unbounded);

    public static string Number(decimal? value) =>
        value?.ToString("0.############", System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty;
}
