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
    /// <summary>The history of each of <paramref name="documents"/>, in their order: what depends only on the region
    /// (its names, the national base, the curated keys) is read once per region, not once per document.</summary>
    public static async Task<IReadOnlyList<LibraryHistory?>> ForAsync(JixiaoDbContext db, IReadOnlyList<PerformanceDocument> documents, CancellationToken ct)
    {
        var histories = new LibraryHistory?[documents.Count];
        foreach (var region in documents.Select((d, i) => (d.RegionCode, Index: i)).GroupBy(d => d.RegionCode, StringComparer.Ordinal))
        {
            var code = region.Key;
            var names = await db.LibraryIndicators.AsNoTracking().Where(i => i.RegionCode == code)
                .Select(i => new { i.Key, i.Name, i.Uses }).ToListAsync(ct).ConfigureAwait(false);
            if (names.Count == 0)
            {
                continue;
            }

            var other = await db.LibraryIndicators.AsNoTracking().Where(i => i.RegionCode == LibraryAggregator.National)
                .Select(i => i.Key).ToListAsync(ct).ConfigureAwait(false);
            var curated = await db.LibraryCurations.AsNoTracking().Where(c => c.RegionCode == code || c.RegionCode == LibraryAggregator.National)
                .Select(c => c.Key).ToListAsync(ct).ConfigureAwait(false);
            var known = other.Concat(curated).ToList();
            var uses = names.Sum(n => n.Uses);
            var pairs = names.Select(n => (n.Key, n.Name)).ToList();
            foreach (var (_, index) in region)
            {
                var keys = documents[index].Projects.SelectMany(p => p.Indicators).Select(i => IndicatorNames.Key(i.Name))
                    .Distinct(StringComparer.Ordinal).ToList();
                // One array parameter for the document's names (thousands), not one parameter each.
                var details = await db.LibraryIndicators.AsNoTracking().Where(i => i.RegionCode == code && EF.Parameter(keys).Contains(i.Key))
                    .Select(i => i.Details).ToListAsync(ct).ConfigureAwait(false);
                histories[index] = new LibraryHistory(details.Select(LibraryJson.Read), known, uses, pairs);
            }
        }

        return histories;
    }
}
