using System.Text.RegularExpressions;
using Jixiao.Domain.Text;

namespace Jixiao.Domain.Goals;

/// <summary>
/// 项目编码 of the integrated budget system (DOMAIN.md §8.2): region(6) year(2) type(1) serial(11) check(1),
/// e.g. 13068222P00675410002L = region 130682, FY 2022, type P. The check character's algorithm is not
/// public, so only its charset is checked.
/// </summary>
public static partial class ProjectCode
{
    [GeneratedRegex(@"^(\d{6})(\d{2})([A-Z])(\d{11})([0-9A-Z])$")]
    private static partial Regex Pattern();

    public static string Normalize(string code) => ChineseText.Key(code).ToUpperInvariant();

    public static bool IsWellFormed(string code) => Pattern().IsMatch(Normalize(code));

    /// <summary>The 6-digit region prefix, or null when the code is not well formed.</summary>
    public static string? RegionOf(string code) =>
        WellFormed(code) is { } normal ? normal[..6] : null;

    /// <summary>The fiscal year encoded in digits 7–8 (2000 + yy), or null when the code is not well formed.</summary>
    public static int? YearOf(string code) =>
        WellFormed(code) is { } normal ? 2000 + ((normal[6] - '0') * 10) + (normal[7] - '0') : null;

    /// <summary>The project-type letter (P, R …), or null.</summary>
    public static char? TypeOf(string code) =>
        WellFormed(code) is { } normal ? normal[8] : null;

    // The parts sit at fixed positions once the whole pattern matched, so they are read by index: a Match with its
    // groups allocated per call is what made the review's code rules (COD-02/03) costly on 100,000 tables.
    private static string? WellFormed(string code)
    {
        var normal = Normalize(code);
        return Pattern().IsMatch(normal) ? normal : null;
    }
}
