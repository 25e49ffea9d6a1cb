using System.Diagnostics;
using Jixiao.Application.Review;
using Jixiao.Data;
using Jixiao.Data.Entities;
using Jixiao.Domain;
using Jixiao.Domain.Goals;
using Jixiao.Domain.Library;
using Jixiao.Domain.Review;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Application.Library;

/// <summary>
/// Builds the learned library from the stored approved tables (批复 or 公开: the current version of every project of
/// such a document): all regions and the national base (`jixiao library build`), or one region when one of its
/// documents is approved. The rows are streamed from the database into <see cref="LibraryAggregator"/>; the entries
/// of the regions built replace the stored ones. The bureau's curation is a table of its own and is kept.
/// </summary>
public static class LibraryBuild
{
    /// <summary>The states in which a document's tables count as approved (批复, 公开).</summary>
    internal static readonly WorkflowStatus[] Approved = [WorkflowStatus.Approved, WorkflowStatus.Published];


    /// <summary>Every region and the national base (with the framework's seeded indicators).</summary>
    public static Task<LibraryBuildResult> BuildAllAsync(JixiaoDbContext db, DateTime now, CancellationToken ct = default) =>
        BuildAsync(db, null, now, ct);

    /// <summary>One region's entries, from its approved tables; the national base is left to the full build.</summary>
    public static Task<LibraryBuildResult> RefreshRegionAsync(JixiaoDbContext db, string regionCode, DateTime now, CancellationToken ct = default) =>
        BuildAsync(db, regionCode, now, ct);

    private static async Task<LibraryBuildResult> BuildAsync(JixiaoDbContext db, string? region, DateTime now, CancellationToken ct)
    {
        var clock = Stopwatch.StartNew();
        var aggregator = new LibraryAggregator();
        var flags = await FlagsAsync(db, region, ct).ConfigureAwait(false);
        var units = new Dictionary<string, string>(StringComparer.Ordinal);
        await foreach (var r in Rows(db, region).AsAsyncEnumerable().WithCancellation(ct).ConfigureAwait(false))
        {
            var quantitative = r.TargetKind == TargetKind.Quantitative;
            var unit = quantitative ? UnitOf(units, r.TargetUnit) : string.Empty;
            aggregator.Add(new IndicatorUse(r.RegionCode, r.FiscalYear, r.DepartmentCode, r.DepartmentName, r.ProjectId, r.Code, r.ProjectName,
                r.Profile, r.Level1, r.Level2, r.Name, unit, quantitative ? r.TargetComparator : null, quantitative ? r.TargetNumber : null, r.TargetBasis,
                flags.GetValueOrDefault((r.ProjectId, r.Row)) ?? []));
        }

        var read = clock.Elapsed;
        var entries = aggregator.Entries().Where(e => region is null || e.RegionCode == region).ToList();
        if (region is null)
        {
            entries = WithFramework(entries);
        }

        var written = await ReplaceAsync(db, region, entries, now, ct).ConfigureAwait(false);
        return new LibraryBuildResult(aggregator.Rows, written, entries.Select(e => e.RegionCode).Distinct().Count(), read, clock.Elapsed);
    }

    private static string UnitOf(Dictionary<string, string> units, string written)
    {
        if (!units.TryGetValue(written, out var unit))
        {
            unit = TargetValue.NormalizeUnit(written);
            units[written] = unit;
        }

        return unit;
    }

    /// <summary>The seeded framework indicators join the national base: a learned entry of the same key gains their
    /// source, an unused one is added as it is.</summary>
    private static List<LibraryEntry> WithFramework(List<LibraryEntry> entries)
    {
        var national = entries.Where(e => e.RegionCode == LibraryAggregator.National).ToDictionary(e => e.Key, StringComparer.Ordinal);
        foreach (var seeded in FrameworkIndicators.Default.Entries())
        {
            if (national.TryGetValue(seeded.Key, out var learned))
            {
                entries[entries.IndexOf(learned)] = learned with { Source = seeded.Source };
            }
            else
            {
                entries.Add(seeded);
                national[seeded.Key] = seeded;
            }
        }

        return entries;
    }

    private static async Task<int> ReplaceAsync(JixiaoDbContext db, string? region, List<LibraryEntry> entries, DateTime now, CancellationToken ct)
    {
        var stale = region is null ? db.LibraryIndicators : db.LibraryIndicators.Where(i => i.RegionCode == region);
        await stale.ExecuteDeleteAsync(ct).ConfigureAwait(false);
        const int batch = 2000;
        for (var i = 0; i < entries.Count; i += batch)
        {
            db.LibraryIndicators.AddRange(entries.Skip(i).Take(batch).Select(e => ToRow(e, now)));
            await db.SaveChangesAsync(ct).ConfigureAwait(false);
            db.ChangeTracker.Clear();
        }

        return entries.Count;
    }

    public static LibraryIndicator ToRow(LibraryEntry e, DateTime now)
    {
        var main = e.MainUnit;
        return new LibraryIndicator
        {
            RegionCode = e.RegionCode,
            Key = e.Key,
            Name = Cut(e.Name),
            Level1 = Cut(e.Level1),
            Level2 = Cut(e.Level2),
            Unit = Cut(main?.Unit ?? string.Empty),
            Direction = main?.Direction ?? string.Empty,
            Q1 = main?.Distribution?.Q1,
            Median = main?.Distribution?.Median,
            Q3 = main?.Distribution?.Q3,
            Uses = e.Uses,
            Projects = e.Projects,
            FlaggedRows = e.FlaggedRows,
            FirstYear = e.FirstYear,
            LastYear = e.LastYear,
            Source = e.Source,
            Details = LibraryJson.Write(e),
            BuiltAt = now,
        };
    }

    /// <summary>Texts are stored in columns of the key's length.</summary>
    internal static string Cut(string text) => text.Length > IndicatorNames.MaxKeyLength ? text[..IndicatorNames.MaxKeyLength] : text;

    /// <summary>The titles of the rules the latest review of each approved document found on each indicator row.</summary>
    private static async Task<Dictionary<(int, int), List<string>>> FlagsAsync(JixiaoDbContext db, string? region, CancellationToken ct)
    {
        var runs = ReviewQueries.LatestRuns(db).Where(r => region == null || r.Document!.RegionCode == region)
            .Where(r => db.WorkflowStates.Any(w => w.DocumentId == r.DocumentId && Approved.Contains(w.Status)));
        var found = await db.ReviewFindings.AsNoTracking()
            .Where(f => f.ProjectId != null && f.IndicatorRow != null && runs.Any(r => r.FindingsRunId == f.ReviewRunId))
            .Select(f => new { ProjectId = f.ProjectId!.Value, Row = f.IndicatorRow!.Value, f.RuleId })
            .ToListAsync(ct).ConfigureAwait(false);
        var flags = new Dictionary<(int, int), List<string>>();
        foreach (var f in found)
        {
            if (!flags.TryGetValue((f.ProjectId, f.Row), out var list))
            {
                list = [];
                flags[(f.ProjectId, f.Row)] = list;
            }

            // Users see the rule's title, never its code.
            var title = RuleTitles.Of(f.RuleId);
            if (!list.Contains(title))
            {
                list.Add(title);
            }
        }

        return flags;
    }

    private static IQueryable<StoredRow> Rows(JixiaoDbContext db, string? region) =>
        from i in db.ProjectIndicators.AsNoTracking()
        join v in db.ProjectVersions on i.VersionId equals v.Id
        join p in db.Projects on v.ProjectId equals p.Id
        join d in db.Documents on p.DocumentId equals d.Id
        join w in db.WorkflowStates on d.Id equals w.DocumentId
        where v.Number == p.CurrentVersion && p.RemovedAt == null && Approved.Contains(w.Status) && (region == null || d.RegionCode == region)
        select new StoredRow(d.RegionCode, p.FiscalYear, d.DepartmentCode, d.DepartmentName, p.Id, p.Code, v.Name, d.TaxonomyProfile, i.Row, i.Level1, i.Level2,
            i.Name, i.TargetKind, i.TargetComparator, i.TargetNumber, i.TargetUnit, i.TargetBasis);

    private sealed record StoredRow(string RegionCode, int FiscalYear, string DepartmentCode, string DepartmentName, int ProjectId, string Code,
        string ProjectName, string Profile, int Row, string Level1, string Level2, string Name, TargetKind TargetKind, Comparator? TargetComparator,
        decimal? TargetNumber, string TargetUnit, string TargetBasis);
}
