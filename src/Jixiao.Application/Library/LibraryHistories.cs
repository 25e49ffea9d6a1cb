using Jixiao.Data;
using Jixiao.Domain.Goals;
using Jixiao.Domain.Library;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Application.Library;

/// <summary>The library a review needs (<see cref="LibraryHistory"/>): the region's entries of the names the document
/// uses (with their figures), every name the region, the national base and the bureau know, and how many rows the
/// region's library holds. Null when the region has no library yet.</summary>
internal static class LibraryHistories
{
    public static async Task<LibraryHistory?> ForAsync(JixiaoDbContext db, PerformanceDocument document, CancellationToken ct)
    {
        var region = document.RegionCode;
        var names = await db.LibraryIndicators.AsNoTracking().Where(i => i.RegionCode == region)
            .Select(i => new { i.Key, i.Name, i.Uses }).ToListAsync(ct).ConfigureAwait(false);
        if (names.Count == 0)
        {
            return null;
        }

        var keys = document.Projects.SelectMany(p => p.Indicators).Select(i => IndicatorNames.Key(i.Name)).Distinct(StringComparer.Ordinal).ToList();
        var details = await db.LibraryIndicators.AsNoTracking().Where(i => i.RegionCode == region && keys.Contains(i.Key))
            .Select(i => i.Details).ToListAsync(ct).ConfigureAwait(false);
        var other = await db.LibraryIndicators.AsNoTracking().Where(i => i.RegionCode == LibraryAggregator.National)
            .Select(i => i.Key).ToListAsync(ct).ConfigureAwait(false);
        var curated = await db.LibraryCurations.AsNoTracking().Where(c => c.RegionCode == region || c.RegionCode == LibraryAggregator.National)
            .Select(c => c.Key).ToListAsync(ct).ConfigureAwait(false);
        return new LibraryHistory(details.Select(LibraryJson.Read), other.Concat(curated), names.Sum(n => n.Uses), names.Select(n => (n.Key, n.Name)));
    }
}
