using System.Collections.Concurrent;
using Jixiao.Data;
using Jixiao.Data.Entities;
using Jixiao.Domain.Library;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Application.Library;

/// <summary>
/// A region's library as suggestions and the library page read it: its learned entries, the national base's entries
/// it lacks, and the bureau's curation laid over them — read from the database once per change and kept in memory
/// (parsing every entry's details on each keystroke would miss the 50 ms a suggestion may take). Each read asks the
/// database for the library's stamp (last build, last curation), so a rebuild or an edit made by another instance is
/// seen on the next request.
/// </summary>
public sealed class LibraryCatalog
{
    private readonly ConcurrentDictionary<string, LibrarySnapshot> _regions = new(StringComparer.Ordinal);

    public async Task<LibrarySnapshot> GetAsync(JixiaoDbContext db, string regionCode, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        var stamp = await StampAsync(db, regionCode, ct).ConfigureAwait(false);
        if (_regions.TryGetValue(regionCode, out var cached) && cached.Stamp == stamp)
        {
            return cached;
        }

        var snapshot = await LoadAsync(db, regionCode, stamp, ct).ConfigureAwait(false);
        _regions[regionCode] = snapshot;
        return snapshot;
    }

    private static async Task<string> StampAsync(JixiaoDbContext db, string region, CancellationToken ct)
    {
        var built = await db.LibraryIndicators.AsNoTracking().Where(i => i.RegionCode == region || i.RegionCode == LibraryAggregator.National)
            .GroupBy(_ => 1).Select(g => new { Count = g.Count(), Last = g.Max(i => i.BuiltAt), Ids = g.Sum(i => (long)i.Id) })
            .FirstOrDefaultAsync(ct).ConfigureAwait(false);
        var curated = await db.LibraryCurations.AsNoTracking().Where(c => c.RegionCode == region || c.RegionCode == LibraryAggregator.National)
            .GroupBy(_ => 1).Select(g => new { Count = g.Count(), Last = g.Max(c => c.ChangedAt) })
            .FirstOrDefaultAsync(ct).ConfigureAwait(false);
        return $"{built?.Count}/{built?.Last:O}/{built?.Ids}/{curated?.Count}/{curated?.Last:O}";
    }

    private static async Task<LibrarySnapshot> LoadAsync(JixiaoDbContext db, string region, string stamp, CancellationToken ct)
    {
        var rows = await db.LibraryIndicators.AsNoTracking().Where(i => i.RegionCode == region || i.RegionCode == LibraryAggregator.National)
            .Select(i => new { i.RegionCode, i.Details }).ToListAsync(ct).ConfigureAwait(false);
        var curations = await db.LibraryCurations.AsNoTracking().Where(c => c.RegionCode == region || c.RegionCode == LibraryAggregator.National)
            .ToListAsync(ct).ConfigureAwait(false);
        // The region's own word wins over the national base's.
        var curation = curations.OrderBy(c => c.RegionCode == region ? 1 : 0).GroupBy(c => c.Key, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Last(), StringComparer.Ordinal);
        var own = rows.Where(r => r.RegionCode == region).Select(r => LibraryJson.Read(r.Details)).ToList();
        var ownKeys = own.Select(e => e.Key).ToHashSet(StringComparer.Ordinal);
        var nationalRows = rows.Where(r => r.RegionCode == LibraryAggregator.National).Select(r => LibraryJson.Read(r.Details)).ToList();
        // Before the first build the national base is the seeded framework, so suggestions work on a new installation.
        var nationalBase = nationalRows.Count > 0 ? nationalRows : [.. FrameworkIndicators.Default.Entries()];
        if (region.Length == 0)
        {
            own = nationalBase;
            ownKeys = own.Select(e => e.Key).ToHashSet(StringComparer.Ordinal);
        }

        var national = region.Length == 0 ? [] : nationalBase.Where(e => !ownKeys.Contains(e.Key)).ToList();
        var items = own.Select(e => Item(e, true, curation.GetValueOrDefault(e.Key)))
            .Concat(national.Select(e => Item(e, false, curation.GetValueOrDefault(e.Key))))
            .ToList();
        var present = items.Select(i => i.Entry.Key).ToHashSet(StringComparer.Ordinal);
        // Indicators the bureau added that no approved table used yet.
        items.AddRange(curation.Values.Where(c => !present.Contains(c.Key) && c.Name.Length > 0).Select(c => Item(new LibraryEntry
        {
            RegionCode = c.RegionCode,
            Key = c.Key,
            Name = c.Name,
            Level1 = c.Level1,
            Level2 = c.Level2,
            Placements = [new LibraryPlacement(string.Empty, c.Level1, c.Level2, 0)],
            Units = c.Unit.Length == 0 ? [] : [new LibraryUnitFacts(c.Unit, 0, 0, 0, 0, null, [])],
        }, c.RegionCode == region, c)));
        return new LibrarySnapshot(region, stamp, items);
    }

    private static LibraryItem Item(LibraryEntry entry, bool own, LibraryCuration? curation) => new(entry, own, curation);
}
