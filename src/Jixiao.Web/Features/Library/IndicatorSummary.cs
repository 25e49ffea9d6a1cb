using Jixiao.Application.Library;

namespace Jixiao.Web.Features.Library;

/// <summary>One indicator of the library as the API lists and suggests it.</summary>
public sealed record IndicatorSummary(
    string Key,
    string Name,
    string Level1,
    string Level2,
    string Unit,
    string Direction,
    decimal? Q1,
    decimal? Median,
    decimal? Q3,
    string TypicalRange,
    string TypicalTarget,
    string Basis,
    int Uses,
    int Projects,
    bool OwnRegion,
    bool Recommended,
    bool Retired,
    string Source)
{
    public static IndicatorSummary Of(LibraryItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        var e = item.Entry;
        var d = e.MainUnit?.Distribution;
        return new(e.Key, e.Name, e.Level1, e.Level2, e.MainUnit?.Unit ?? string.Empty, e.MainUnit?.Direction ?? string.Empty, d?.Q1, d?.Median, d?.Q3,
            item.TypicalRange, item.TypicalTarget, item.Basis, e.Uses, e.Projects, item.OwnRegion, item.Recommended, item.Retired, e.Source);
    }
}
