using Jixiao.Data;
using Jixiao.Data.Entities;
using Jixiao.Domain;
using Jixiao.Domain.Review;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Application.Review;

/// <summary>
/// The 审核 list of a region's year at a province's size (≈ a million findings in the latest runs): the counts per
/// unit, run, rule and severity are summed from the lines stored with each run (<see cref="SummarizeAsync"/>), and a page
/// reads only its own 100 findings (<see cref="PageAsync"/>) — never the whole list into memory.
/// </summary>
public static class ReviewList
{
    /// <summary>The sort orders, by the value kept in the URL; anything else is the list's own order (unit, project, row).</summary>
    public const string BySeverity = "severity", ByRule = "rule", ByProject = "project";

    /// <summary>The counts of the filtered list, summed from the runs' stored lines per unit, rule and severity
    /// (<see cref="ReviewFindingCount"/>, ≈ 7 findings a line on a province) rather than by counting the findings.</summary>
    public static async Task<ReviewListSummary> SummarizeAsync(JixiaoDbContext db, FindingFilter filter, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        if (filter.ProjectId is not null)
        {
            throw new ArgumentException("The list's counts are per unit; a project's findings are read by ReviewQueries.ForProjectAsync.", nameof(filter));
        }

        var counts = MatchingCounts(db, filter);
        var byUnitRun = await counts.GroupBy(c => new { c.UnitId, c.ReviewRunId, c.Severity })
            .Select(g => new { g.Key.UnitId, g.Key.ReviewRunId, g.Key.Severity, Count = g.Sum(c => c.Count) })
            .ToListAsync(ct).ConfigureAwait(false);
        var byRule = await counts.GroupBy(c => new { c.RuleId, c.Severity }).Select(g => new { g.Key.RuleId, g.Key.Severity, Count = g.Sum(c => c.Count) })
            .ToListAsync(ct).ConfigureAwait(false);

        var runIds = byUnitRun.Select(x => x.ReviewRunId).Distinct().ToList();
        var runs = await db.ReviewRuns.AsNoTracking().Where(r => runIds.Contains(r.Id)).Select(r => new { r.Id, r.DocumentId, r.Document!.DepartmentName })
            .ToDictionaryAsync(r => r.Id, ct).ConfigureAwait(false);
        // The region's units read whole and picked in memory: a list of 20,000 ids would be 20,000 query parameters.
        var withFindings = byUnitRun.Where(x => x.UnitId != null).Select(x => x.UnitId!.Value).ToHashSet();
        var unitsById = (await db.Units.AsNoTracking().Where(u => u.RegionCode == filter.RegionCode).Select(u => new { u.Id, u.Code, u.Name })
                .ToListAsync(ct).ConfigureAwait(false))
            .Where(u => withFindings.Contains(u.Id)).ToDictionary(u => u.Id);

        var byUnit = Lines(byUnitRun.Select(x => (
            Key: x.UnitId is { } u && unitsById.TryGetValue(u, out var unit) ? unit.Code : runs[x.ReviewRunId].DepartmentName,
            Name: x.UnitId is { } v && unitsById.TryGetValue(v, out var named) ? named.Name : runs[x.ReviewRunId].DepartmentName + "（文档）",
            x.Severity, x.Count)));
        var rules = Lines(byRule.Select(x => (Key: x.RuleId, Name: RuleTitles.Of(x.RuleId), x.Severity, x.Count)));
        int Sum(Severity s) => byRule.Where(x => x.Severity == s).Sum(x => x.Count);
        return new ReviewListSummary(Sum(Severity.Error), Sum(Severity.Warning), Sum(Severity.Info), byUnit, rules,
            [.. byUnitRun.GroupBy(x => x.ReviewRunId).Select(g => (RunId: g.Key, Count: g.Sum(x => x.Count))).OrderBy(r => runs[r.RunId].DocumentId)]);
    }

    /// <summary>The stored count lines of the latest runs that match the filter, as <see cref="ReviewQueries.Matching"/>
    /// picks findings.</summary>
    private static IQueryable<ReviewFindingCount> MatchingCounts(JixiaoDbContext db, FindingFilter filter)
    {
        var runs = ReviewQueries.LatestRunsOf(db, filter);
        var query = db.ReviewFindingCounts.AsNoTracking().Where(c => runs.Select(r => r.Id).Contains(c.ReviewRunId));
        if (filter.RuleId is { Length: > 0 } rule)
        {
            query = query.Where(c => c.RuleId == rule);
        }

        if (filter.Severity is { } severity)
        {
            query = query.Where(c => c.Severity == severity);
        }

        if (filter.UnitId is { } unitId)
        {
            query = query.Where(c => c.UnitId == unitId);
        }

        if (filter.OnlyUnitIds is { } own)
        {
            query = query.Where(c => c.UnitId != null
                ? own.Contains(c.UnitId.Value)
                : db.ReviewRuns.Any(r => r.Id == c.ReviewRunId && db.Projects.Any(p => p.DocumentId == r.DocumentId && own.Contains(p.UnitId))));
        }

        return query;
    }

    /// <summary>Findings <paramref name="skip"/> to skip + take of the filtered list in the chosen order. In the list's own
    /// order only the runs that hold the page are read (the summary's counts per run tell which); the other orders sort
    /// the filtered findings in the database.</summary>
    public static async Task<IReadOnlyList<FindingRow>> PageAsync(JixiaoDbContext db, FindingFilter filter, ReviewListSummary summary, string? sort, int skip, int take,
        CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(summary);
        var findings = ReviewQueries.Matching(db, filter);
        IQueryable<FindingColumns> page;
        if (sort is BySeverity or ByRule or ByProject)
        {
            page = Sorted(db, ReviewQueries.Columns(db, findings), sort).Skip(skip).Take(take);
        }
        else
        {
            var (runIds, offset) = RunsOfPage(summary.Runs, skip, take);
            if (runIds.Count == 0)
            {
                return [];
            }

            page = ReviewQueries.Ordered(ReviewQueries.Columns(db, findings.Where(f => runIds.Contains(f.ReviewRunId)))).Skip(offset).Take(take);
        }

        var rows = await page.ToListAsync(ct).ConfigureAwait(false);
        return await ReviewQueries.WithNamesAsync(db, rows, ct).ConfigureAwait(false);
    }

    /// <summary>The runs (in the list's order, one document each) that hold findings skip .. skip + take, and where the
    /// page starts within the first of them.</summary>
    private static (List<long> RunIds, int Offset) RunsOfPage(IReadOnlyList<(long RunId, int Count)> runs, int skip, int take)
    {
        var ids = new List<long>();
        var before = 0;
        var offset = 0;
        foreach (var (runId, count) in runs)
        {
            if (before + count > skip && before < skip + take)
            {
                if (ids.Count == 0)
                {
                    offset = skip - before;
                }

                ids.Add(runId);
            }

            before += count;
        }

        return (ids, offset);
    }

    private static IOrderedQueryable<FindingColumns> Sorted(JixiaoDbContext db, IQueryable<FindingColumns> rows, string sort)
    {
        // The unit code and project name of a finding, "" for a document's own findings (which sort first, as in memory).
        IOrderedQueryable<FindingColumns> ordered = sort switch
        {
            BySeverity => rows.OrderBy(f => f.Severity == Severity.Error ? 0 : f.Severity == Severity.Warning ? 1 : 2)
                .ThenBy(f => db.Projects.Where(p => p.Id == f.ProjectId).Select(p => p.Unit!.Code).FirstOrDefault() ?? string.Empty)
                .ThenBy(f => f.ProjectCode ?? string.Empty),
            ByRule => rows.OrderBy(f => f.RuleId)
                .ThenBy(f => db.Projects.Where(p => p.Id == f.ProjectId).Select(p => p.Unit!.Code).FirstOrDefault() ?? string.Empty)
                .ThenBy(f => f.ProjectCode ?? string.Empty),
            _ => rows.OrderBy(f => db.ProjectVersions.Where(v => v.ProjectId == f.ProjectId && v.Number == v.Project!.CurrentVersion).Select(v => v.Name).FirstOrDefault() ?? string.Empty)
                .ThenBy(f => f.RuleId),
        };

        // Then the list's own order, so that pages do not overlap.
        return ordered.ThenBy(f => f.DocumentId).ThenBy(f => f.ProjectSequence == null ? 0 : 1).ThenBy(f => f.ProjectSequence).ThenBy(f => f.IndicatorRow).ThenBy(f => f.Id);
    }

    private static List<FindingCount> Lines(IEnumerable<(string Key, string Name, Severity Severity, int Count)> counts) =>
        [.. counts.GroupBy(x => x.Key, StringComparer.Ordinal)
            .Select(g => new FindingCount(g.Key, g.First().Name, g.Where(x => x.Severity == Severity.Error).Sum(x => x.Count),
                g.Where(x => x.Severity == Severity.Warning).Sum(x => x.Count), g.Where(x => x.Severity == Severity.Info).Sum(x => x.Count)))
            .OrderByDescending(x => x.Errors).ThenByDescending(x => x.Warnings).ThenBy(x => x.Key, StringComparer.Ordinal)];
}
