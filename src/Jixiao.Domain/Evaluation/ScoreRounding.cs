using System.Globalization;

namespace Jixiao.Domain.Evaluation;

/// <summary>
/// The one rounding rule of scoring (docs/evaluation.md): every score and 分值 shown on the 自评表 is rounded to
/// 2 decimals, half away from zero (9.125 → 9.13), as a clerk rounds by hand. Row scores are computed from the
/// unrounded 分值 and rounded once; the total is the sum of the rounded rows, so the printed table adds up.
/// </summary>
public static class ScoreRounding
{
    public const int Decimals = 2;

    public static decimal Round(decimal value) => Math.Round(value, Decimals, MidpointRounding.AwayFromZero);

    /// <summary>A score or 分值 as printed: always 2 decimals ("17.00").</summary>
    public static string Format(decimal value) => Round(value).ToString("0.00", CultureInfo.InvariantCulture);

    /// <summary>An input number as written, without trailing zeros ("85", "0.5", "19.56").</summary>
    public static string Number(decimal value) => value.ToString("0.############", CultureInfo.InvariantCulture);

    /// <summary>A fraction as a percentage with 2 decimals (0.91 → "91.00%").</summary>
    public static string Percent(decimal fraction) => Format(fraction * 100m) + "%";
}
